package org.formatfit.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.formatfit.recommendation.words.Explanation;
import org.formatfit.questionnaire.QuestionnaireText.SectionText;
import org.formatfit.recommendation.Format;
import org.formatfit.sharing.SharedRecommendation;

/** The JSON shapes of the API, as the contract in questionnaire.md sets them. */
final class ApiBodies {

	private ApiBodies() {
	}

	record QuestionnaireBody(List<SectionBody> sections) {

		static QuestionnaireBody of(List<SectionText> sections) {
			return new QuestionnaireBody(sections.stream()
				.map((section) -> new SectionBody(section.id(), section.title(), section.hint(),
						section.questions()
							.stream()
							.map((question) -> new QuestionBody(question.id(), question.text(), question.hint(),
									question.options()
										.stream()
										.map((option) -> new OptionBody(option.id(), option.label()))
										.toList()))
							.toList()))
				.toList());
		}

	}

	record SectionBody(String id, String title, String hint, List<QuestionBody> questions) {

	}

	record QuestionBody(String id, String text, String hint, List<OptionBody> options) {

	}

	record OptionBody(String id, String label) {

	}

	record RecommendationBody(Format format, String headline, Map<Format, Integer> scores, String confidence,
			String confidenceText, List<ReasonBody> reasons, List<ChangeBody> changes, List<String> nextSteps,
			String token, String shareUrl, int modelVersion) {

		static RecommendationBody of(SharedRecommendation shared, Explanation explanation, String shareUrl) {
			Map<Format, Integer> scores = new LinkedHashMap<>();
			for (Format format : Format.values()) {
				scores.put(format, shared.recommendation().assessment().score(format));
			}
			return new RecommendationBody(explanation.format(), explanation.headline(), scores,
					shared.recommendation().assessment().confidence().name(), explanation.confidence(),
					explanation.reasons()
						.stream()
						.map((reason) -> new ReasonBody(reason.tradeOff().id(), reason.favours(),
								Math.round(reason.weight() * 100) / 100.0, reason.questionIds(), reason.explanation()))
						.toList(),
					explanation.changes()
						.stream()
						.map((change) -> new ChangeBody(change.questionId(), change.optionId(), change.format(),
								change.sentence()))
						.toList(),
					explanation.nextSteps(), shared.token().text(), shareUrl, shared.recommendation().modelVersion());
		}

	}

	record ReasonBody(String tradeOff, Format favours, double weight, List<String> questions, String explanation) {

	}

	record ChangeBody(String question, String answer, Format format, String explanation) {

	}

}
