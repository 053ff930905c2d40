package org.formatfit.errors;

import org.springframework.http.HttpStatus;

/**
 * Which of the error page's five texts fits a status: not found, too large, refused from
 * another site, the request's fault, or ours. Each has a title, a heading and a lead in
 * the message files.
 */
public enum ErrorKind {

	NOT_FOUND("404", null),

	/**
	 * Whoever refuses the body (the size limit, Tomcat's form parser, the API's JSON
	 * reader), the API's clients get the one problem type the contract names.
	 */
	TOO_LARGE("413", "too-large"),

	BAD_REQUEST("400", null),

	/** A form sent from another site's page (groups.web.CrossSiteForms). */
	FORBIDDEN("403", null),

	OURS("500", null);

	private static final String KEY_BASE = "error.";

	private final String id;

	/** The API's problem type for every error of this kind, if it has one. */
	private final String problemType;

	ErrorKind(String id, String problemType) {
		this.id = id;
		this.problemType = problemType;
	}

	String problemType() {
		return this.problemType;
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
