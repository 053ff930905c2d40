package org.formatfit.api;

import java.util.Map;
import java.util.Properties;

import org.formatfit.MessageFiles;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.web.AppTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API in Spanish: ids never change, labels and explanations do. */
@AppTest
class SpanishApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Properties SPANISH = MessageFiles.load("es");

	@Autowired
	RestTestClient client;

	@Test
	void theQuestionnaireKeepsItsIdsAndTakesSpanishLabels() {
		JsonNode english = get("/api/v1/questionnaire", "en");
		JsonNode spanish = get("/api/v1/questionnaire", "es-419,es;q=0.9");

		assertThat(ids(spanish)).isEqualTo(ids(english));
		JsonNode first = spanish.get("sections").get(0).get("questions").get(0);
		assertThat(first.get("text").asString()).isEqualTo(SPANISH.getProperty("question.schedule.predictability"))
			.isNotEqualTo(english.get("sections").get(0).get("questions").get(0).get("text").asString());
		assertThat(first.get("options").get(0).get("label").asString())
			.isEqualTo(SPANISH.getProperty("question.schedule.predictability.option.fixed"));
	}

	@Test
	void recommendationsExplainInSpanishWithTheSameIdsAndScores() {
		String body = JSON.writeValueAsString(Map.of("answers", AnswerSets.asMap(RecommendationsApiTests.TRAVELLER)));
		JsonNode english = post(body, "en", HttpStatus.OK);
		JsonNode spanish = post(body, "es", HttpStatus.OK);

		assertThat(spanish.get("format")).isEqualTo(english.get("format"));
		assertThat(spanish.get("scores")).isEqualTo(english.get("scores"));
		assertThat(spanish.get("token")).isEqualTo(english.get("token"));
		assertThat(spanish.get("reasons")).extracting((reason) -> reason.get("tradeOff").asString())
			.isEqualTo(
					english.get("reasons").valueStream().map((reason) -> reason.get("tradeOff").asString()).toList());
		assertThat(spanish.get("headline").asString()).isNotEqualTo(english.get("headline").asString())
			.startsWith("Un curso");
	}

	@Test
	void problemsAreExplainedInSpanish() {
		JsonNode problem = post("{\"answers\":{\"schedule.predictability\":\"sometimes\"}}", "es",
				HttpStatus.BAD_REQUEST);

		assertThat(problem.get("title").asString()).isEqualTo(SPANISH.getProperty("api.problem.invalid-answers.title"));
		assertThat(problem.get("errors").get(0).get("question").asString()).isEqualTo("schedule.predictability");
		assertThat(problem.get("errors").get(0).get("detail").asString())
			.isEqualTo(SPANISH.getProperty("problem.unknown-option"));
	}

	private static java.util.List<String> ids(JsonNode questionnaire) {
		return questionnaire.get("sections")
			.valueStream()
			.flatMap((section) -> section.get("questions").valueStream())
			.flatMap((question) -> question.get("options")
				.valueStream()
				.map((option) -> question.get("id").asString() + "=" + option.get("id").asString()))
			.toList();
	}

	private JsonNode get(String path, String language) {
		return JSON.readTree(this.client.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
	}

	private JsonNode post(String body, String language, HttpStatus status) {
		return JSON.readTree(this.client.post()
			.uri("/api/v1/recommendations")
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.returnResult()
			.getResponseBody());
	}

}
