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

	/**
	 * Whether this is a reason the recommended format fits: a trade-off it gives the
	 * learner, or a strength of theirs it uses. Hybrid gives some of both sides, and its
	 * live sessions answer a need self-paced study would leave (people, a watching eye):
	 * all of these are reasons for it; only the costs of its live sessions are not.
	 */
	public boolean isFor(Format recommended) {
		if (recommended == Format.HYBRID) {
			return !isRiskOf(recommended);
		}
		return this.favours == recommended;
	}

	/**
	 * Whether this is a risk of the recommended format for the learner: a cost it has for
	 * them, said with what softens it. For hybrid, the costs of its live sessions (set
	 * times, a setup that must carry them). A strength that would serve the other format
	 * is neither a reason for nor a risk.
	 */
	public boolean isRiskOf(Format recommended) {
		if (isStrength()) {
			return false;
		}
		if (recommended == Format.HYBRID) {
			return this.tradeOff.effect() == TradeOff.Effect.COSTS && this.tradeOff.format() == Format.SYNCHRONOUS;
		}
		return this.favours != recommended;
	}

	/** How much a reason matters to this learner, which decides how firmly it is put. */
	public enum Strength {

		/** It matters a lot, or rests on an answer at the end of its scale. */
		STRONG,

		/** It matters somewhat. */
		MILD

	}

}
