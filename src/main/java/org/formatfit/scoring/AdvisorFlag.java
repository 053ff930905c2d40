package org.formatfit.scoring;

import java.util.List;

import org.formatfit.questionnaire.Question;

/**
 * A risk an advisor should raise with the student: an answer that works against the
 * format FormatFit recommends. Each names the trade-off it is about and the questions
 * whose answers raised it.
 */
public enum AdvisorFlag {

	/** A self-paced course for someone who does not reliably keep themselves on track. */
	RISK_OF_APATHY("risk-of-apathy", TradeOff.RISK_OF_APATHY, Question.MOTIVATION_SELF_START,
			Question.MOTIVATION_OVERSIGHT),

	/** Mostly studying alone for someone who finds that lonely or draining. */
	ISOLATION("isolation", TradeOff.ISOLATION, Question.INTERACTION_STUDYING_ALONE),

	/** Live sessions on a connection, device or place that may not carry them. */
	TECHNICAL_DIFFICULTIES("technical-difficulties", TradeOff.TECHNICAL_DIFFICULTIES, Question.CONNECTIVITY_INTERNET,
			Question.CONNECTIVITY_EQUIPMENT, Question.CONNECTIVITY_PLACES),

	/**
	 * Fixed class times for someone whose week shifts or who is rarely free at set times.
	 */
	RIGID_SCHEDULE("rigid-schedule", TradeOff.RIGID_SCHEDULE, Question.SCHEDULE_PREDICTABILITY,
			Question.SCHEDULE_LIVE_SESSIONS),

	/** A format that tends to cost more, for someone for whom cost comes first. */
	COST("cost", TradeOff.AFFORDABILITY, Question.BUDGET_PRIORITY, Question.BUDGET_GOAL),

	/** A first online course that is also self-paced. */
	FIRST_ONLINE_COURSE("first-online-course", TradeOff.CLASSROOM_ENGAGEMENT, Question.INTERACTION_ONLINE_EXPERIENCE),

	/** Two formats fit almost equally well. */
	CLOSE_CALL("close-call", null);

	private final String id;

	private final TradeOff tradeOff;

	private final List<Question> questions;

	AdvisorFlag(String id, TradeOff tradeOff, Question... questions) {
		this.id = id;
		this.tradeOff = tradeOff;
		this.questions = List.of(questions);
	}

	public String id() {
		return this.id;
	}

	/**
	 * The trade-off the flag is about, or {@code null} when it is about the result
	 * itself.
	 */
	public TradeOff tradeOff() {
		return this.tradeOff;
	}

	/** The questions whose answers raised the flag. */
	public List<Question> questions() {
		return this.questions;
	}

	/** Message key of the flag's short title. */
	public String titleKey() {
		return "flag." + this.id + ".title";
	}

	/**
	 * Message key of why it matters; its argument {0} is the recommended format's name.
	 */
	public String detailKey() {
		return "flag." + this.id + ".detail";
	}

	/** Message key of a question the advisor could ask the student. */
	public String askKey() {
		return "flag." + this.id + ".ask";
	}

}
