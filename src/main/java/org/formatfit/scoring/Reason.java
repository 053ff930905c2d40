package org.formatfit.scoring;

import java.util.List;

import org.formatfit.questionnaire.Question;

/**
 * One trade-off that mattered to this learner.
 *
 * @param tradeOff the trade-off
 * @param weight its share of the decision, from 0 to 1; the weights of all reasons add up
 * to 1
 * @param questions the questions whose answers made it matter, the strongest first
 */
public record Reason(TradeOff tradeOff, double weight, Strength strength, List<Question> questions) {

	public Reason {
		questions = List.copyOf(questions);
	}

	/** The format this reason pulls the learner towards. */
	public Format favours() {
		return this.tradeOff.favours();
	}

	/** How much a reason matters to this learner, which decides how firmly it is put. */
	public enum Strength {

		/** It matters a lot, or rests on an answer at the end of its scale. */
		STRONG,

		/** It matters somewhat. */
		MILD

	}

}
