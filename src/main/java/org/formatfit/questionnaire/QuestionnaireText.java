package org.formatfit.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The question bank in words, in the reader's language: what the questionnaire page and
 * the API's questionnaire show. Every word comes from the message files.
 */
@Component
public class QuestionnaireText {

	private final MessageSource messages;

	QuestionnaireText(MessageSource messages) {
		this.messages = messages;
	}

	/** The whole question bank in words. */
	public List<SectionText> questionnaire(Locale locale) {
		List<SectionText> sections = new ArrayList<>();
		for (Section section : Section.values()) {
			List<QuestionText> questions = new ArrayList<>();
			for (Question question : section.questions()) {
				List<OptionText> options = question.optionIds()
					.stream()
					.map((optionId) -> new OptionText(optionId, this.text(question.optionKey(optionId), locale)))
					.toList();
				questions.add(new QuestionText(question, this.text(question.textKey(), locale),
						this.text(question.hintKey(), locale), options));
			}
			sections.add(new SectionText(section, this.text(section.titleKey(), locale),
					this.text(section.hintKey(), locale), questions));
		}
		return sections;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
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
