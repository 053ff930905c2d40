package org.formatfit.api;

import java.net.URI;

import org.formatfit.errors.ProblemJson;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API answers with, each a type URI, a status, and its title and
 * detail in the message files. The ids are part of the public contract. A body too large
 * is {@code errors.ErrorPages}' to answer, whoever refuses it.
 */
enum ProblemType {

	INVALID_ANSWERS("invalid-answers", HttpStatus.BAD_REQUEST),

	MALFORMED("malformed", HttpStatus.BAD_REQUEST),

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND);

	/**
	 * The code of an {@code errors} entry naming a field that is not part of a request,
	 * and the end of its message key.
	 */
	static final String UNKNOWN_FIELD = "unknown-field";

	/** The message explaining an {@link #UNKNOWN_FIELD} entry. */
	static final String UNKNOWN_FIELD_KEY = ProblemJson.messageKey(UNKNOWN_FIELD);

	private final String id;

	private final HttpStatus status;

	ProblemType(String id, HttpStatus status) {
		this.id = id;
		this.status = status;
	}

	URI uri() {
		return ProblemJson.type(this.id);
	}

	HttpStatus status() {
		return this.status;
	}

	String titleKey() {
		return ProblemJson.titleKey(this.id);
	}

	String detailKey() {
		return ProblemJson.detailKey(this.id);
	}

}
