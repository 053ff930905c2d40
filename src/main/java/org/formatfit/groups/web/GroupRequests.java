package org.formatfit.groups.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.formatfit.http.ApiPaths;
import org.formatfit.http.PrivacyHeaders;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The groups' answers are never cached nor indexed, whatever their status: their
 * addresses hold a group's key, a join code or a withdraw secret. (A result's share,
 * under {@code /r/}, is private already: {@code sharing.web.PrivateResultHeaders}.) Forms
 * sent from another site are refused by {@link CrossSiteForms}.
 */
class GroupRequests extends OncePerRequestFilter {

	/** The addresses, as servlet URL patterns. */
	static final String[] PATHS = { GroupPaths.GROUPS, GroupPaths.GROUPS + "/*", GroupPaths.JOIN_PREFIX + "*",
			GroupPaths.WITHDRAW_PREFIX + "*", GroupPaths.WITHDRAWN, ApiPaths.GROUPS + "/*" };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PrivacyHeaders.set(response::setHeader);
		chain.doFilter(request, response);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<GroupRequests> groupRequests() {
			FilterRegistrationBean<GroupRequests> registration = new FilterRegistrationBean<>(new GroupRequests());
			registration.addUrlPatterns(PATHS);
			registration.setDispatcherTypes(DispatcherType.REQUEST);
			// Before anything that could fail, after the security headers.
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
			return registration;
		}

	}

}
