package org.formatfit.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Every released scoring model version. Old versions stay, unchanged, so that old share
 * links keep showing what they showed when they were made.
 *
 * <p>
 * To release a tuned model: copy the newest version into a new class, change the copy,
 * add it at the end of {@link #RELEASED}, and write its golden file (see the README).
 * Never edit a released version.
 */
public final class ScoringModels {

	/** In release order: version 1 first, the current version last. */
	private static final List<ScoringModel> RELEASED = List.of(new ModelV1());

	static {
		for (int i = 0; i < RELEASED.size(); i++) {
			if (RELEASED.get(i).version() != i + 1) {
				throw new IllegalStateException("Model versions must be numbered 1, 2, 3… in release order");
			}
		}
	}

	private ScoringModels() {
	}

	/** The version new recommendations are made with. */
	public static ScoringModel current() {
		return RELEASED.get(RELEASED.size() - 1);
	}

	/** A released version, or empty when there never was one by that number. */
	public static Optional<ScoringModel> version(int version) {
		return (version >= 1 && version <= RELEASED.size()) ? Optional.of(RELEASED.get(version - 1)) : Optional.empty();
	}

}
