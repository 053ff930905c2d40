package org.formatfit.questionnaire;

import java.util.Arrays;
import java.util.List;

/**
 * The five parts of the questionnaire, in the order a learner meets them. The ids are
 * part of the public contract.
 */
public enum Section {

	/** How rigid the learner's week is. */
	SCHEDULE("schedule"),

	/** How much the learner needs other people while studying. */
	INTERACTION("interaction"),

	/** Whether the learner is a self-starter, and the pace that suits them. */
	MOTIVATION("motivation"),

	/** Whether the learner's internet, places and equipment can carry a live session. */
	CONNECTIVITY("connectivity"),

	/** How much cost decides, and what the learner is after. */
	BUDGET("budget");

	private final String id;

	Section(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	/** Message key of the section's title, e.g. {@code section.schedule.title}. */
	public String titleKey() {
		return "section." + this.id + ".title";
	}

	/** Message key of the one-line hint under the section's title. */
	public String hintKey() {
		return "section." + this.id + ".hint";
	}

	/** The section's questions, in order. */
	public List<Question> questions() {
		return Arrays.stream(Question.values()).filter((question) -> question.section() == this).toList();
	}

}
