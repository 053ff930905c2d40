package org.formatfit.api;

import org.formatfit.sharing.ShareTokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.recommendation.ScoringModels;
import org.formatfit.web.AppTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP, as a school's server would call it. */
@AppTest
class RecommendationsApiTests {

	static final String TRAVELLER = "shifting rarely main-reason neutral occasional fine several always no-effect own public-only on-the-move own secondary certificate";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	RestTestClient client;

	@LocalServerPort
	int port;

	@Test
	void servesTheQuestionnaireWithIdsAndLabels() {
		JsonNode body = getJson("/api/v1/questionnaire", HttpStatus.OK, MediaType.APPLICATION_JSON);

		assertThat(body.get("sections")).hasSize(5);
		JsonNode first = body.get("sections").get(0).get("questions").get(0);
		assertThat(first.get("id").asString()).isEqualTo("schedule.predictability");
		assertThat(first.get("text").asString()).isEqualTo("How predictable is your week?");
		assertThat(first.get("options")).extracting((option) -> option.get("id").asString())
			.containsExactly("fixed", "mostly", "shifting", "on-call");
		int questions = 0;
		for (JsonNode section : body.get("sections")) {
			questions += section.get("questions").size();
		}
		assertThat(questions).isEqualTo(15);
	}

	@Test
	void recommendsAFormatWithScoresReasonsAndAShareLink() {
		Recommendation expected = ScoringModels.current().recommend(AnswerSets.parse(TRAVELLER));

		JsonNode body = postJson(Map.of("answers", AnswerSets.asMap(TRAVELLER)), HttpStatus.OK,
				MediaType.APPLICATION_JSON);

		assertThat(body.get("format").asString()).isEqualTo("ASYNCHRONOUS");
		assertThat(body.get("scores").get("ASYNCHRONOUS").asInt())
			.isEqualTo(expected.assessment().score(expected.format()));
		assertThat(body.get("scores").propertyNames()).containsExactly("SYNCHRONOUS", "ASYNCHRONOUS", "HYBRID");
		assertThat(body.get("confidence").asString()).isEqualTo(expected.assessment().confidence().name());
		assertThat(body.get("modelVersion").asInt()).isEqualTo(ScoringModels.current().version());
		JsonNode reasons = body.get("reasons");
		assertThat(reasons).hasSize(expected.assessment().reasons().size());
		JsonNode top = reasons.get(0);
		assertThat(top.get("tradeOff").asString()).isEqualTo(expected.assessment().reasons().get(0).tradeOff().id());
		assertThat(top.get("favours").asString()).isEqualTo("ASYNCHRONOUS");
		assertThat(top.get("weight").asDouble()).isBetween(0.0, 1.0);
		assertThat(top.get("questions")).isNotEmpty();
		assertThat(top.get("explanation").asString()).contains("Flexibility is the main reason").endsWith(".");
		String token = body.get("token").asString();
		assertThat(token).hasSize(12);
		assertThat(body.get("shareUrl").asString())
			.isEqualTo("http://localhost:" + this.port + ShareTokens.LINK_PREFIX + token);
		// The school gave no catalog: the answer is as it was before schools could.
		assertThat(body.has("programs")).isFalse();
	}

	/**
	 * "The only possible format" and a tie are told apart from a lead, in a field of
	 * their own; the confidence keeps its meaning.
	 */
	@Test
	void saysWhetherTheFormatIsAheadTiedOrTheOnlyOnePossible() {
		Map<String, String> standings = new LinkedHashMap<>();
		standings.put(TRAVELLER, "ahead");
		standings.put(
				"on-call usually main-reason helpful occasional lonely one usually no-effect fast mostly one-place shared secondary certificate",
				"tied");
		standings.put(
				"on-call no main-reason prefer-without not-needed enjoy several always cramps-me own reliable a-few-places own top skills",
				"only-possible");
		standings.forEach((answers, standing) -> {
			JsonNode recommendation = postJson(Map.of("answers", AnswerSets.asMap(answers)), HttpStatus.OK,
					MediaType.APPLICATION_JSON);
			assertThat(recommendation.get("standing").asString()).as(answers).isEqualTo(standing);
		});
	}

	@Test
	void answersTheSameBodyForTheShareToken() {
		JsonNode posted = postJson(Map.of("answers", AnswerSets.asMap(TRAVELLER)), HttpStatus.OK,
				MediaType.APPLICATION_JSON);

		JsonNode fetched = getJson("/api/v1/recommendations/" + posted.get("token").asString(), HttpStatus.OK,
				MediaType.APPLICATION_JSON);

		assertThat(fetched).isEqualTo(posted);
	}

	@Test
	void namesEveryMissingUnknownAndInvalidAnswerAndScoresNothing() {
		Map<String, String> answers = new LinkedHashMap<>(AnswerSets.asMap(TRAVELLER));
		answers.remove("motivation.pace");
		answers.put("budget.goal", "phd");
		answers.put("mood.today", "sunny");

		JsonNode problem = postJson(Map.of("answers", answers), HttpStatus.BAD_REQUEST,
				MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("errors"))
			.extracting((error) -> error.get("question").asString() + " " + error.get("code").asString())
			.containsExactly("motivation.pace missing", "budget.goal unknown-option", "mood.today unknown-question");
		assertThat(problem.has("token")).isFalse();
	}

	@Test
	void treatsAMissingAnswersObjectAsEveryQuestionMissing() {
		JsonNode problem = postJson(Map.of(), HttpStatus.BAD_REQUEST, MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(problem.get("errors")).hasSize(15)
			.allSatisfy((error) -> assertThat(error.get("code").asString()).isEqualTo("missing"));
	}

	@Test
	void rejectsMalformedJson() {
		for (String body : List.of("{\"answers\": {", "[1,2,3]", "{\"answers\": \"all of them\"}", "")) {
			JsonNode problem = postRaw(body, HttpStatus.BAD_REQUEST);
			assertThat(problem.get("status").asInt()).as(body).isEqualTo(400);
		}
	}

	@Test
	void answersAnUnknownOrCorruptTokenWithNotFound() {
		for (String token : List.of("AAAAAAAAAAAA", "short", "AQEOVSjXvCkE")) {
			JsonNode problem = getJson("/api/v1/recommendations/" + token, HttpStatus.NOT_FOUND,
					MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(problem.get("status").asInt()).isEqualTo(404);
			assertThat(problem.get("detail").asString()).doesNotContain(token);
		}
	}

	private JsonNode getJson(String path, HttpStatus status, MediaType type) {
		return read(this.client.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange(), status, type);
	}

	private JsonNode postJson(Object request, HttpStatus status, MediaType type) {
		return postRaw(JSON.writeValueAsString(request), status, type);
	}

	private JsonNode postRaw(String request, HttpStatus status) {
		return postRaw(request, status, MediaType.APPLICATION_PROBLEM_JSON);
	}

	private JsonNode postRaw(String request, HttpStatus status, MediaType type) {
		return read(this.client.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(request)
			.exchange(), status, type);
	}

	private static JsonNode read(RestTestClient.ResponseSpec response, HttpStatus status, MediaType type) {
		byte[] body = response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(type)
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

}
