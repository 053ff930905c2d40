package org.formatfit.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerProblem;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;
import org.formatfit.recommendation.Confidence;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.TradeOff;
import org.formatfit.web.AppTest;
import org.formatfit.web.FailingPages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's OpenAPI document, at {@code /v3/api-docs} and in {@code docs/openapi.json}:
 * what it promises, where its ids come from, and that real answers keep its promises.
 */
@AppTest
class ApiContractTests {

	static final Path KEPT = Path.of("docs/openapi.json");

	static final Path SERVED = Path.of("target/openapi.json");

	private static final String PROBLEM = "#/components/schemas/Problem";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	RestTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void documentsEveryOperationOfTheApiAndNothingElse() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods()
			.forEach((info, handler) -> info.getPathPatternsCondition()
				.getPatternValues()
				.stream()
				.filter((path) -> path.startsWith("/api/") && !FailingPages.handles(handler))
				.forEach((path) -> info.getMethodsCondition()
					.getMethods()
					.forEach((method) -> mapped.add(method + " " + path))));

		assertThat(operations(document()).keySet()).isEqualTo(mapped)
			.containsExactlyInAnyOrder("GET /api/v1/questionnaire", "POST /api/v1/recommendations",
					"GET /api/v1/recommendations/{token}", "GET /api/v1/groups/{key}");
	}

	@Test
	void answersEachErrorAnOperationCanAnswerWithAProblem() {
		Map<String, JsonNode> operations = operations(document());

		assertThat(statuses(operations.get("GET /api/v1/questionnaire"))).containsExactly("200", "406");
		assertThat(statuses(operations.get("POST /api/v1/recommendations"))).containsExactly("200", "400", "406", "413",
				"415");
		assertThat(statuses(operations.get("GET /api/v1/recommendations/{token}"))).containsExactly("200", "404",
				"406");
		assertThat(statuses(operations.get("GET /api/v1/groups/{key}"))).containsExactly("200", "404", "406", "503");
		operations.forEach((name, operation) -> operation.get("responses").properties().forEach((status) -> {
			JsonNode content = status.getValue().get("content");
			String type = status.getKey().equals("200") ? "application/json;charset=UTF-8"
					: MediaType.APPLICATION_PROBLEM_JSON_VALUE;
			assertThat(content.propertyNames()).as("%s %s", name, status.getKey()).containsExactly(type);
			assertThat(status.getValue().get("description").asString()).as("%s %s", name, status.getKey()).isNotBlank();
			if (!status.getKey().equals("200")) {
				assertThat(content.get(type).get("schema").get("$ref").asString()).isEqualTo(PROBLEM);
			}
		}));
	}

	@Test
	void describesTheProblemWithTheErrorsListTheApiSends() {
		JsonNode schemas = document().get("components").get("schemas");
		JsonNode problem = schemas.get("Problem");

		assertThat(problem.get("properties").propertyNames()).contains("type", "title", "status", "detail", "instance",
				"errors");
		assertThat(problem.get("properties").get("errors").get("items").get("$ref").asString())
			.isEqualTo("#/components/schemas/ProblemError");
		assertThat(schemas.get("ProblemError").get("properties").propertyNames()).contains("question", "field", "code",
				"count", "detail");
		assertThat(strings(schemas.get("ProblemError").get("properties").get("code").get("enum")))
			.containsExactlyElementsOf(Stream
				.concat(Arrays.stream(AnswerProblem.Kind.values()).map(AnswerProblem.Kind::code),
						Stream.of(ProblemType.UNKNOWN_FIELD))
				.toList());
	}

	@Test
	void takesTheIdsFromTheQuestionBankAndTheRecommendation() {
		JsonNode schemas = document().get("components").get("schemas");
		List<String> questionIds = Arrays.stream(Question.values()).map(Question::id).toList();

		JsonNode answers = schemas.get("RecommendationRequest").get("properties").get("answers");
		assertThat(answers.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(questionIds);
		for (Question question : Question.values()) {
			assertThat(strings(answers.get("properties").get(question.id()).get("enum"))).as(question.id())
				.containsExactlyElementsOf(question.optionIds());
		}
		assertThat(strings(answers.get("required"))).containsExactlyInAnyOrderElementsOf(questionIds);
		assertThat(answers.get("additionalProperties").asBoolean(true)).isFalse();
		assertThat(strings(property(schemas, "Question", "id").get("enum"))).containsExactlyElementsOf(questionIds);
		assertThat(strings(property(schemas, "Option", "id").get("enum")))
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Question.values())
				.flatMap((question) -> question.optionIds().stream())
				.distinct()
				.toList());
		assertThat(strings(property(schemas, "Section", "id").get("enum")))
			.containsExactlyElementsOf(Arrays.stream(Section.values()).map(Section::id).toList());
		assertThat(strings(property(schemas, "Reason", "tradeOff").get("enum")))
			.containsExactlyElementsOf(Arrays.stream(TradeOff.values()).map(TradeOff::id).toList());
		assertThat(strings(property(schemas, "Reason", "questions").get("items").get("enum")))
			.containsExactlyElementsOf(questionIds);
		assertThat(strings(property(schemas, "Change", "question").get("enum"))).containsExactlyElementsOf(questionIds);
		assertThat(strings(property(schemas, "Recommendation", "confidence").get("enum")))
			.containsExactlyElementsOf(Arrays.stream(Confidence.values()).map(Confidence::name).toList());
		assertThat(property(schemas, "Recommendation", "scores").get("properties").propertyNames())
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Format.values()).map(Format::name).toList());
	}

	@Test
	void realAnswersAndProblemsKeepToTheDocument() {
		JsonNode document = document();
		Map<String, String> unknowns = new LinkedHashMap<>(AnswerSets.asMap(RecommendationsApiTests.TRAVELLER));
		unknowns.remove("motivation.pace");
		unknowns.put("budget.goal", "phd");
		for (int i = 0; i < 30; i++) {
			unknowns.put("mood." + i, "sunny");
		}
		String complete = JSON
			.writeValueAsString(Map.of("answers", AnswerSets.asMap(RecommendationsApiTests.TRAVELLER)));
		JsonNode recommendation = JSON.readTree(post(complete, MediaType.APPLICATION_JSON_VALUE));
		String token = recommendation.get("token").asString();

		Map<String, byte[]> answers = new TreeMap<>();
		answers.put("GET /api/v1/questionnaire 200", get("/api/v1/questionnaire", MediaType.APPLICATION_JSON));
		answers.put("GET /api/v1/questionnaire 406", get("/api/v1/questionnaire", MediaType.TEXT_HTML));
		answers.put("POST /api/v1/recommendations 200", JSON.writeValueAsBytes(recommendation));
		answers.put("POST /api/v1/recommendations 400",
				post(JSON.writeValueAsString(Map.of("answers", unknowns)), MediaType.APPLICATION_JSON_VALUE));
		answers.put("POST /api/v1/recommendations 400 unknown field",
				post("{\"student\": 1}", MediaType.APPLICATION_JSON_VALUE));
		answers.put("POST /api/v1/recommendations 413",
				post("{\"answers\": {\"" + "x".repeat(20_000) + "\": \"y\"}}", MediaType.APPLICATION_JSON_VALUE));
		answers.put("POST /api/v1/recommendations 415", post(complete, "text/plain"));
		answers.put("GET /api/v1/recommendations/{token} 200",
				get("/api/v1/recommendations/" + token, MediaType.APPLICATION_JSON));
		answers.put("GET /api/v1/recommendations/{token} 404",
				get("/api/v1/recommendations/AAAAAAAAAAAA", MediaType.APPLICATION_JSON));
		String group = groupWithOneResult(token);
		answers.put("GET /api/v1/groups/{key} 200", get("/api/v1" + group, MediaType.APPLICATION_JSON));
		answers.put("GET /api/v1/groups/{key} 404",
				get("/api/v1/groups/AAAAAAAAAAAAAAAAAAAAAA", MediaType.APPLICATION_JSON));

		Map<String, JsonNode> operations = operations(document);
		answers.forEach((name, body) -> {
			String[] parts = name.split(" ");
			JsonNode response = operations.get(parts[0] + " " + parts[1]).get("responses").get(parts[2]);
			assertThat(response).as("%s is documented", name).isNotNull();
			JsonNode schema = response.get("content").properties().iterator().next().getValue().get("schema");
			JsonNode value = JSON.readTree(body);
			assertThat(value.has("status") ? value.get("status").asString() : parts[2]).as(name).isEqualTo(parts[2]);
			assertThat(violations(value, schema, document, "")).as(name + ": " + value).isEmpty();
		});
		assertThat(JSON.readTree(answers.get("POST /api/v1/recommendations 400")).get("errors"))
			.extracting((error) -> error.get("code").asString())
			.contains("missing", "unknown-option", "unknown-question", "more-unknown-questions");
	}

	@Test
	void isKeptInTheRepositoryAsServed() throws IOException {
		String served = new String(documentBytes(), StandardCharsets.UTF_8);
		String kept = Files.exists(KEPT) ? Files.readString(KEPT) : "";

		if (!kept.strip().equals(served.strip())) {
			Files.writeString(SERVED, served + "\n");
		}
		assertThat(kept.strip())
			.as("""
					%s is not the document the app serves at /v3/api-docs: the API contract changed. \
					If that is intended, the app's document is in %s: `cp %s %s`, and commit it with the change.""",
					KEPT, SERVED, SERVED, KEPT)
			.isEqualTo(served.strip());
	}

	@Test
	void servesTheSameDocumentToEveryReaderAndLetsItBeCheckedOnEveryUse() {
		byte[] plain = documentBytes();

		byte[] spanish = this.client.get()
			.uri("/v3/api-docs")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.header("X-Forwarded-Host", "elsewhere.example")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
			.expectBody()
			.returnResult()
			.getResponseBody();

		assertThat(spanish).isEqualTo(plain);
		assertThat(JSON.readTree(plain).get("servers").get(0).get("url").asString()).isEqualTo("/");
	}

	/**
	 * What is wrong with {@code value} against {@code schema}, a schema of the document:
	 * the parts of JSON Schema the document uses ({@code $ref}, {@code type}, a type that
	 * may be null, {@code properties}, {@code required}, {@code items}, {@code enum},
	 * {@code minimum}, {@code maximum}), and, stricter than JSON Schema, any field it
	 * does not describe.
	 */
	static List<String> violations(JsonNode value, JsonNode schema, JsonNode document, String at) {
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
			return violations(value, document.get("components").get("schemas").get(name), document, at);
		}
		List<String> found = new ArrayList<>();
		if (schema.has("enum") && !schema.get("enum").valueStream().anyMatch(value::equals)) {
			found.add(at + ": " + value + " is not in " + schema.get("enum"));
		}
		String type = schema.path("type").isArray() ? "" : schema.path("type").asString();
		if (schema.path("type").isArray()) {
			// A type that may be null: ["string", "null"].
			List<String> types = strings(schema.get("type"));
			if (value.isNull()) {
				return types.contains("null") ? found : List.of(at + ": null");
			}
			type = types.stream().filter((one) -> !one.equals("null")).findFirst().orElse("");
		}
		switch (type) {
			case "object" -> {
				if (!value.isObject()) {
					return List.of(at + ": not an object");
				}
				for (String required : strings(schema.path("required"))) {
					if (!value.has(required)) {
						found.add(at + "." + required + ": missing");
					}
				}
				value.properties().forEach((field) -> {
					JsonNode property = schema.path("properties").get(field.getKey());
					if (property == null) {
						found.add(at + "." + field.getKey() + ": not documented");
					}
					else {
						found.addAll(violations(field.getValue(), property, document, at + "." + field.getKey()));
					}
				});
			}
			case "array" -> {
				if (!value.isArray()) {
					return List.of(at + ": not an array");
				}
				int i = 0;
				for (JsonNode item : value) {
					found.addAll(violations(item, schema.get("items"), document, at + "[" + i++ + "]"));
				}
			}
			case "string" -> {
				if (!value.isString()) {
					found.add(at + ": not a string");
				}
			}
			case "boolean" -> {
				if (!value.isBoolean()) {
					found.add(at + ": not a boolean");
				}
			}
			case "integer", "number" -> {
				if (!(type.equals("integer") ? value.isIntegralNumber() : value.isNumber())) {
					found.add(at + ": not a " + type);
				}
				else if ((schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble())
						|| (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble())) {
					found.add(at + ": " + value + " out of range");
				}
			}
			default -> found.add(at + ": no type in the schema");
		}
		return found;
	}

	@Test
	void theSchemaCheckFindsWhatIsWrong() {
		JsonNode document = document();
		JsonNode problem = JSON.readTree("{\"$ref\": \"" + PROBLEM + "\"}");

		assertThat(violations(JSON.readTree("{\"title\": \"x\", \"status\": 400, \"detail\": \"y\"}"), problem,
				document, ""))
			.isEmpty();
		assertThat(violations(JSON.readTree(
				"{\"title\": \"x\", \"status\": \"400\", \"extra\": 1, \"errors\": [{\"code\": \"nope\", \"detail\": \"d\"}]}"),
				problem, document, ""))
			.containsExactlyInAnyOrder(".detail: missing", ".status: not a integer", ".extra: not documented",
					".errors[0].code: \"nope\" is not in " + document.get("components")
						.get("schemas")
						.get("ProblemError")
						.get("properties")
						.get("code")
						.get("enum"));
	}

	private JsonNode document() {
		return JSON.readTree(documentBytes());
	}

	private byte[] documentBytes() {
		return this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

	/** A new group, with one result shared through its page's join code: its path. */
	private String groupWithOneResult(String token) {
		String group = this.client.post()
			.uri("/groups")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("label=Contract")
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.getPath();
		String page = new String(get(group, MediaType.TEXT_HTML), StandardCharsets.UTF_8);
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("/join/([2-9a-z]{8})\"").matcher(page);
		assertThat(code.find()).isTrue();
		this.client.post()
			.uri("/r/" + token + "/share")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("group=" + code.group(1))
			.exchange()
			.expectStatus()
			.isSeeOther();
		return group;
	}

	private byte[] get(String path, MediaType accept) {
		return this.client.get().uri(path).accept(accept).exchange().expectBody().returnResult().getResponseBody();
	}

	private byte[] post(String body, String contentType) {
		return this.client.post()
			.uri("/api/v1/recommendations")
			.header(HttpHeaders.CONTENT_TYPE, contentType)
			.accept(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

	/**
	 * The document's operations by method and path, e.g.
	 * {@code GET /api/v1/questionnaire}.
	 */
	private static Map<String, JsonNode> operations(JsonNode document) {
		Map<String, JsonNode> operations = new TreeMap<>();
		document.get("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((operation) -> operations.put(operation.getKey().toUpperCase() + " " + path.getKey(),
						operation.getValue())));
		return operations;
	}

	private static List<String> statuses(JsonNode operation) {
		return new ArrayList<>(operation.get("responses").propertyNames());
	}

	private static JsonNode property(JsonNode schemas, String schema, String property) {
		return schemas.get(schema).get("properties").get(property);
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach((item) -> strings.add(item.asString()));
		return strings;
	}

}
