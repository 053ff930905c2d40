package org.formatfit.http;

import java.util.List;

/**
 * Addresses whose answers go out as they are written, not held until complete
 * ({@link WholeResponses}), as Spring path patterns: answers of megabytes, such as a full
 * group's spreadsheet, which held whole would fill the heap. A feature declares its own
 * as a bean.
 *
 * @param pathPatterns Spring path patterns, such as {@code /groups/{key}/results.csv}
 */
public record StreamedAddresses(List<String> pathPatterns) {

	public StreamedAddresses {
		pathPatterns = List.copyOf(pathPatterns);
	}

	/** The addresses matched by these path patterns. */
	public static StreamedAddresses of(String... pathPatterns) {
		return new StreamedAddresses(List.of(pathPatterns));
	}

}
