package org.formatfit.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.formatfit.http.BehindAProxy;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a catalog (Northfield College's sample, set in {@link BehindAProxy}), a
 * recommendation from the API holds the school's programs that fit, in the order and with
 * the notes of the result page. Without one, the answer has no {@code programs} at all
 * ({@code RecommendationsApiTests}).
 */
@BehindAProxy
class ProgramsApiTests {

	/**
	 * A golden link of the current model: asynchronous, hybrid the runner-up, nothing
	 * ruled out; can be online at set times every week.
	 */
	private static final String TOKEN = "AQMAAAAAPgjW";

	/** Hybrid fits best, self-paced next; online at set times only rarely. */
	private static final String RARELY_ONLINE_AT_SET_TIMES = "mostly rarely important helpful helpful lonely none usually helps steady reliable one-place shared important degree";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	RestTestClient client;

	@Test
	void listsTheProgramsInTheRecommendedFormatThenTheRunnerUpThenFormatNotStated() {
		JsonNode programs = recommendation(TOKEN, "en").get("programs");

		// All thirteen self-paced courses and eleven whose format is not stated: the page
		// shows ten of each, the API every one.
		assertThat(programs).hasSize(25)
			.extracting((program) -> program.get("name").asString())
			.startsWith("Business Writing", "Spanish for Health Professionals")
			.containsSequence("Introduction to Sociology", "Project Management Essentials",
					"Associate of Applied Science in Accounting")
			.endsWith("Small Business Accounting");
		List<String> fits = new ArrayList<>(Collections.nCopies(13, "recommended"));
		fits.add("runner-up");
		fits.addAll(Collections.nCopies(11, "format-not-stated"));
		assertThat(programs).extracting((program) -> program.get("fit").asString()).containsExactlyElementsOf(fits);
		assertThat(programs)
			.extracting((program) -> program.get("format").isNull() ? null : program.get("format").asString())
			.containsSequence("ASYNCHRONOUS", "HYBRID", null);
		assertThat(programs).filteredOn((program) -> program.get("format").isNull()).hasSize(11);
		assertThat(programs.get(0).get("url").asString())
			.isEqualTo("https://www.northfield.example/online/courses/business-writing");
		// This student can be online at set times: nothing is marked for them.
		assertThat(programs).extracting((program) -> program.get("setTimesWarning").asBoolean()).containsOnly(false);
		assertThat(programs.get(13).get("timeZone").asString()).isEqualTo("America/Chicago");
		assertThat(programs.valueStream().skip(14).map((program) -> program.get("note").asString())).hasSize(11)
			.allSatisfy((note) -> assertThat(note).startsWith("The school does not say how these run."));
		assertThat(programs.get(0).get("note").isNull()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | Live sessions at set times (America/Chicago time) | Live sessions at set times (America/Denver time)
					es | Sesiones en vivo a horas fijas (hora de America/Chicago) | Sesiones en vivo a horas fijas (hora de America/Denver)
					""")
	void warnsAStudentWhoCanRarelyBeOnlineAtSetTimesInTheirLanguage(String language, String note,
			String notStatedNote) {
		String token = ShareTokens.tokenFor(AnswerSets.parse(RARELY_ONLINE_AT_SET_TIMES));

		JsonNode programs = recommendation(token, language).get("programs");

		JsonNode hybrid = programs.get(0);
		assertThat(hybrid.get("name").asString()).isEqualTo("Project Management Essentials");
		assertThat(hybrid.get("fit").asString()).isEqualTo("recommended");
		assertThat(hybrid.get("setTimesWarning").asBoolean()).isTrue();
		assertThat(hybrid.get("note").asString()).isEqualTo(note);
		// A program whose format is not stated but whose live sessions fall at set times:
		// the warning, as on the page, rather than what to ask.
		List<JsonNode> warned = new ArrayList<>();
		programs.forEach((program) -> {
			if (program.get("setTimesWarning").asBoolean()) {
				warned.add(program);
			}
		});
		assertThat(warned).extracting((program) -> program.get("name").asString())
			.containsExactly("Project Management Essentials", "Public Speaking");
		assertThat(warned.get(1).get("fit").asString()).isEqualTo("format-not-stated");
		assertThat(warned.get(1).get("note").asString()).isEqualTo(notStatedNote);
	}

	@Test
	void aNewRecommendationListsTheSameProgramsAsItsToken() {
		JsonNode posted = ok(this.client.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsString(Map.of("answers", AnswerSets.asMap(RARELY_ONLINE_AT_SET_TIMES)))));

		assertThat(posted.get("programs")).isNotEmpty()
			.isEqualTo(recommendation(posted.get("token").asString(), "en").get("programs"));
	}

	@Test
	void keepsToTheApiDocument() {
		JsonNode document = ok(this.client.get().uri("/v3/api-docs"));
		JsonNode schema = JSON.readTree("{\"$ref\": \"#/components/schemas/Recommendation\"}");

		for (String token : List.of(TOKEN, ShareTokens.tokenFor(AnswerSets.parse(RARELY_ONLINE_AT_SET_TIMES)))) {
			JsonNode recommendation = recommendation(token, "es");
			assertThat(recommendation.get("programs")).isNotEmpty();
			assertThat(ApiContractTests.violations(recommendation, schema, document, "")).as(token).isEmpty();
		}
	}

	private JsonNode recommendation(String token, String language) {
		return ok(this.client.get()
			.uri("/api/v1/recommendations/" + token)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.accept(MediaType.APPLICATION_JSON));
	}

	/** The JSON of an answer that must be a 200. */
	private static JsonNode ok(RestTestClient.RequestHeadersSpec<?> request) {
		return JSON.readTree(request.exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
	}

}
