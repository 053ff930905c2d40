package org.formatfit.sharing.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.formatfit.http.ApiPaths;
import org.formatfit.http.PrivacyHeaders;
import org.formatfit.questionnaire.QuestionnairePath;
import org.formatfit.sharing.ShareTokens;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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
	static final String[] PATHS = { ShareTokens.LINK_PREFIX + "*", ApiPaths.RECOMMENDATIONS,
			ApiPaths.RECOMMENDATIONS + "/*", QuestionnairePath.PATH };

	/**
	 * The same addresses as paths start: each also stands for itself without the final
	 * slash.
	 */
	private static final List<String> PATH_STARTS = List.of(ShareTokens.LINK_PREFIX, ApiPaths.RECOMMENDATIONS + "/",
			QuestionnairePath.PATH + "/");

	/**
	 * Results are private whatever their status: the filter runs before anything that
	 * could fail, and error pages (rendered in a second dispatch, whatever address
	 * failed) are never cached nor indexed either.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return false;
		}
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		String withSlash = path + "/";
		return PATH_STARTS.stream().noneMatch(withSlash::startsWith);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Referrer-Policy: no-referrer is set on every response (http.SecurityHeaders).
		PrivacyHeaders.set(response::setHeader);
		chain.doFilter(request, response);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PrivateResultHeaders> privateResultHeaders() {
			FilterRegistrationBean<PrivateResultHeaders> registration = new FilterRegistrationBean<>(
					new PrivateResultHeaders());
			registration.addUrlPatterns(PATHS);
			registration.addUrlPatterns("/error", "/error/*");
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			// Before anything that could fail (http.SecurityHeaders, then the
			// language).
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
			return registration;
		}

	}

}
