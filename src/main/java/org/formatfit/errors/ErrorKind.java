package org.formatfit.errors;

import org.springframework.http.HttpStatus;

/**
 * Which of the error page's five texts fits a status: not found, too large, refused from
 * another site, the request's fault, or ours. Each has a title, a heading and a lead in
 * the message files.
 */
public enum ErrorKind {

	NOT_FOUND("404"),

	TOO_LARGE("413"),

	BAD_REQUEST("400"),

	/** A form sent from another site's page (groups.web.CrossSiteForms). */
	FORBIDDEN("403"),

	OURS("500");

	private static final String KEY_BASE = "error.";

	private final String id;

	ErrorKind(String id) {
		this.id = id;
	}

	static ErrorKind of(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND) {
			return NOT_FOUND;
		}
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			return TOO_LARGE;
		}
		if (status == HttpStatus.FORBIDDEN) {
			return FORBIDDEN;
		}
		return status.is5xxServerError() ? OURS : BAD_REQUEST;
	}

	/** The page's title, before the app's name. */
	public String titleKey() {
		return KEY_BASE + this.id + ".title";
	}

	public String headingKey() {
		return KEY_BASE + this.id + ".heading";
	}

	/** What happened and what to do, in a sentence or two; also the API's detail. */
	public String leadKey() {
		return KEY_BASE + this.id + ".lead";
	}

}
