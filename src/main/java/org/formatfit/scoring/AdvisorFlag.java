package org.formatfit.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;

/**
 * A risk an advisor should raise with the student: an answer that works against the
 * format FormatFit recommends. Each flag says, in one place, which formats it applies to
 * and which answers raise it, so the answers an advisor is shown are exactly the ones
 * that raised it.
 */
public enum AdvisorFlag {

	/**
	 * A self-paced course, or part of one, for someone who does not reliably keep on
	 * track.
	 */
	RISK_OF_APATHY("risk-of-apathy", TradeOff.RISK_OF_APATHY, EnumSet.of(Format.ASYNCHRONOUS, Format.HYBRID),
			Map.of(Question.MOTIVATION_SELF_START, Set.of("sometimes", "rarely"))),

	/** Mostly studying alone for someone who finds that lonely or draining. */
	ISOLATION("isolation", TradeOff.ISOLATION, EnumSet.of(Format.ASYNCHRONOUS),
			Map.of(Question.INTERACTION_STUDYING_ALONE, Set.of("lonely", "drains-me"))),

	/** Live sessions on a connection, device or place that may not carry them. */
	TECHNICAL_DIFFICULTIES("technical-difficulties", TradeOff.TECHNICAL_DIFFICULTIES,
			EnumSet.of(Format.SYNCHRONOUS, Format.HYBRID),
			Map.of(Question.CONNECTIVITY_INTERNET, Set.of("spotty", "public-only"), Question.CONNECTIVITY_EQUIPMENT,
					Set.of("none"), Question.CONNECTIVITY_PLACES, Set.of("on-the-move"))),

	/**
	 * Fixed class times for someone whose week shifts or who is rarely free at set times.
	 */
	RIGID_SCHEDULE("rigid-schedule", TradeOff.RIGID_SCHEDULE, EnumSet.of(Format.SYNCHRONOUS, Format.HYBRID),
			Map.of(Question.SCHEDULE_PREDICTABILITY, Set.of("shifting", "on-call"), Question.SCHEDULE_LIVE_SESSIONS,
					Set.of("rarely"))),

	/** A format that tends to cost more, for someone for whom cost comes first. */
	COST("cost", TradeOff.AFFORDABILITY, EnumSet.of(Format.SYNCHRONOUS, Format.HYBRID),
			Map.of(Question.BUDGET_PRIORITY, Set.of("top"))),

	/** A first online course that is also self-paced. */
	FIRST_ONLINE_COURSE("first-online-course", TradeOff.CLASSROOM_ENGAGEMENT, EnumSet.of(Format.ASYNCHRONOUS),
			Map.of(Question.INTERACTION_ONLINE_EXPERIENCE, Set.of("none"))),

	/** Two formats fit almost equally well: raised by the scores, not by one answer. */
	CLOSE_CALL("close-call", null, EnumSet.allOf(Format.class), Map.of());

	private final String id;

	private final TradeOff tradeOff;

	private final Set<Format> formats;

	private final Map<Question, Set<String>> riskyAnswers;

	AdvisorFlag(String id, TradeOff tradeOff, Set<Format> formats, Map<Question, Set<String>> riskyAnswers) {
		this.id = id;
		this.tradeOff = tradeOff;
		this.formats = formats;
		this.riskyAnswers = riskyAnswers.isEmpty() ? Map.of() : new EnumMap<>(riskyAnswers);
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

	/** Whether the flag is raised for a recommendation. */
	boolean raisedFor(Recommendation recommendation) {
		if (this == CLOSE_CALL) {
			return recommendation.assessment().confidence() == Confidence.LOW;
		}
		return this.formats.contains(recommendation.format()) && !raisedBy(recommendation.answers()).isEmpty();
	}

	/** The questions whose answers raise this flag, in question bank order. */
	public List<Question> raisedBy(Answers answers) {
		List<Question> questions = new ArrayList<>();
		this.riskyAnswers.forEach((question, risky) -> {
			if (risky.contains(answers.optionId(question))) {
				questions.add(question);
			}
		});
		return questions;
	}

	/** Message key of the flag's short title. */
	public String titleKey() {
		return "flag." + this.id + ".title";
	}

	/**
	 * Message key of why it matters; its argument {0} is the recommended format, inline.
	 */
	public String detailKey() {
		return "flag." + this.id + ".detail";
	}

	/** Message key of a question the advisor could ask the student. */
	public String askKey() {
		return "flag." + this.id + ".ask";
	}

}
