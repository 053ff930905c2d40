package org.formatfit.api;

import java.util.Locale;

import jakarta.validation.Valid;
import org.formatfit.api.ApiBodies.QuestionnaireBody;
import org.formatfit.api.ApiBodies.RecommendationBody;
import org.formatfit.questionnaire.QuestionnaireText;
import org.formatfit.recommendation.words.Explainer;
import org.formatfit.questionnaire.Answers;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.SharedRecommendation;
import org.formatfit.errors.ProblemJson;
import org.formatfit.http.PublicUrls;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API, v1. Ids never change; labels and explanations follow the language asked
 * for.
 */
@RestController
@RequestMapping("/api/v1")
class RecommendationsController {

	/** {@code application/json;charset="UTF-8"}: UTF-8, quoted. */
	private static final String JSON_QUOTED_UTF8 = "application/json;charset=\"UTF-8\"";

	private final Explainer explainer;

	private final QuestionnaireText questionnaire;

	private final PublicUrls publicUrls;

	RecommendationsController(Explainer explainer, QuestionnaireText questionnaire, PublicUrls publicUrls) {
		this.explainer = explainer;
		this.questionnaire = questionnaire;
		this.publicUrls = publicUrls;
	}

	@GetMapping(path = "/questionnaire", produces = { ProblemJson.JSON_UTF8, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	QuestionnaireBody questionnaire(Locale locale) {
		return QuestionnaireBody.of(this.questionnaire.questionnaire(locale));
	}

	/**
	 * JSON in UTF-8 only: a body declared in any other charset is refused with 415.
	 * Spring matches the declared {@code charset} parameter as written, ignoring case
	 * (none means UTF-8); a quoted value is the same charset (RFC 9110, section 8.3.1),
	 * so it is listed as well.
	 */
	@PostMapping(path = "/recommendations", consumes = { ProblemJson.JSON_UTF8, JSON_QUOTED_UTF8 },
			produces = { ProblemJson.JSON_UTF8, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	RecommendationBody recommend(@Valid @RequestBody RecommendationRequest request, Locale locale) {
		return body(ShareTokens.share(Answers.of(request.answers())), locale);
	}

	@GetMapping(path = "/recommendations/{token}",
			produces = { ProblemJson.JSON_UTF8, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	RecommendationBody recommendation(@PathVariable ShareToken token, Locale locale) {
		return body(ShareTokens.open(token), locale);
	}

	private RecommendationBody body(SharedRecommendation shared, Locale locale) {
		return RecommendationBody.of(shared, this.explainer.explain(shared.recommendation(), locale),
				this.publicUrls.absolute(ShareTokens.LINK_PATH, shared.token().text()));
	}

}
