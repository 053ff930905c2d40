package org.formatfit.errors;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem details as the API sends them: always with their charset. */
public final class ProblemJson {

	/** {@code application/problem+json;charset=UTF-8}. */
	public static final MediaType MEDIA_TYPE = new MediaType(MediaType.APPLICATION_PROBLEM_JSON,
			StandardCharsets.UTF_8);

	/** {@code application/json;charset=UTF-8}, for the API's ordinary answers. */
	public static final String JSON_UTF8 = "application/json;charset=UTF-8";

	/** Problem types are names, not pages: a URN says so. */
	private static final String TYPE_BASE = "urn:formatfit:problem:";

	/** Where a problem type's title and detail are in the message files. */
	private static final String KEY_BASE = "api.problem.";

	private ProblemJson() {
	}

	/** A problem type of the API's contract, by its id. */
	public static URI type(String id) {
		return URI.create(TYPE_BASE + id);
	}

	public static String titleKey(String id) {
		return KEY_BASE + id + ".title";
	}

	public static String detailKey(String id) {
		return KEY_BASE + id + ".detail";
	}

	/** The message key of an {@code errors} entry's code. */
	public static String messageKey(String code) {
		return KEY_BASE + code;
	}

	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MEDIA_TYPE).body(problem);
	}

}
