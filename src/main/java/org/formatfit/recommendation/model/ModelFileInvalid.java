package org.formatfit.recommendation.model;

/**
 * A model data file the engine cannot run: it names something the question bank or the
 * trade-offs do not have, or leaves something out. Thrown while the app starts, so that a
 * broken file never scores anyone.
 */
class ModelFileInvalid extends IllegalArgumentException {

	ModelFileInvalid(String problem) {
		super(problem);
	}

}
