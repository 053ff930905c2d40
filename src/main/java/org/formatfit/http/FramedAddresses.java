package org.formatfit.http;

import java.util.List;

/**
 * Addresses whose pages another site may show in a frame, when the operator allows that
 * site ({@link Embedding}), as Spring path patterns ({@code /questionnaire}). A feature
 * declares its own as a bean; every other page refuses every frame
 * ({@code frame-ancestors 'none'}), so that a page with a key or an advisor's view is
 * never shown inside a page someone else controls.
 *
 * @param pathPatterns Spring path patterns, such as {@code /r/{token}}
 */
public record FramedAddresses(List<String> pathPatterns) {

	public FramedAddresses {
		pathPatterns = List.copyOf(pathPatterns);
	}

	/** The addresses matched by these path patterns. */
	public static FramedAddresses of(String... pathPatterns) {
		return new FramedAddresses(List.of(pathPatterns));
	}

}
