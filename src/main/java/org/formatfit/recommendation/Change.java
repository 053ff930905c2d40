package org.formatfit.recommendation;

import org.formatfit.questionnaire.Question;

/**
 * A different answer, or two together, that would change the recommendation.
 *
 * @param question the question to answer differently
 * @param optionId the answer that would change the result
 * @param format the format that would then be recommended
 * @param alsoQuestion for a change of two answers, the other question; otherwise
 * {@code null}
 * @param alsoOptionId the other answer, given together with the first
 */
public record Change(Question question, String optionId, Format format, Question alsoQuestion, String alsoOptionId) {

	/** A change of one answer. */
	public Change(Question question, String optionId, Format format) {
		this(question, optionId, format, null, null);
	}

	/** Whether two answers must change together (neither alone changes the result). */
	public boolean together() {
		return this.alsoQuestion != null;
	}

}
