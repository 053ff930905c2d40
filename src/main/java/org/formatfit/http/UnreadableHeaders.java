package org.formatfit.http;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A {@code Content-Type} or {@code Accept} that cannot be read counts as not sent. No
 * browser sends one ({@code Content-Type: *}{@code /*}, {@code Accept: ,}); parts of
 * Spring and Actuator fail on such a value with an exception of their own instead of
 * refusing the request. Without the header, every handler answers as it does to a request
 * that lacks it: a page is shown, and a handler that needs a JSON body answers 415.
 */
class UnreadableHeaders extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Set<String> unreadable = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (!isConcreteType(request.getContentType())) {
			unreadable.add(HttpHeaders.CONTENT_TYPE);
		}
		if (!isReadableAccept(request.getHeaders(HttpHeaders.ACCEPT))) {
			unreadable.add(HttpHeaders.ACCEPT);
		}
		chain.doFilter(unreadable.isEmpty() ? request : new WithoutHeaders(request, unreadable), response);
	}

	/** The error page reads the same headers when it picks its answer's type. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** Absent, or one media type with no wildcard, as a body's type must be. */
	private static boolean isConcreteType(String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			return MediaType.parseMediaType(contentType).isConcrete();
		}
		catch (InvalidMediaTypeException unreadable) {
			return false;
		}
	}

	/** Absent, or a list of media types that each parse, with a q-value in range. */
	private static boolean isReadableAccept(Enumeration<String> accept) {
		List<String> values = Collections.list(accept);
		if (values.isEmpty()) {
			return true;
		}
		try {
			return !MediaType.parseMediaTypes(values).isEmpty();
		}
		catch (InvalidMediaTypeException unreadable) {
			return false;
		}
	}

	/** The request as if the named headers had not been sent. */
	private static final class WithoutHeaders extends HttpServletRequestWrapper {

		private final Set<String> hidden;

		WithoutHeaders(HttpServletRequest request, Set<String> hidden) {
			super(request);
			this.hidden = hidden;
		}

		@Override
		public String getContentType() {
			return this.hidden.contains(HttpHeaders.CONTENT_TYPE) ? null : super.getContentType();
		}

		@Override
		public String getHeader(String name) {
			return this.hidden.contains(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return this.hidden.contains(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames())
				.stream()
				.filter((name) -> !this.hidden.contains(name))
				.toList());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Before anything reads the request, the request id's filter included. */
		@Bean
		FilterRegistrationBean<UnreadableHeaders> unreadableHeaders() {
			FilterRegistrationBean<UnreadableHeaders> registration = new FilterRegistrationBean<>(
					new UnreadableHeaders());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
			return registration;
		}

	}

}
