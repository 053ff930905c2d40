package org.formatfit.http;

import java.util.List;

/**
 * Addresses whose answers anyone may keep and find: pages that hold nothing of a
 * reader's, as Spring path patterns ({@code /method}, {@code /assets/**}). A feature
 * declares its own as a bean; every other address is private ({@link PrivateByDefault}),
 * so that a new page is never cached or indexed until someone decides it may be.
 *
 * @param pathPatterns Spring path patterns, such as {@code /assets/**}
 */
public record PublicAddresses(List<String> pathPatterns) {

	public PublicAddresses {
		pathPatterns = List.copyOf(pathPatterns);
	}

	/** The addresses matched by these path patterns. */
	public static PublicAddresses of(String... pathPatterns) {
		return new PublicAddresses(List.of(pathPatterns));
	}

}
