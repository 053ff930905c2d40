package org.formatfit.recommendation;

/**
 * The three online course formats FormatFit can recommend. Names are a public contract.
 */
public enum Format {

	/** Class happens live, at set times, in a shared virtual room. */
	SYNCHRONOUS,

	/** Material is there to use whenever suits the learner, within deadlines. */
	ASYNCHRONOUS,

	/** A planned mix: live sessions for discussion, self-paced work for the rest. */
	HYBRID;

	/** Message key of the format's short name, e.g. {@code format.HYBRID.name}. */
	public String nameKey() {
		return "format." + name() + ".name";
	}

	/** Message key of the format in a few words. */
	public String shortKey() {
		return "format." + name() + ".short";
	}

	/** Message key of the format's name inside a sentence ("a hybrid course"). */
	public String inlineKey() {
		return "format." + name() + ".inline";
	}

	/** Message key of the two or three sentences that say what the format is. */
	public String descriptionKey() {
		return "format." + name() + ".description";
	}

}
