package org.formatfit.recommendation.words;

import java.util.List;

import org.formatfit.recommendation.words.Explanation.RecapAnswer;
import org.formatfit.recommendation.AdvisorFlag;

/**
 * What an advisor needs beyond the student's own result: the risks to raise and questions
 * to ask.
 *
 * @param flags the risks, most serious first
 * @param talkingPoints questions to talk through with the student
 */
public record AdvisorNotes(List<ExplainedFlag> flags, List<String> talkingPoints) {

	/**
	 * One risk in words.
	 *
	 * @param flag the flag
	 * @param title its short title
	 * @param detail why it matters for this student
	 * @param ask a question to ask the student
	 * @param answers the answers that raised it
	 */
	public record ExplainedFlag(AdvisorFlag flag, String title, String detail, String ask, List<RecapAnswer> answers) {

	}

}
