package org.formatfit.questionnaire;

/**
 * One reason an answer set is not complete: which question (or unknown id) and what is
 * wrong with it.
 *
 * @param questionId the question's id as given, which for {@link Kind#UNKNOWN_QUESTION}
 * is no question at all
 * @param kind what is wrong
 */
public record AnswerProblem(String questionId, Kind kind) {

	/** What can be wrong with one answer. */
	public enum Kind {

		/** The question was not answered. */
		MISSING("missing"),

		/** The id names no question in the bank. */
		UNKNOWN_QUESTION("unknown-question"),

		/** The question has no option with the given id. */
		UNKNOWN_OPTION("unknown-option");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		/** The stable code the API reports, e.g. {@code unknown-option}. */
		public String code() {
			return this.code;
		}

		/** Message key of the sentence telling the learner what to do. */
		public String messageKey() {
			return "problem." + this.code;
		}

	}

}
