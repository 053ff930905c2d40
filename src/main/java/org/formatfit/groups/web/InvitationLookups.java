package org.formatfit.groups.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.formatfit.groups.Groups;
import org.formatfit.questionnaire.Invitations;
import org.formatfit.questionnaire.QuestionnairePath;
import org.formatfit.sharing.ShareTokens;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The questionnaire and a result, opened with a group's code ({@code ?group=}), name the
 * group when the code is one: a way to test codes, so each code that opens no group
 * counts against the address's join-code misses, as on the join link
 * ({@link GroupRateLimits}). Past the limit, the page opens without the invitation: the
 * student still answers and sees their result, and the address learns nothing more.
 */
@Component
class InvitationLookups implements HandlerInterceptor, WebMvcConfigurer {

	private final Groups groups;

	private final GroupRateLimits limits;

	InvitationLookups(Groups groups, GroupRateLimits limits) {
		this.groups = groups;
		this.limits = limits;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String code = request.getParameter(Invitations.PARAMETER);
		if (code == null || !HttpMethod.GET.matches(request.getMethod())) {
			return true;
		}
		if (!this.limits.mayLookUpCode(request)) {
			response.sendRedirect(UriComponentsBuilder.fromUriString(request.getRequestURI())
				.query(request.getQueryString())
				.replaceQueryParam(Invitations.PARAMETER)
				.build()
				.toUriString());
			return false;
		}
		try {
			if (this.groups.join(code).isEmpty()) {
				this.limits.missedCode(request);
			}
		}
		catch (DataAccessException unavailable) {
			// Groups are out of reach: the page says so (GroupInvitations); nothing to
			// count.
		}
		return true;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(QuestionnairePath.PATH, ShareTokens.LINK_PATH);
	}

}
