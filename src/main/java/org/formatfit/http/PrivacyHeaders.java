package org.formatfit.http;

import java.util.function.BiConsumer;

import org.springframework.http.HttpHeaders;

/**
 * The headers of an answer whose address may hold a share token or answers: never kept in
 * a shared computer's cache, never indexed. Set on every private address whatever its
 * status ({@link PrivateByDefault}) and on every answer Tomcat writes itself
 * ({@code errors.TomcatRefusals}), since the address it refused may hold a token too.
 */
public final class PrivacyHeaders {

	/** Not kept in any cache, a shared computer's browser included. */
	public static final String NOT_STORED = "no-store";

	/** The header that tells search engines what to do with the answer. */
	public static final String ROBOTS_TAG = "X-Robots-Tag";

	/** Not indexed, and no link on it followed. */
	public static final String NOT_INDEXED = "noindex, nofollow";

	private PrivacyHeaders() {
	}

	/** Sets the headers through {@code header} (name, value). */
	public static void set(BiConsumer<String, String> header) {
		header.accept(HttpHeaders.CACHE_CONTROL, NOT_STORED);
		header.accept(ROBOTS_TAG, NOT_INDEXED);
	}

}
