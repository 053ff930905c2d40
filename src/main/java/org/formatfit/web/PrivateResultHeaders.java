package org.formatfit.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A result's address carries the student's answers, so result pages and the API's results
 * must not leak it: not to a shared computer's cache, not to search engines.
 */
class PrivateResultHeaders extends OncePerRequestFilter {

	/**
	 * The addresses that carry a share token or show answers: results, the API's results,
	 * and the questionnaire, which a result's "change my answers" link opens pre-filled.
	 */
	static final String[] PATHS = { "/r/*", "/api/v1/recommendations", "/api/v1/recommendations/*", "/questionnaire" };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Referrer-Policy: no-referrer is set on every response (system.SecurityHeaders).
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		chain.doFilter(request, response);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PrivateResultHeaders> privateResultHeaders() {
			FilterRegistrationBean<PrivateResultHeaders> registration = new FilterRegistrationBean<>(
					new PrivateResultHeaders());
			registration.addUrlPatterns(PATHS);
			return registration;
		}

	}

}
