package org.formatfit.questionnaire;

/**
 * Where the questionnaire page is: linked from the home page and its QR code, and opened
 * pre-filled from a result. (Templates spell it {@code @{/questionnaire}}.)
 */
public final class QuestionnairePath {

	public static final String PATH = "/questionnaire";

	private QuestionnairePath() {
	}

}
