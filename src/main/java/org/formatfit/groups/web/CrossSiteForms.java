package org.formatfit.groups.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.formatfit.sharing.ShareTokens;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.util.InvalidUrlException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A POST that makes or deletes a group, or shares or withdraws a result, is refused with
 * 403 when a browser says it comes from another site: by {@code Sec-Fetch-Site}, or
 * failing that by an {@code Origin} that is not this site's (Spring's {@link CorsUtils}).
 * Another site's page cannot make a visitor share a result or delete a group. Checked
 * before the handler runs, only on the groups' handlers: a result page never passes here.
 */
class CrossSiteForms implements HandlerInterceptor {

	/**
	 * What {@code Sec-Fetch-Site} says of a form sent from one of our own pages. ("none",
	 * a request the person started themselves, never comes with a form's POST.)
	 */
	private static final String OWN_SITE = "same-origin";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (HttpMethod.POST.matches(request.getMethod()) && fromAnotherSite(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return false;
		}
		return true;
	}

	private static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return !OWN_SITE.equals(site);
		}
		// No Origin: not a browser, or one too old to say; nothing to go by.
		try {
			return CorsUtils.isCorsRequest(request);
		}
		catch (InvalidUrlException notAnOrigin) {
			// No browser sends an Origin that is no address: whoever sent it is not on
			// one of our pages.
			return true;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new CrossSiteForms())
				.addPathPatterns(GroupPaths.GROUPS, GroupPaths.GROUPS + "/**", GroupPaths.WITHDRAW_PREFIX + "**",
						ShareTokens.SHARE_PATH);
		}

	}

}
