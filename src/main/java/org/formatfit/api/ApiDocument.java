package org.formatfit.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.formatfit.api.ApiBodies.ChangeBody;
import org.formatfit.api.ApiBodies.OptionBody;
import org.formatfit.api.ApiBodies.ProblemBody;
import org.formatfit.api.ApiBodies.ProblemError;
import org.formatfit.api.ApiBodies.ProgramBody;
import org.formatfit.api.ApiBodies.QuestionBody;
import org.formatfit.api.ApiBodies.QuestionnaireBody;
import org.formatfit.api.ApiBodies.ReasonBody;
import org.formatfit.api.ApiBodies.RecommendationBody;
import org.formatfit.api.ApiBodies.SectionBody;
import org.formatfit.errors.ProblemJson;
import org.formatfit.http.ApiPaths;
import org.formatfit.http.PublicAddresses;
import org.formatfit.questionnaire.AnswerProblem;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;
import org.formatfit.recommendation.Confidence;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.TradeOff;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The API's OpenAPI document, which springdoc serves at {@code /v3/api-docs} and
 * {@code docs/openapi.json} keeps in the repository. springdoc reads the operations, the
 * bodies and the documented statuses from the controller; this adds what follows from the
 * code: the ids a client may send or receive, from the question bank and the
 * recommendation's enums, and the problem details of every error answer.
 */
@Configuration(proxyBeanMethods = false)
// swagger-models' schemas are generic in the type of their enum values.
@SuppressWarnings({ "rawtypes", "unchecked" })
@OpenAPIDefinition(
		info = @Info(title = "FormatFit API", version = "1",
				description = "Which online course format fits a prospective student, and why. Ids never change "
						+ "once released; labels and explanations follow Accept-Language (English or Spanish). "
						+ "Every error is an RFC 9457 problem (application/problem+json); a method a path does not "
						+ "take answers 405 with an Allow header."),
		// Relative to where the document is served: never a Host a request made up.
		servers = @Server(url = "/"))
class ApiDocument {

	/**
	 * The bodies the API answers with: every property is always there, but a
	 * recommendation's programs, only when the school gave a catalog.
	 */
	private static final List<Class<?>> ANSWERS = List.of(QuestionnaireBody.class, SectionBody.class,
			QuestionBody.class, OptionBody.class, RecommendationBody.class, ReasonBody.class, ChangeBody.class,
			ProgramBody.class);

	/**
	 * The question bank and the API's document hold nothing of a reader's: anyone may
	 * keep them. Results and groups stay private, as every address is by default.
	 */
	@Bean
	static PublicAddresses apiReference(@Value("${springdoc.api-docs.path:/v3/api-docs}") String documentPath) {
		return PublicAddresses.of(ApiPaths.QUESTIONNAIRE, documentPath, documentPath + ".yaml");
	}

	@Bean
	OpenApiCustomizer contractFromTheCode() {
		return ApiDocument::addTheContractFromTheCode;
	}

