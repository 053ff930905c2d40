package org.formatfit.recommendation;

/** How clearly the recommended format leads the others. */
public enum Confidence {

	/** Well ahead of the runner-up. */
	HIGH,

	/** Ahead, but another format is not far behind. */
	MEDIUM,

	/** Close: another format could suit almost as well. */
	LOW;

	public String messageKey() {
		return "confidence." + name();
	}

}
