package org.formatfit.recommendation.words;

import java.util.List;

import org.formatfit.recommendation.words.Explanation.RecapAnswer;
import org.formatfit.recommendation.AdvisorFlag;
import org.formatfit.recommendation.words.Explanation.ScoreLine;

/**
 * What an advisor needs beyond the student's own result: the result told about the
 * student rather than to them, the risks to raise and questions to ask.
 *
 * @param headline the recommendation in one sentence about "this student"
 * @param scores every format's score, recommended first; "not possible for this student"
 * for a format that is ruled out
 * @param confidence how clear it is, in words about the student
 * @param ruledOutNote why some formats are not options for the student, or {@code null}
 * @param flags the risks, most serious first
 * @param talkingPoints questions to talk through with the student
 */
public record AdvisorNotes(String headline, List<ScoreLine> scores, String confidence, String ruledOutNote,
		List<ExplainedFlag> flags, List<String> talkingPoints) {

	/**
	 * The advisor's wording of a message the student reads: the same key under
	 * {@code advisor.}, which says "this student" where the student's says "you".
	 */
	public static String aboutTheStudent(String studentKey) {
		return "advisor." + studentKey;
	}

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
