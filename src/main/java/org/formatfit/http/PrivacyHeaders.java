package org.formatfit.http;

import java.util.function.BiConsumer;

/**
 * The headers of an answer whose address may hold a share token or answers: never kept in
 * a shared computer's cache, never indexed. Set on results whatever their status
 * ({@code web.PrivateResultHeaders}) and on every answer Tomcat writes itself
 * ({@link PlainErrorReports}), since the address it refused may hold a token too.
 */
public final class PrivacyHeaders {

	private PrivacyHeaders() {
	}

	/** Sets the headers through {@code header} (name, value). */
	public static void set(BiConsumer<String, String> header) {
		header.accept("Cache-Control", "no-store");
		header.accept("X-Robots-Tag", "noindex, nofollow");
	}

}
