package org.formatfit.questionnaire;

/**
 * How long the questionnaire takes, as the home page and the advisors' guide promise it.
 * Measured, not guessed: {@code QuestionnairePageTests} reads the questionnaire as a
 * student on a phone meets it (every word on the page at 120 words a minute, two seconds
 * a tap for each answer, Next and See my result) and checks that this fits in the promise
 * with less than a minute and a half to spare, in English and in Spanish.
 */
public final class QuestionnaireTime {

	/** Minutes, for a slow reader on a phone. */
	public static final int MINUTES = 6;

	private QuestionnaireTime() {
	}

}
