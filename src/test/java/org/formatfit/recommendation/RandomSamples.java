package org.formatfit.recommendation;

/**
 * How many random answer sets the model's rules and properties are checked on: 20,000 on
 * CI, 1,000 on a developer's machine ({@code tests.samples} in the build). The seeds are
 * fixed, so a failure replays.
 */
final class RandomSamples {

	/** Answer sets a rule is checked on. */
	static final int PER_RULE = Integer.getInteger("formatfit.test.samples", 20_000);

	private RandomSamples() {
	}

}
