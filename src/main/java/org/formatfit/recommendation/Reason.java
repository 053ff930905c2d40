package org.formatfit.recommendation;

import java.util.List;

import org.formatfit.questionnaire.Question;

/**
 * One trade-off that mattered to this learner.
 *
 * @param tradeOff the trade-off
 * @param favours the format it pulls the learner towards: the format the trade-off
 * favours when it matters to them, the other pure format when their answers make it a
 * strength of theirs (a self-starter, for whom fading drive is no risk)
 * @param weight its share of the decision, from 0 to 1; the weights of all reasons add up
 * to 1
 * @param strength how firmly it is put
 * @param questions the questions whose answers made it matter, the strongest first
 */
public record Reason(TradeOff tradeOff, Format favours, double weight, Strength strength, List<Question> questions) {

	public Reason {
		questions = List.copyOf(questions);
	}

	/**
	 * Whether the learner's answers make this trade-off a strength of theirs that works
	 * for the other pure format, rather than something that matters to them.
	 */
	public boolean isStrength() {
		return this.favours != this.tradeOff.favours();
	}

	/** How much a reason matters to this learner, which decides how firmly it is put. */
	public enum Strength {

		/** It matters a lot, or rests on an answer at the end of its scale. */
		STRONG,

		/** It matters somewhat. */
		MILD

	}

}
