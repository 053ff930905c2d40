package org.formatfit.scoring;

import java.util.List;

import org.formatfit.questionnaire.Question;

/**
 * One trade-off that mattered to this learner.
 *
 * @param tradeOff the trade-off
 * @param favours the format it pulls this learner towards
 * @param weight its share of the decision, from 0 to 1; the weights of all reasons add up
 * to 1
 * @param questions the questions whose answers made it matter, the strongest first
 */
public record Reason(TradeOff tradeOff, Format favours, double weight, double pull, List<Question> questions) {

	public Reason {
		questions = List.copyOf(questions);
	}

	/** Whether the trade-off matters a lot to this learner, not just a little. */
	public boolean strong() {
		return this.pull >= 0.5;
	}

}
