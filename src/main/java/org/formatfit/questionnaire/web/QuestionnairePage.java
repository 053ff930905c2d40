package org.formatfit.questionnaire.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.QuestionnaireText.OptionText;
import org.formatfit.questionnaire.QuestionnaireText.QuestionText;
import org.formatfit.questionnaire.QuestionnaireText.SectionText;

/**
 * Everything the questionnaire template shows: the questions in words, the answers
 * already given, and what is wrong with the others. Public, with its parts, so that the
 * template's Spring EL can be compiled: it cannot call into a package-private class, and
 * interpreted, the questionnaire cost about three result pages.
 *
 * @param sections the sections, in order
 * @param errors one entry per question that needs attention, in page order
 */
public record QuestionnairePage(List<SectionView> sections, List<ErrorLink> errors) {

	/**
	 * Builds the page.
	 * @param sections the questionnaire in words
	 * @param answers question id to option id, the answers to show as chosen
	 * @param problems question id to the message saying what to do, for each question
	 * that needs attention
	 */
	static QuestionnairePage of(List<SectionText> sections, Map<String, String> answers, Map<String, String> problems) {
		List<SectionView> sectionViews = new ArrayList<>();
		List<ErrorLink> errors = new ArrayList<>();
		int number = 0;
		for (SectionText section : sections) {
			number++;
			List<QuestionView> questions = new ArrayList<>();
			for (QuestionText question : section.questions()) {
				String htmlId = Question.htmlId(question.id());
				List<OptionView> options = new ArrayList<>();
				for (OptionText option : question.options()) {
					options.add(new OptionView(option.id(), option.label(), htmlId + "-" + option.id(),
							option.id().equals(answers.get(question.id()))));
				}
				String problem = problems.get(question.id());
				QuestionView view = new QuestionView(question.id(), htmlId, question.text(), question.hint(), options,
						problem);
				questions.add(view);
				if (problem != null) {
					errors.add(new ErrorLink(options.get(0).inputId(), question.text(), problem));
				}
			}
			sectionViews.add(new SectionView(section.id(), number, section.title(), section.hint(), questions));
		}
		return new QuestionnairePage(sectionViews, errors);
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** Whether any question already has an answer chosen. */
	public boolean hasAnswers() {
		return this.sections.stream()
			.flatMap((section) -> section.questions().stream())
			.flatMap((question) -> question.options().stream())
			.anyMatch(OptionView::checked);
	}

	public int sectionCount() {
		return this.sections.size();
	}

	/**
	 * Where a student who has answered part of the form is: the first section with a
	 * question still open (the last when every one is answered), as the page's fragment
	 * ({@code #section-people}); none before the first answer. Without JavaScript, the
	 * language switch brings them back there.
	 */
	public String resumeFragment() {
		if (!hasAnswers()) {
			return "";
		}
		SectionView resume = this.sections.stream()
			.filter((section) -> section.questions()
				.stream()
				.anyMatch((question) -> question.options().stream().noneMatch(OptionView::checked)))
			.findFirst()
			.orElse(this.sections.get(this.sections.size() - 1));
		return "#section-" + resume.id();
	}

	/**
	 * One section of the form.
	 *
	 * @param id the section id
	 * @param number its place, from 1
	 * @param title its title
	 * @param hint what it asks about
	 * @param questions its questions
	 */
	public record SectionView(String id, int number, String title, String hint, List<QuestionView> questions) {

	}

	/**
	 * One question of the form.
	 *
	 * @param id the question id, which is also the field name
	 * @param htmlId the id of its group on the page
	 * @param text the question
	 * @param hint a help line
	 * @param options its options
	 * @param error what to do to fix it, or {@code null} when it is fine
	 */
	public record QuestionView(String id, String htmlId, String text, String hint, List<OptionView> options,
			String error) {

		public String legendId() {
			return this.htmlId + "-legend";
		}

		public String hintId() {
			return this.htmlId + "-hint";
		}

		public String errorId() {
			return this.htmlId + "-error";
		}

	}

	/**
	 * One option of a question.
	 *
	 * @param id the option id, which is also the field value
	 * @param label what the learner reads
	 * @param inputId the radio button's id
	 * @param checked whether it is chosen
	 */
	public record OptionView(String id, String label, String inputId, boolean checked) {

	}

	/**
	 * An entry of the error summary.
	 *
	 * @param target the id of the field the link moves to
	 * @param question the question
	 * @param message what to do
	 */
	public record ErrorLink(String target, String question, String message) {

	}

}
