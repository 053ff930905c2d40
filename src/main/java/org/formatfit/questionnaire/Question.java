package org.formatfit.questionnaire;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The question bank: every question FormatFit asks, in the order it asks them, with its
 * option ids from one end of the scale to the other. This is the one definition the form,
 * the API, the scoring and the results read. Ids are a public contract: never change or
 * reorder them; a new question goes at the end of its section's run, as an optional one.
 */
public enum Question {

	/** How predictable the learner's week is. */
	SCHEDULE_PREDICTABILITY(Section.SCHEDULE, "schedule.predictability", "fixed", "mostly", "shifting", "on-call"),

	/** Whether the learner could be online at set times each week. */
	SCHEDULE_LIVE_SESSIONS(Section.SCHEDULE, "schedule.live-sessions", "yes", "usually", "rarely", "no"),

	/** How much flexibility is the reason for studying online. */
	SCHEDULE_FLEXIBILITY_NEED(Section.SCHEDULE, "schedule.flexibility-need", "main-reason", "important", "nice-to-have",
			"not-a-factor"),

	/** How much the learner wants live discussion and immediate feedback. */
	INTERACTION_DISCUSSION(Section.INTERACTION, "interaction.discussion", "essential", "helpful", "neutral",
			"prefer-without"),

	/** How much regular personal contact with instructors the learner wants. */
	INTERACTION_INSTRUCTOR(Section.INTERACTION, "interaction.instructor", "essential", "helpful", "occasional",
			"not-needed"),

	/** How studying mostly alone would feel. */
	INTERACTION_STUDYING_ALONE(Section.INTERACTION, "interaction.studying-alone", "enjoy", "fine", "lonely",
			"drains-me"),

	/** Whether the learner has taken an online course before. */
	INTERACTION_ONLINE_EXPERIENCE(Section.INTERACTION, "interaction.online-experience", "several", "one", "none"),

	/** How reliably the learner keeps on track without reminders. */
	MOTIVATION_SELF_START(Section.MOTIVATION, "motivation.self-start", "always", "usually", "sometimes", "rarely"),

	/** How an instructor watching progress affects the learner. */
	MOTIVATION_OVERSIGHT(Section.MOTIVATION, "motivation.oversight", "cramps-me", "no-effect", "helps", "need-it"),

	/** The pace that suits the learner. */
	MOTIVATION_PACE(Section.MOTIVATION, "motivation.pace", "fast", "steady", "own"),

	/** How reliable the internet is where the learner would study. */
	CONNECTIVITY_INTERNET(Section.CONNECTIVITY, "connectivity.internet", "reliable", "mostly", "spotty", "public-only"),

	/** Where the learner would do most of the coursework. */
	CONNECTIVITY_PLACES(Section.CONNECTIVITY, "connectivity.places", "one-place", "a-few-places", "on-the-move"),

	/** Whether the learner has a computer with camera and microphone. */
	CONNECTIVITY_EQUIPMENT(Section.CONNECTIVITY, "connectivity.equipment", "own", "shared", "none"),

	/** How important keeping the cost low is. */
	BUDGET_PRIORITY(Section.BUDGET, "budget.priority", "top", "important", "secondary", "not-a-factor"),

	/** What the learner is after: a degree, a certificate or skills. */
	BUDGET_GOAL(Section.BUDGET, "budget.goal", "degree", "certificate", "skills");

	private static final Map<String, Question> BY_ID = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(Question::id, Function.identity()));

	private final Section section;

	private final String id;

	private final List<String> optionIds;

	Question(Section section, String id, String... optionIds) {
		this.section = section;
		this.id = id;
		this.optionIds = List.of(optionIds);
	}

	public Section section() {
		return this.section;
	}

	/**
	 * The public id, also the form field's name, e.g. {@code schedule.predictability}.
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The id of the question's group on the questionnaire page, e.g.
	 * {@code schedule-predictability}, which links elsewhere jump to: ids hold dots,
	 * which CSS selectors and some tools trip on.
	 */
	public String htmlId() {
		return htmlId(this.id);
	}

	/** The page id for a question id; see {@link #htmlId()}. */
	public static String htmlId(String questionId) {
		return questionId.replace('.', '-');
	}

	/** The public option ids, from one end of the scale to the other. */
	public List<String> optionIds() {
		return this.optionIds;
	}

	public int optionCount() {
		return this.optionIds.size();
	}

	/** The option's position on the scale, or -1 when the question has no such option. */
	public int indexOf(String optionId) {
		return this.optionIds.indexOf(optionId);
	}

	public String optionId(int index) {
		return this.optionIds.get(index);
	}

	/**
	 * Message key of the question as asked, e.g.
	 * {@code question.schedule.predictability}.
	 */
	public String textKey() {
		return "question." + this.id;
	}

	/** Message key of a short help line shown under the question. */
	public String hintKey() {
		return "question." + this.id + ".hint";
	}

	/** Message key of the option's label, as the learner picks it. */
	public String optionKey(String optionId) {
		return "question." + this.id + ".option." + optionId;
	}

	/**
	 * Message key of the option restated about the learner ("you can be called away at
	 * any moment"), used where the results explain themselves.
	 */
	public String answerPhraseKey(String optionId) {
		return "answer." + this.id + "." + optionId;
	}

	/**
	 * Message key of the option as a condition ("you could be online at set times most
	 * weeks"), used where the results say what would change them.
	 */
	public String conditionKey(String optionId) {
		return "condition." + this.id + "." + optionId;
	}

	public static Optional<Question> byId(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

	/** Number of questions in the bank. */
	public static int count() {
		return values().length;
	}

}