	static void addTheContractFromTheCode(OpenAPI document) {
		Map<String, Schema> schemas = document.getComponents().getSchemas();
		schemas.putAll(ModelConverters.getInstance(true).readAll(ProblemBody.class));
		List<String> questionIds = Arrays.stream(Question.values()).map(Question::id).toList();
		List<String> optionIds = Arrays.stream(Question.values())
			.flatMap((question) -> question.optionIds().stream())
			.distinct()
			.toList();

		Schema answers = property(schemas, RecommendationRequest.class, "answers");
		answers.setAdditionalProperties(false);
		answers.setProperties(new LinkedHashMap<>());
		for (Question question : Question.values()) {
			answers.addProperty(question.id(), strings(question.optionIds()));
		}
		answers.setRequired(questionIds);
		schema(schemas, RecommendationRequest.class).setRequired(List.of("answers"));

		property(schemas, SectionBody.class, "id")
			.setEnum(new ArrayList<>(Arrays.stream(Section.values()).map(Section::id).toList()));
		property(schemas, QuestionBody.class, "id").setEnum(new ArrayList<>(questionIds));
		property(schemas, OptionBody.class, "id").setEnum(new ArrayList<>(optionIds));
		property(schemas, ReasonBody.class, "tradeOff")
			.setEnum(new ArrayList<>(Arrays.stream(TradeOff.values()).map(TradeOff::id).toList()));
		property(schemas, ReasonBody.class, "questions").setItems(strings(questionIds));
		property(schemas, ChangeBody.class, "question").setEnum(new ArrayList<>(questionIds));
		property(schemas, ChangeBody.class, "answer").setEnum(new ArrayList<>(optionIds));
		property(schemas, RecommendationBody.class, "confidence")
			.setEnum(new ArrayList<>(Arrays.stream(Confidence.values()).map(Confidence::name).toList()));
		Schema scores = property(schemas, RecommendationBody.class, "scores");
		scores.setAdditionalProperties(false);
		scores.setProperties(new LinkedHashMap<>());
		for (Format format : Format.values()) {
			scores.addProperty(format.name(),
					new JsonSchema().types(Set.of("integer"))
						.minimum(BigDecimal.ZERO)
						.maximum(BigDecimal.valueOf(100)));
		}
		scores.setRequired(Arrays.stream(Format.values()).map(Format::name).toList());
		for (Class<?> body : ANSWERS) {
			schema(schemas, body).setRequired(new ArrayList<>(schema(schemas, body).getProperties().keySet()));
		}
		schema(schemas, RecommendationBody.class).getRequired().remove("programs");
		// JSON Schema checks an enum before the type: a format that may be null lists it.
		property(schemas, ProgramBody.class, "format").getEnum().add(null);

		property(schemas, ProblemError.class, "code").setEnum(
				new ArrayList<>(Stream
					.concat(Arrays.stream(AnswerProblem.Kind.values()).map(AnswerProblem.Kind::code),
							Stream.of(ProblemType.UNKNOWN_FIELD))
					.toList()));
		schema(schemas, ProblemError.class).setRequired(List.of("code", "detail"));
		schema(schemas, ProblemBody.class).setRequired(List.of("title", "status", "detail"));

		document.getPaths()
			.values()
			.forEach((path) -> path.readOperations().forEach((operation) -> answerErrorsWithProblems(operation)));
	}

	/**
	 * Success is JSON and errors are problem details: the controller produces both types
	 * for every status, so that an error can be negotiated, and springdoc would otherwise
	 * list both everywhere. Requests are JSON, in UTF-8 (no charset means UTF-8).
	 */
	private static void answerErrorsWithProblems(Operation operation) {
		RequestBody request = operation.getRequestBody();
		if (request != null) {
			MediaType json = request.getContent().values().iterator().next();
			request.setContent(
					new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json));
		}
		Content problem = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema().$ref(schemaName(ProblemBody.class))));
		for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
			if (response.getKey().startsWith("2")) {
				Content content = response.getValue().getContent();
				content.keySet().removeIf((type) -> !type.equals(ProblemJson.JSON_UTF8));
			}
			else {
				response.getValue().setContent(problem);
			}
		}
	}

	/**
	 * springdoc answers with plain {@code application/json}: like every text FormatFit
	 * sends, the document names its charset. It may be kept but is checked again on every
	 * use, so that no client works from an outdated contract after a release; it is small
	 * and rarely fetched.
	 */
	@ControllerAdvice(assignableTypes = OpenApiWebMvcResource.class)
	static class DocumentHeaders implements ResponseBodyAdvice<Object> {

		@Override
		public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
			return true;
		}

		@Override
		public Object beforeBodyWrite(Object body, MethodParameter returnType,
				org.springframework.http.MediaType selectedContentType,
				Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
				ServerHttpResponse response) {
			response.getHeaders()
				.setContentType(new org.springframework.http.MediaType(selectedContentType, StandardCharsets.UTF_8));
			response.getHeaders().setCacheControl(CacheControl.noCache());
			return body;
		}

	}

	private static Schema strings(List<String> values) {
		return new JsonSchema().types(Set.of("string"))._enum(new ArrayList<>(values));
	}

	private static Schema property(Map<String, Schema> schemas, Class<?> body, String name) {
		Schema property = (Schema) schema(schemas, body).getProperties().get(name);
		if (property == null) {
			throw new IllegalStateException("No property " + name + " in the schema of " + body.getSimpleName());
		}
		return property;
	}

	private static Schema schema(Map<String, Schema> schemas, Class<?> body) {
		Schema schema = schemas.get(schemaName(body));
		if (schema == null) {
			throw new IllegalStateException("No schema for " + body.getSimpleName());
		}
		return schema;
	}

	/**
	 * The name springdoc gives a body's schema: its {@code @Schema} name, or else its
	 * class's name.
	 */
	private static String schemaName(Class<?> body) {
		io.swagger.v3.oas.annotations.media.Schema schema = body
			.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		return (schema != null && !schema.name().isEmpty()) ? schema.name() : body.getSimpleName();
	}

}
