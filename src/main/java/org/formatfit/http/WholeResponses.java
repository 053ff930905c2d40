package org.formatfit.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Holds each answer until it is complete, then sends it in one go, with its length (or,
 * gzipped, compressed whole). An instance that dies while it builds a page has sent
 * nothing of it, so the reverse proxy sends the request to the other instance
 * (deploy/nginx/site.conf), and the reader gets the whole page. Sent as it was written,
 * in Tomcat's 8 KB pieces, a page would be cut off halfway, and nginx cannot try again
 * once the first piece has gone out. Spring's {@link ContentCachingResponseWrapper} holds
 * the answer: it ignores the flush Thymeleaf asks for after each page. A page is under 50
 * KB, the largest JSON answer about 150 KB (the API's, with a 1,000-program catalog).
 * Answers of megabytes stream ({@link StreamedAddresses}), and so do static files, which
 * Spring sends with their length in one go anyway.
 */
class WholeResponses extends HttpFilter {

	private final DeclaredAddresses streamed;

	WholeResponses(List<StreamedAddresses> streamedAddresses) {
		this.streamed = DeclaredAddresses.of(streamedAddresses, StreamedAddresses::pathPatterns);
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper outer = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
		if (outer != null) {
			// A forward within a request already held (a group's result is the advisor
			// view's page): Tomcat ends the forward by closing the answer, so the page
			// goes out as the forward ends, not after it.
			chain.doFilter(request, response);
			outer.copyBodyToResponse();
			return;
		}
		if (this.streamed.match(request.getRequestURI(), request.getContextPath())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		// An error that escapes leaves the held body unsent: RequestIds answers with the
		// error page instead of half a page.
		chain.doFilter(request, held);
		held.copyBodyToResponse();
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<WholeResponses> wholeResponses(List<StreamedAddresses> streamedAddresses) {
			FilterRegistrationBean<WholeResponses> registration = new FilterRegistrationBean<>(
					new WholeResponses(streamedAddresses));
			// Error pages are rendered in a dispatch of their own, with Tomcat's answer,
			// and held the same way.
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR);
			// Inside RequestIds, which answers a failure here, sending the held answer
			// included, with its error page.
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
			return registration;
		}

		/** Static files, which Spring sends with their length in one go anyway. */
		@Bean
		StreamedAddresses streamedStaticFiles(WebMvcProperties mvc) {
			return StreamedAddresses.of(mvc.getStaticPathPattern());
		}

	}

}
