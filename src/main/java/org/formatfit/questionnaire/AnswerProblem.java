package org.formatfit.questionnaire;

/**
 * One reason an answer set is not complete: which question (or unknown id) and what is
 * wrong with it.
 *
 * @param questionId the question's id as given, which for {@link Kind#UNKNOWN_QUESTION}
 * is no question at all, and for {@link Kind#MORE_UNKNOWN_QUESTIONS} is empty
 * @param kind what is wrong
 * @param count how many ids the problem stands for: 1, except for
 * {@link Kind#MORE_UNKNOWN_QUESTIONS}
 */
public record AnswerProblem(String questionId, Kind kind, int count) {

	/** A problem with one answer. */
	public AnswerProblem(String questionId, Kind kind) {
		this(questionId, kind, 1);
	}

	/** The unknown ids left out of a list that names only the first few. */
	static AnswerProblem moreUnknownQuestions(int count) {
		return new AnswerProblem("", Kind.MORE_UNKNOWN_QUESTIONS, count);
	}

	/** What can be wrong with one answer. */
	public enum Kind {

		/** The question was not answered. */
		MISSING("missing"),

		/** The id names no question in the bank. */
		UNKNOWN_QUESTION("unknown-question"),

		/** The question has no option with the given id. */
		UNKNOWN_OPTION("unknown-option"),

		/**
		 * More ids that name no question than are named one by one: how many were left
		 * out, so that a bad request costs no more than a few problems to answer.
		 */
		MORE_UNKNOWN_QUESTIONS("more-unknown-questions");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		/** The stable code the API reports, e.g. {@code unknown-option}. */
		public String code() {
			return this.code;
		}

		/**
		 * Message key of the sentence telling the learner what to do; its argument
		 * {@code {0}} is the problem's {@link AnswerProblem#count() count}.
		 */
		public String messageKey() {
			return "problem." + this.code;
		}

	}

}
