package org.formatfit.groups.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.formatfit.http.ApiPaths;
import org.formatfit.http.PrivacyHeaders;
import org.formatfit.sharing.ShareTokens;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two rules for every request to the groups' addresses, before anything else runs:
 * <ul>
 * <li>their answers are never cached nor indexed: the addresses hold a group's key, a
 * join code or a withdraw secret;</li>
 * <li>a POST (make, delete, share, withdraw) is refused with 403 when a browser says it
 * comes from another site: by {@code Sec-Fetch-Site}, or failing that by an
 * {@code Origin} that is not this site's (Spring's {@link CorsUtils}). Another site's
 * page cannot make a visitor share a result or delete a group.</li>
 * </ul>
 */
class GroupRequests extends OncePerRequestFilter {

	/**
	 * The addresses, as servlet URL patterns; results' share is under /r/ already
	 * private.
	 */
	static final String[] PATHS = { GroupPaths.GROUPS, GroupPaths.GROUPS + "/*", GroupPaths.JOIN_PREFIX + "*",
			GroupPaths.WITHDRAW_PREFIX + "*", GroupPaths.WITHDRAWN, ShareTokens.LINK_PREFIX + "*",
			ApiPaths.GROUPS + "/*" };

	/**
	 * What {@code Sec-Fetch-Site} says of a form sent from one of our own pages. ("none",
	 * a request the person started themselves, never comes with a form's POST.)
	 */
	private static final String OWN_SITE = "same-origin";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (HttpMethod.POST.matches(request.getMethod()) && fromAnotherSite(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		if (!request.getRequestURI().startsWith(request.getContextPath() + ShareTokens.LINK_PREFIX)) {
			// Results set these themselves (sharing.web.PrivateResultHeaders).
			PrivacyHeaders.set(response::setHeader);
		}
		chain.doFilter(request, response);
	}

	private static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return !OWN_SITE.equals(site);
		}
		// No Origin: not a browser, or one too old to say; nothing to go by.
		return CorsUtils.isCorsRequest(request);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<GroupRequests> groupRequests() {
			FilterRegistrationBean<GroupRequests> registration = new FilterRegistrationBean<>(new GroupRequests());
			registration.addUrlPatterns(PATHS);
			registration.setDispatcherTypes(DispatcherType.REQUEST);
			// Before anything that could fail or change state, after the security
			// headers and a result's own privacy headers.
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
			return registration;
		}

	}

}
