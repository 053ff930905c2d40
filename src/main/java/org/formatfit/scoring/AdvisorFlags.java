package org.formatfit.scoring;

import java.util.ArrayList;
import java.util.List;

import org.formatfit.questionnaire.Answers;

import static org.formatfit.questionnaire.Question.BUDGET_PRIORITY;
import static org.formatfit.questionnaire.Question.CONNECTIVITY_EQUIPMENT;
import static org.formatfit.questionnaire.Question.CONNECTIVITY_INTERNET;
import static org.formatfit.questionnaire.Question.CONNECTIVITY_PLACES;
import static org.formatfit.questionnaire.Question.INTERACTION_ONLINE_EXPERIENCE;
import static org.formatfit.questionnaire.Question.INTERACTION_STUDYING_ALONE;
import static org.formatfit.questionnaire.Question.MOTIVATION_SELF_START;
import static org.formatfit.questionnaire.Question.SCHEDULE_LIVE_SESSIONS;
import static org.formatfit.questionnaire.Question.SCHEDULE_PREDICTABILITY;

/**
 * Finds the risks an advisor should raise: answers that work against the recommended
 * format. These are plain rules on the answers, so an advisor can check every flag
 * against the recap.
 */
public final class AdvisorFlags {

	private AdvisorFlags() {
	}

	/** The flags a recommendation raises, most serious first. */
	public static List<AdvisorFlag> raise(Recommendation recommendation) {
		Answers answers = recommendation.answers();
		Format format = recommendation.format();
		boolean selfPaced = format != Format.SYNCHRONOUS;
		boolean live = format != Format.ASYNCHRONOUS;
		List<AdvisorFlag> flags = new ArrayList<>();
		if (selfPaced
				&& (answers.is(MOTIVATION_SELF_START, "sometimes") || answers.is(MOTIVATION_SELF_START, "rarely"))) {
			flags.add(AdvisorFlag.RISK_OF_APATHY);
		}
		if (format == Format.ASYNCHRONOUS && (answers.is(INTERACTION_STUDYING_ALONE, "lonely")
				|| answers.is(INTERACTION_STUDYING_ALONE, "drains-me"))) {
			flags.add(AdvisorFlag.ISOLATION);
		}
		if (live && (answers.is(CONNECTIVITY_INTERNET, "spotty") || answers.is(CONNECTIVITY_INTERNET, "public-only")
				|| answers.is(CONNECTIVITY_EQUIPMENT, "none") || answers.is(CONNECTIVITY_PLACES, "on-the-move"))) {
			flags.add(AdvisorFlag.TECHNICAL_DIFFICULTIES);
		}
		if (live && (answers.is(SCHEDULE_PREDICTABILITY, "shifting") || answers.is(SCHEDULE_PREDICTABILITY, "on-call")
				|| answers.is(SCHEDULE_LIVE_SESSIONS, "rarely"))) {
			flags.add(AdvisorFlag.RIGID_SCHEDULE);
		}
		if (live && answers.is(BUDGET_PRIORITY, "top")) {
			flags.add(AdvisorFlag.COST);
		}
		if (format == Format.ASYNCHRONOUS && answers.is(INTERACTION_ONLINE_EXPERIENCE, "none")) {
			flags.add(AdvisorFlag.FIRST_ONLINE_COURSE);
		}
		if (recommendation.assessment().confidence() == Confidence.LOW) {
			flags.add(AdvisorFlag.CLOSE_CALL);
		}
		return flags;
	}

}
