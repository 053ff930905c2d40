package org.formatfit.groups.web;

import jakarta.servlet.http.HttpServletRequest;

import org.formatfit.questionnaire.Invitations;
import org.formatfit.sharing.ShareTokenCorrupt;
import org.formatfit.sharing.ShareTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/**
 * What the groups' pages answer when they do not do what was asked. When their database
 * is out of reach: a page that says groups are unavailable right now and that nothing was
 * done (a share that did not happen says so), with a 503; everything else in FormatFit
 * goes on working. An address that opens nothing: the page that does not exist. Too many
 * requests from one address: the page that says so, with a 429.
 */
@ControllerAdvice(assignableTypes = { GroupController.class, JoinController.class })
class GroupFailures {

	private static final Logger logger = LoggerFactory.getLogger(GroupFailures.class);

	@ExceptionHandler(DataAccessException.class)
	ModelAndView unavailable(DataAccessException ex, HttpServletRequest request) {
		if (!(ex instanceof DataAccessResourceFailureException)) {
			// Not an outage, which groups.GroupStorage reports once: a failure of ours.
			// The exception's kind only: its message may quote a statement's values.
			logger.error("Groups failed: {}", ex.getClass().getSimpleName());
		}
		return GroupNotice.UNAVAILABLE.page(resultPath(request));
	}

	/**
	 * A key, join code, result id or withdraw secret that opens nothing, or a share link
	 * that is no result's (on a share): a page that does not exist.
	 */
	@ExceptionHandler({ GroupAddressUnknown.class, ShareTokenCorrupt.class })
	ModelAndView notFound() {
		return GroupController.notFound();
	}

	/** Past a rate limit: nothing was done, and the page says so. */
	@ExceptionHandler(TooManyRequests.class)
	ModelAndView tooMany(HttpServletRequest request) {
		return GroupNotice.TOO_MANY.page(resultPath(request));
	}

	/** The result a refused share came from, to go back to, when there was one. */
	private static String resultPath(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("token") instanceof String token) {
			String code = request.getParameter(Invitations.PARAMETER);
			return (code != null) ? JoinController.resultPath(token, code)
					: UriComponentsBuilder.fromPath(ShareTokens.LINK_PATH).build(token).toString();
		}
		return null;
	}

}
