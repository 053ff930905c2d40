package org.formatfit.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends {@link PrivacyHeaders} on every answer but those at the addresses a feature
 * declared public ({@link PublicAddresses} beans), whatever the status: the filter runs
 * before anything that could fail. A page nobody thought about is private: results,
 * groups and the questionnaire carry a share token, a key or answers, and so may the next
 * page. Error pages are private whatever address failed, since that address may hold a
 * token: those rendered in a second dispatch to {@code /error} here, the few answered in
 * the first dispatch where they are ({@code errors.BadRequests},
 * {@code errors.TomcatRefusals}).
 */
class PrivateByDefault extends OncePerRequestFilter {

	private final DeclaredAddresses publicAddresses;

	PrivateByDefault(List<PublicAddresses> publicAddresses) {
		this.publicAddresses = DeclaredAddresses.of(publicAddresses, PublicAddresses::pathPatterns);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Referrer-Policy: no-referrer is set on every response (SecurityHeaders).
		if (request.getDispatcherType() == DispatcherType.ERROR || !isPublic(request)) {
			PrivacyHeaders.set(response::setHeader);
		}
		chain.doFilter(request, response);
	}

	/** Whether the address, as the app maps it, is one a feature declared public. */
	boolean isPublic(HttpServletRequest request) {
		return this.publicAddresses.match(request.getRequestURI(), request.getContextPath());
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PrivateByDefault> privateByDefault(List<PublicAddresses> publicAddresses) {
			FilterRegistrationBean<PrivateByDefault> registration = new FilterRegistrationBean<>(
					new PrivateByDefault(publicAddresses));
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			// Before anything that could fail (SecurityHeaders, then the language).
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
			return registration;
		}

		/** The app's static files, hashed in their names and cached for a year. */
		@Bean
		PublicAddresses staticFiles(WebMvcProperties mvc) {
			return PublicAddresses.of(mvc.getStaticPathPattern());
		}

	}

}
