package org.formatfit.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends {@link PrivacyHeaders} on every address a feature declared private
 * ({@link PrivateAddresses} beans), whatever the status: the filter runs before anything
 * that could fail. Error pages are private too, whatever address failed, since that
 * address may hold a token: those rendered in a second dispatch to {@code /error} here,
 * the few answered in the first dispatch where they are ({@code errors.BadRequests},
 * {@code errors.TomcatRefusals}).
 */
class PrivateAnswers extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Referrer-Policy: no-referrer is set on every response (SecurityHeaders).
		PrivacyHeaders.set(response::setHeader);
		chain.doFilter(request, response);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PrivateAnswers> privateAnswers(List<PrivateAddresses> privateAddresses) {
			FilterRegistrationBean<PrivateAnswers> registration = new FilterRegistrationBean<>(new PrivateAnswers());
			privateAddresses
				.forEach((addresses) -> registration.addUrlPatterns(addresses.urlPatterns().toArray(String[]::new)));
			registration.addUrlPatterns("/error", "/error/*");
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			// Before anything that could fail (SecurityHeaders, then the language).
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
			return registration;
		}

	}

}
