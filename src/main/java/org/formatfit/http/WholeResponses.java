package org.formatfit.http;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Holds each answer until it is complete, then sends it with its length, in one go. An
 * instance that dies while it builds a page has sent nothing of it, so the reverse proxy
 * sends the request to the other instance (deploy/nginx/site.conf), and the reader gets
 * the whole page. Sent as it was written, in Tomcat's 8 KB pieces and chunked, a page
 * would be cut off halfway, and nginx cannot try again once the first piece has gone out.
 * Spring's {@link ContentCachingResponseWrapper} holds the answer: it ignores the flush
 * Thymeleaf asks for after each page. The answers held are small (a page is under 50 KB,
 * a school's logo under 100 KB, the API's answer with a 1,000-program catalog about 150
 * KB), and there is at most one a worker thread.
 */
class WholeResponses extends HttpFilter {

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper outer = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
		if (outer != null) {
			// A forward within a request already held (a group's result is the advisor
			// view's page): Tomcat ends the forward by closing the answer, so the page
			// goes out as the forward ends, not after it.
			chain.doFilter(request, response);
			send(outer);
			return;
		}
		ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
		// An error that escapes leaves the held body unsent: RequestIds answers with the
		// error page instead of half a page.
		chain.doFilter(request, held);
		send(held);
	}

	private static void send(ContentCachingResponseWrapper held) throws IOException {
		HttpServletResponse response = (HttpServletResponse) held.getResponse();
		if (!response.isCommitted() && held.getContentSize() > response.getBufferSize()) {
			// Tomcat's buffer takes the whole answer too, so that it is gzipped and
			// written
			// at once, not 8 KB at a time.
			response.setBufferSize(held.getContentSize());
		}
		held.copyBodyToResponse();
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<WholeResponses> wholeResponses() {
			FilterRegistrationBean<WholeResponses> registration = new FilterRegistrationBean<>(new WholeResponses());
			// Error pages are rendered in a dispatch of their own, with Tomcat's answer,
			// and held the same way.
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR);
			// Inside RequestIds, which answers a failure here, sending the held answer
			// included, with its error page.
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
			return registration;
		}

	}

}
