package org.formatfit.sharing;

import org.formatfit.questionnaire.Answers;

/**
 * A share token as FormatFit made it, read once from a link: handlers take this, never
 * the text, so no handler decodes a token again or forgets to. Path variables become one
 * through {@link ShareTokenConverter}.
 *
 * @param text the token as it stands in a link, safe in a URL path as it is
 * @param modelVersion the scoring model version it was made with
 * @param answers the answers it carries
 */
public record ShareToken(String text, int modelVersion, Answers answers) {

	/**
	 * The three always agree: the text is exactly the one FormatFit writes for these
	 * answers and this version.
	 */
	public ShareToken {
		if (!ShareTokens.encode(answers, modelVersion).equals(text)) {
			throw new IllegalArgumentException("Not the token of these answers and model version");
		}
	}

	/**
	 * Reads a token strictly: every answer set has one spelling, and anything else is
	 * refused.
	 * @throws ShareTokenCorrupt when the text is not a token FormatFit made
	 */
	public static ShareToken parse(String text) {
		return ShareTokens.parse(text);
	}

	/** The token for an answer set under a model version. */
	public static ShareToken of(Answers answers, int modelVersion) {
		return new ShareToken(ShareTokens.encode(answers, modelVersion), modelVersion, answers);
	}

	/** Never the text: a token is a student's answers, and must not reach a log. */
	@Override
	public String toString() {
		return "ShareToken[modelVersion=" + this.modelVersion + "]";
	}

}
