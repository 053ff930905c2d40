package org.formatfit.recommendation.words;

import java.util.List;

import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Reason;
import org.formatfit.recommendation.TradeOff;

/**
 * A recommendation in plain words, ready for a page or the API.
 *
 * @param format the recommended format
 * @param formatName its name
 * @param headline the recommendation in one sentence
 * @param scores every format's score, recommended first
 * @param confidence how clear the result is, in words
 * @param ruledOutNote why some formats are not options at all, or {@code null}
 * @param reasonsLead one line introducing the reasons
 * @param reasonGroups the reasons a student reads, grouped: why the format fits, what to
 * watch out for, strengths that would suit another format
 * @param reasons every reason, largest share of the decision first
 * @param allReasonGroups every reason, grouped the same way
 * @param changesLead the line above what would change the result; a close call says how
 * close
 * @param changes what would change the result, or empty
 * @param nextSteps practical next steps for the recommended format
 * @param schoolQuestions questions to ask a school about it, for a checklist
 * @param recap every answer given, by section
 */
public record Explanation(Format format, String formatName, String headline, List<ScoreLine> scores, String confidence,
		String ruledOutNote, String reasonsLead, List<ReasonGroup> reasonGroups, List<ExplainedReason> reasons,
		List<ReasonGroup> allReasonGroups, String changesLead, List<ExplainedChange> changes, List<String> nextSteps,
		List<String> schoolQuestions, List<RecapSection> recap) {

	/** Whether another format scores as high as this one: no best fit, a tie. */
	public boolean tied() {
		return this.scores.stream().anyMatch(ScoreLine::tied);
	}

	/** The reasons a student reads, in the order of their groups. */
	public List<ExplainedReason> studentReasons() {
		return this.reasonGroups.stream().flatMap((group) -> group.reasons().stream()).toList();
	}

	/**
	 * One format's score.
	 *
	 * @param format the format
	 * @param name its name
	 * @param score from 0 to 100
	 * @param scoreText the score in words, e.g. "86 out of 100"
	 * @param recommended whether it is the recommended format, ahead of every other:
	 * never in a tie
	 * @param ruledOut whether the learner cannot take part in it at all
	 * @param tied whether it shares the top score with another format the learner could
	 * take
	 */
	public record ScoreLine(Format format, String name, int score, String scoreText, boolean recommended,
			boolean ruledOut, boolean tied) {

	}

	/**
	 * Reasons that pull the same way, under a heading.
	 *
	 * @param heading what the reasons have in common
	 * @param reasons the reasons
	 */
	public record ReasonGroup(String heading, List<ExplainedReason> reasons) {

	}

	/**
	 * One reason in words.
	 *
	 * @param tradeOff the trade-off behind it
	 * @param favours the format it pulls towards
	 * @param name the trade-off's name
	 * @param explanation what this learner answered, and why it matters
	 * @param weight its share of the decision, from 0 to 1
	 * @param shareText that share in words, e.g. "31% of the decision"
	 * @param questionIds the questions that drove it
	 * @param learnersStrength whether the answers make the trade-off a strength of the
	 * learner, working for the format it favours
	 * @param role what it is to the recommended format: a reason for it, one of its
	 * risks, or a strength that would serve another format
	 */
	public record ExplainedReason(TradeOff tradeOff, Format favours, String name, String explanation, double weight,
			String shareText, List<String> questionIds, boolean learnersStrength, Role role) {

		/** What a reason is to the recommended format; a page never mixes them. */
		public enum Role {

			/**
			 * A reason the format fits: what it gives, or a strength of theirs it uses.
			 */
			FOR("for"),

			/** One of its costs for this learner, said with what softens it. */
			RISK("risk"),

			/** A strength of the learner's that would serve another format. */
			OTHER_STRENGTH("other-strength");

			private final String id;

			Role(String id) {
				this.id = id;
			}

			/** Its name in the API. */
			public String id() {
				return this.id;
			}

			static Role of(Reason reason, Format recommended) {
				return reason.isFor(recommended) ? FOR : reason.isRiskOf(recommended) ? RISK : OTHER_STRENGTH;
			}

		}

		/** The share of the decision in whole percent, for people. */
		public int percent() {
			return percent(this.weight);
		}

		static int percent(double weight) {
			return (int) Math.round(weight * 100);
		}

	}

	/**
	 * One answer that would change the result.
	 *
	 * @param questionId the question to answer differently
	 * @param optionId the different answer
	 * @param format the format that would then fit best
	 * @param sentence the change in one sentence
	 * @param alsoQuestionId for two answers changed together, the other question;
	 * otherwise {@code null}
	 * @param alsoOptionId the other answer
	 */
	public record ExplainedChange(String questionId, String optionId, Format format, String sentence,
			String alsoQuestionId, String alsoOptionId) {

	}

	/**
	 * The answers of one section.
	 *
	 * @param title the section's title
	 * @param answers its questions and the answers given
	 */
	public record RecapSection(String title, List<RecapAnswer> answers) {

	}

	/**
	 * One question and the answer given.
	 *
	 * @param questionId the question's id
	 * @param question the question as asked
	 * @param answer the label of the option chosen
	 */
	public record RecapAnswer(String questionId, String question, String answer) {

		/** Where the question is on the questionnaire page: a link's fragment. */
		public String htmlId() {
			return Question.htmlId(this.questionId);
		}

	}

}
