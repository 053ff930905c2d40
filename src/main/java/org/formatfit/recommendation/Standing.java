package org.formatfit.recommendation;

/**
 * Where the recommended format stands against the other formats the learner could take:
 * ahead of them, tied with one, or the only one possible at all. Confidence says how far
 * ahead; this says whether there is anything to be ahead of. The ids are part of the API.
 */
public enum Standing {

	/** Its score is above every other possible format's. */
	AHEAD("ahead"),

	/** Another possible format has the same score: neither is a best fit. */
	TIED("tied"),

	/** Every other format is ruled out by the learner's circumstances. */
	ONLY_POSSIBLE("only-possible");

	private final String id;

	Standing(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

}
