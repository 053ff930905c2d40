package org.formatfit.recommendation;

import org.formatfit.questionnaire.Question;

/**
 * A single different answer that would change the recommendation.
 *
 * @param question the question to answer differently
 * @param optionId the answer that would change the result
 * @param format the format that would then be recommended
 */
public record Change(Question question, String optionId, Format format) {

}
