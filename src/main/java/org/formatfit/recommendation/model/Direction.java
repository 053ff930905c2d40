package org.formatfit.recommendation.model;

/** Which way a suggested change may move an answer along its scale. */
enum Direction {

	/** Towards the first option: the easiest circumstance to study with. */
	EASIER,

	/** Towards the last option. */
	HARDER,

	/** Either way. */
	EITHER;

	boolean allows(int step) {
		return switch (this) {
			case EASIER -> step < 0;
			case HARDER -> step > 0;
			case EITHER -> true;
		};
	}

}
