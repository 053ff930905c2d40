package org.formatfit.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.formatfit.api.ApiBodies.ProgramBody;
import org.formatfit.api.ApiBodies.QuestionnaireBody;
import org.formatfit.catalog.FittingPrograms;
import org.formatfit.api.ApiBodies.RecommendationBody;
import org.formatfit.questionnaire.QuestionnaireText;
import org.formatfit.recommendation.words.Explainer;
import org.formatfit.questionnaire.Answers;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.SharedRecommendation;
import org.formatfit.errors.ProblemJson;
import org.formatfit.http.ApiPaths;
import org.formatfit.http.PublicUrls;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API, v1. Ids never change; labels and explanations follow the language asked
 * for. The annotations describe each operation and the errors it can answer in the
 * OpenAPI document; {@link ApiDocument} adds what follows from the code.
 */
@RestController
@Tag(name = "v1")
@ApiResponse(responseCode = "406", description = "The request's Accept header names neither JSON nor problem JSON.")
class RecommendationsController {

	/** {@code application/json;charset="UTF-8"}: UTF-8, quoted. */
	private static final String JSON_QUOTED_UTF8 = "application/json;charset=\"UTF-8\"";

	private final Explainer explainer;

	private final QuestionnaireText questionnaire;

	private final PublicUrls publicUrls;

	/** The school's programs that fit a student, when it gave a catalog. */
	private final FittingPrograms programs;

	private final MessageSource messages;

	RecommendationsController(Explainer explainer, QuestionnaireText questionnaire, PublicUrls publicUrls,
			FittingPrograms programs, MessageSource messages) {
		this.explainer = explainer;
		this.questionnaire = questionnaire;
		this.publicUrls = publicUrls;
		this.programs = programs;
		this.messages = messages;
	}

	@Operation(operationId = "getQuestionnaire", summary = "The questionnaire",
			description = "Every section, question and option, with ids and labels in the language of "
					+ "Accept-Language, so that a client can render the form.")
	@ApiResponse(responseCode = "200", description = "The questionnaire.")
	@GetMapping(path = ApiPaths.QUESTIONNAIRE,
			produces = { ProblemJson.JSON_UTF8, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	QuestionnaireBody questionnaire(Locale locale) {
		return QuestionnaireBody.of(this.questionnaire.questionnaire(locale));
	}

	/**
	 * JSON in UTF-8 only: a body declared in any other charset is refused with 415.
	 * Spring matches the declared {@code charset} parameter as written, ignoring case
	 * (none means UTF-8); a quoted value is the same charset (RFC 9110, section 8.3.1),
	 * so it is listed as well.
	 */
	@Operation(operationId = "recommend", summary = "A recommendation for a complete answer set",
			description = "Scores one option for every question; nothing partial is ever scored. "
					+ "The answer includes a share token for the same result later.")
	@ApiResponse(responseCode = "200", description = "The recommendation.")
	@ApiResponse(responseCode = "400",
			description = "A question is missing, or an id names no question or no option of its question "
					+ "(errors names each one), or the body is not JSON of this shape (errors names "
					+ "any field that is not part of it).")
	@ApiResponse(responseCode = "413", description = "The body is larger than any answer set could be.")
	@ApiResponse(responseCode = "415", description = "The body is not JSON in UTF-8.")
	@PostMapping(path = ApiPaths.RECOMMENDATIONS, consumes = { ProblemJson.JSON_UTF8, JSON_QUOTED_UTF8 },
			produces = { ProblemJson.JSON_UTF8, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	RecommendationBody recommend(@Valid @RequestBody RecommendationRequest request, Locale locale) {
		return body(ShareTokens.share(Answers.of(request.answers())), locale);
	}

	@Operation(operationId = "getRecommendation", summary = "The recommendation for a share token",
			description = "The same answer as when the token was made, in the language of Accept-Language.")
	@ApiResponse(responseCode = "200", description = "The recommendation.")
	@ApiResponse(responseCode = "404", description = "No result has this token: it is unknown or corrupt.")
	@GetMapping(path = ApiPaths.RECOMMENDATIONS + "/{token}",
			produces = { ProblemJson.JSON_UTF8, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	RecommendationBody recommendation(@Parameter(description = "A share token, as in a recommendation's token.",
			example = "AQEOVSjXvCkD") @PathVariable ShareToken token, Locale locale) {
		return body(ShareTokens.open(token), locale);
	}

	private RecommendationBody body(SharedRecommendation shared, Locale locale) {
		return RecommendationBody.of(shared, this.explainer.explain(shared.recommendation(), locale),
				this.publicUrls.absolute(ShareTokens.LINK_PATH, shared.token().text()),
				ProgramBody.list(this.programs, shared, this.messages, locale));
	}

}
