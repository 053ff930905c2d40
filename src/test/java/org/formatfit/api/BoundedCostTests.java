package org.formatfit.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.web.AppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a bad answer set costs about as much to answer as a good one. However many
 * ids that are no question a body holds, the problem names the first
 * {@value Answers#UNKNOWN_QUESTIONS_NAMED} and counts the rest, so the answer stays small
 * and the work behind it (Bean Validation, the binding result, the words) bounded. What
 * each request costs is measured by {@code bench/CostlyRequestsBenchmark}, not here.
 */
@AppTest
class BoundedCostTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** 15 questions, the named unknown ids, and one line counting the rest. */
	private static final int MOST_ERRORS = Question.count() + Answers.UNKNOWN_QUESTIONS_NAMED + 1;

	private static final int BODY_LIMIT = 16 * 1024;

	@Autowired
	RestTestClient client;

	/**
	 * Bodies just under the 16 KB limit and smaller ones, with ids of many shapes: short,
	 * long, near misses of real question ids, other scripts, characters that mean
	 * something in a property path; alone, or with every question answered wrongly, or
	 * with every question answered well.
	 */
	static Stream<Arguments> manyUnknownIds() {
		Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
		shapes.put("short", (i) -> Integer.toString(i, 36));
		shapes.put("near miss", (i) -> "schedule.predictability" + i);
		shapes.put("long", (i) -> "x".repeat(200) + i);
		shapes.put("other scripts", (i) -> "пита-" + i + "-質問");
		shapes.put("property path", (i) -> "a[" + i + "].b]");
		Map<String, Map<String, String>> questions = new LinkedHashMap<>();
		questions.put("no questions", Map.of());
		Map<String, String> wrong = new LinkedHashMap<>();
		for (Question question : Question.values()) {
			wrong.put(question.id(), "not-an-option");
		}
		questions.put("every answer wrong", wrong);
		questions.put("every answer right", AnswerSets.asMap(RecommendationsApiTests.TRAVELLER));
		List<Arguments> cases = new ArrayList<>();
		for (var shape : shapes.entrySet()) {
			for (var base : questions.entrySet()) {
				for (int wanted : new int[] { Answers.UNKNOWN_QUESTIONS_NAMED + 1, 100, Integer.MAX_VALUE }) {
					cases.add(Arguments.of(shape.getKey() + ", " + base.getKey() + ", " + wanted,
							body(base.getValue(), shape.getValue(), wanted)));
				}
			}
		}
		return cases.stream();
	}

	/** The answers, then unknown ids (empty answers) until there are enough or 16 KB. */
	private static Map<String, String> body(Map<String, String> answers, IntFunction<String> unknownId, int wanted) {
		Map<String, String> body = new LinkedHashMap<>(answers);
		int size = JSON.writeValueAsBytes(Map.of("answers", body)).length;
		for (int i = 0; i < wanted; i++) {
			String id = unknownId.apply(i);
			size += id.getBytes(StandardCharsets.UTF_8).length + 6;
			if (size > BODY_LIMIT - 64) {
				break;
			}
			body.put(id, "");
		}
		return body;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("manyUnknownIds")
	void namesTheFirstUnknownIdsAndCountsTheRest(String name, Map<String, String> answers) {
		List<String> unknown = answers.keySet().stream().filter((id) -> Question.byId(id).isEmpty()).sorted().toList();
		byte[] request = JSON.writeValueAsBytes(Map.of("answers", answers));
		assertThat(request.length).isLessThanOrEqualTo(BODY_LIMIT);

		JsonNode problem = post(request);

		JsonNode errors = problem.get("errors");
		assertThat(errors.size()).isLessThanOrEqualTo(MOST_ERRORS);
		List<String> named = new ArrayList<>();
		int counted = 0;
		for (JsonNode error : errors) {
			String code = error.get("code").asString();
			assertThat(error.get("detail").asString()).isNotBlank();
			if (code.equals("unknown-question")) {
				named.add(error.get("question").asString());
			}
			else if (code.equals("more-unknown-questions")) {
				counted = error.get("count").asInt();
				assertThat(error.has("question")).isFalse();
				assertThat(error.get("detail").asString())
					.startsWith(String.format("%,d more ids that are not our questions", counted));
			}
		}
		assertThat(named).containsExactlyElementsOf(unknown.subList(0, Answers.UNKNOWN_QUESTIONS_NAMED));
		assertThat(counted).isEqualTo(unknown.size() - Answers.UNKNOWN_QUESTIONS_NAMED);
		assertThat(errors.get(errors.size() - 1).get("code").asString()).isEqualTo("more-unknown-questions");
	}

	private JsonNode post(byte[] request) {
		byte[] body = this.client.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(request)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.BAD_REQUEST)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

}
