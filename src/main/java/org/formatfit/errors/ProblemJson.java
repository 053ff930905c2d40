package org.formatfit.errors;

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

	private ProblemJson() {
	}

	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MEDIA_TYPE).body(problem);
	}

}
