package org.formatfit.recommendation;

import org.formatfit.recommendation.model.ModelFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every released scoring model version, each read from its data file
 * ({@code src/main/resources/models/model-v<n>.yaml}) by the one engine. Old versions
 * stay, unchanged, so that old share links keep showing what they showed when they were
 * made.
 *
 * <p>
 * To release a tuned model: copy the newest file to the next version number, change the
 * copy, and write its golden file (see the README). Never edit a released file.
 */
public final class ScoringModels {

	/** In release order: version 1 first, the current version last. */
	private static final List<ScoringModel> RELEASED = readAll();

	private ScoringModels() {
	}

	private static List<ScoringModel> readAll() {
		List<ScoringModel> models = new ArrayList<>();
		for (int version = 1;; version++) {
			ScoringModel model = ModelFiles.load(version);
			if (model == null) {
				break;
			}
			models.add(model);
		}
		if (models.isEmpty()) {
			throw new IllegalStateException("No scoring model in " + ModelFiles.FOLDER);
		}
		return List.copyOf(models);
	}

	/** The version new recommendations are made with. */
	public static ScoringModel current() {
		return RELEASED.get(RELEASED.size() - 1);
	}

	/** A released version, or empty when there never was one by that number. */
	public static Optional<ScoringModel> version(int version) {
		return (version >= 1 && version <= RELEASED.size()) ? Optional.of(RELEASED.get(version - 1)) : Optional.empty();
	}

	/** Every released version, oldest first. */
	public static List<ScoringModel> released() {
		return RELEASED;
	}

}
