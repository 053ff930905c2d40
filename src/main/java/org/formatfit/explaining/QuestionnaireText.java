package org.formatfit.explaining;

import java.util.List;

import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;

/** The question bank in words, in one language. */
public final class QuestionnaireText {

	private QuestionnaireText() {
	}

	/**
	 * A section in words.
	 *
	 * @param section the section
	 * @param title its title
	 * @param hint one line on what it asks about
	 * @param questions its questions
	 */
	public record SectionText(Section section, String title, String hint, List<QuestionText> questions) {

		public String id() {
			return this.section.id();
		}

	}

	/**
	 * A question in words.
	 *
	 * @param question the question
	 * @param text the question as asked
	 * @param hint a short help line
	 * @param options its options, in order
	 */
	public record QuestionText(Question question, String text, String hint, List<OptionText> options) {

		public String id() {
			return this.question.id();
		}

	}

	/**
	 * An option in words.
	 *
	 * @param id the option id
	 * @param label what the learner picks
	 */
	public record OptionText(String id, String label) {

	}

}
