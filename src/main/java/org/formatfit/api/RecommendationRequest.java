package org.formatfit.api;

import java.util.Map;

import org.formatfit.questionnaire.CompleteAnswers;

/**
 * The body of {@code POST /api/v1/recommendations}.
 *
 * @param answers question id to option id, for every question
 */
record RecommendationRequest(@CompleteAnswers Map<String, String> answers) {

}
