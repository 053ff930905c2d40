package org.formatfit.recommendation;

import java.util.Set;

/**
 * A practical step that softens a format's costs, or a question to ask a school before
 * enrolling, as a model version defines it. The results page offers those of the
 * recommended format that fit the learner's answers, the most pressing first.
 *
 * @param id the step's id
 * @param kind something to do, or a question to ask a school
 * @param formats the formats this step is for; empty for a step that suits any format
 * @param mitigates the trade-off this step works on, or {@code null} for a basic check
 * that is always worth making
 */
public record NextStep(String id, Kind kind, Set<Format> formats, TradeOff mitigates) {

	public NextStep {
		formats = Set.copyOf(formats);
	}

	/** Message key of the step, in a short sentence or two. */
	public String messageKey() {
		return (this.kind == Kind.ASK_SCHOOL) ? schoolQuestionKey(this.id) : messageKey(this.id);
	}

	/** Message key of a step to take by its id, for a model file that names one. */
	public static String messageKey(String id) {
		return "nextstep." + id;
	}

	/** Message key of a question to ask a school by its id. */
	public static String schoolQuestionKey(String id) {
		return "askschool." + id;
	}

	/** What the learner does with it. */
	public enum Kind {

		/** Something to do: plan, try, compare. */
		DO,

		/** A question to ask a school before enrolling, on a checklist. */
		ASK_SCHOOL

	}

}
