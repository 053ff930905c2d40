package org.formatfit.scoring;

import java.util.Optional;

/**
 * Every released scoring model version. Old versions stay so that old share links keep
 * showing what they showed when they were made.
 */
public final class ScoringModels {

	private static final ScoringModel V1 = new ModelV1();

	private ScoringModels() {
	}

	/** The version new recommendations are made with. */
	public static ScoringModel current() {
		return V1;
	}

	/** A released version, or empty when there never was one by that number. */
	public static Optional<ScoringModel> version(int version) {
		return (version == V1.version()) ? Optional.of(V1) : Optional.empty();
	}

}
