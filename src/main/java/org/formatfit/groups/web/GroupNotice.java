package org.formatfit.groups.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The short pages groups answer with when there is nothing more to show than what
 * happened: each a heading and a lead in the message files ({@code groups.notice.…}), and
 * a status.
 */
public enum GroupNotice {

	/** The advisor deleted their group. */
	DELETED(HttpStatus.OK),

	/** A student took their result back. */
	WITHDRAWN(HttpStatus.OK),

	/** The advisor closed the group to new shares. */
	GROUP_CLOSED(HttpStatus.CONFLICT),

	/** The group takes no more results. */
	GROUP_FULL(HttpStatus.CONFLICT),

	/** Too many groups made, or results shared, from one address in a while. */
	TOO_MANY(HttpStatus.TOO_MANY_REQUESTS),

	/** The database is out of reach: nothing was done, and the page says so. */
	UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

	private final HttpStatus status;

	GroupNotice(HttpStatus status) {
		this.status = status;
	}

	private String key(String part) {
		return "groups.notice." + name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + part;
	}

	public String titleKey() {
		return key("title");
	}

	public String leadKey() {
		return key("lead");
	}

	/**
	 * The page; {@code resultPath} is the student's result to go back to, or
	 * {@code null}.
	 */
	ModelAndView page(String resultPath) {
		ModelAndView page = new ModelAndView("groups/notice", this.status);
		page.addObject("notice", this);
		if (resultPath != null) {
			page.addObject("resultPath", resultPath);
		}
		return page;
	}

}
