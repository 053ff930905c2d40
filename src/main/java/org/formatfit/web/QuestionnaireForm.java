package org.formatfit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.formatfit.questionnaire.CompleteAnswers;
import org.formatfit.questionnaire.Question;

import org.springframework.util.MultiValueMap;

/**
 * What the questionnaire form posted: question id to option id, one field per question.
 * Fields that are no question (a school's tracking parameter, a stray field) are left out
 * rather than rejected, so that a link or a post from elsewhere still works.
 *
 * @param answers question id to option id, for the questions answered
 */
record QuestionnaireForm(@CompleteAnswers Map<String, String> answers) {

	static QuestionnaireForm from(MultiValueMap<String, String> fields) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question question : Question.values()) {
			String value = fields.getFirst(question.id());
			if (value != null && !value.isBlank()) {
				answers.put(question.id(), value);
			}
		}
		return new QuestionnaireForm(answers);
	}

}
