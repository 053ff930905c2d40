package org.formatfit.questionnaire.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.formatfit.questionnaire.CompleteAnswers;
import org.formatfit.questionnaire.Question;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;

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

	/**
	 * The answers that are options of their question, as a query that pre-fills the form:
	 * what the page can show as chosen, and nothing else a post may hold.
	 */
	String optionsChosenAsQuery() {
		List<String> pairs = new ArrayList<>();
		this.answers.forEach((questionId, optionId) -> {
			if (Question.byId(questionId).filter((question) -> question.indexOf(optionId) >= 0).isPresent()) {
				pairs.add(UriUtils.encodeQueryParam(questionId, StandardCharsets.UTF_8) + "="
						+ UriUtils.encodeQueryParam(optionId, StandardCharsets.UTF_8));
			}
		});
		return String.join("&", pairs);
	}

}
