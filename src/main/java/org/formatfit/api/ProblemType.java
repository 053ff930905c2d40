package org.formatfit.api;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API answers with, each a type URI, a status, and its title and
 * detail in the message files. The ids are part of the public contract.
 */
enum ProblemType {

	INVALID_ANSWERS("invalid-answers", HttpStatus.BAD_REQUEST),

	MALFORMED("malformed", HttpStatus.BAD_REQUEST),

	TOO_LARGE("too-large", HttpStatus.CONTENT_TOO_LARGE),

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND);

	/** Problem types are names, not pages: a URN says so. */
	private static final String TYPE_BASE = "urn:formatfit:problem:";

	private static final String KEY_BASE = "api.problem.";

	/**
	 * The code of an {@code errors} entry naming a field that is not part of a request,
	 * and the end of its message key.
	 */
	static final String UNKNOWN_FIELD = "unknown-field";

	/** The message explaining an {@link #UNKNOWN_FIELD} entry. */
	static final String UNKNOWN_FIELD_KEY = KEY_BASE + UNKNOWN_FIELD;

	private final String id;

	private final HttpStatus status;

	ProblemType(String id, HttpStatus status) {
		this.id = id;
		this.status = status;
	}

	URI uri() {
		return URI.create(TYPE_BASE + this.id);
	}

	HttpStatus status() {
		return this.status;
	}

	String titleKey() {
		return KEY_BASE + this.id + ".title";
	}

	String detailKey() {
		return KEY_BASE + this.id + ".detail";
	}

}
