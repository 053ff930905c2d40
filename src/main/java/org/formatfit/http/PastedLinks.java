package org.formatfit.http;

import java.util.regex.Pattern;

/**
 * Links as mail clients and chat apps hand them over: with the punctuation that followed
 * them in the sentence ("…/r/AQEOVSjXvCkD." or "(…/join/k9uhbpqk)"). Every page whose
 * address holds a token, a key, a code or a secret sends such a link on to the clean one.
 */
public final class PastedLinks {

	/** Punctuation a sentence puts after a link, and closing quotes and brackets. */
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,:;!?)\\]}>'\"’”»]+$");

	private PastedLinks() {
	}

	/** The text without the punctuation after it; the same text when there is none. */
	public static String withoutTrailingPunctuation(String pasted) {
		return TRAILING_PUNCTUATION.matcher(pasted).replaceFirst("");
	}

}
