package org.formatfit.http;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client sends in a request body, over real HTTP: bodies over the size limit,
 * whether their length is declared or not; JSON of the wrong shape, charset or type; form
 * fields that are no question; a broken multipart body. Each gets a clear answer below
 * 500 (a friendly page, or problem details at the API), and the app goes on serving.
 */
@AppTest
@ReadsTheAppLog
class RequestBodiesTests {

	/**
	 * Bodies sent with a method or a content type that an address does not take are
	 * refused (405, 415) and logged by Spring at WARN. Nothing else may be logged at WARN
	 * or above.
	 */
	@AfterEach
	void logsOnlyTheRefusalsItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	private static final String ONE_MEGABYTE = "a".repeat(1 << 20);

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final String RECOMMENDATIONS = "/api/v1/recommendations";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void refusesAFormOverTheLimitWithAFriendlyPageWhetherItsLengthIsKnownOrNot() throws Exception {
		HttpResponse<String> declared = post("/questionnaire", FORM, "schedule.predictability=" + ONE_MEGABYTE);
		HttpResponse<String> chunked = postChunked("/questionnaire", FORM,
				("schedule.predictability=" + "a".repeat(20_000)).getBytes(StandardCharsets.UTF_8));

		for (HttpResponse<String> response : List.of(declared, chunked)) {
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.body()).contains("That was more than we can take");
		}
		assertThat(Call.get("/").sendTo(this.port).statusCode()).isEqualTo(200);
	}

	@Test
	void refusesAJsonBodyOverTheLimitWithProblemDetailsWhetherItsLengthIsKnownOrNot() throws Exception {
		String json = "{\"answers\":{\"schedule.predictability\":\"" + ONE_MEGABYTE + "\"}}";
		HttpResponse<String> declared = post(RECOMMENDATIONS, "application/json", json);
		HttpResponse<String> chunked = postChunked(RECOMMENDATIONS, "application/json",
				json.getBytes(StandardCharsets.UTF_8));

		for (HttpResponse<String> response : List.of(declared, chunked)) {
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(response.body()).contains("\"type\":\"urn:formatfit:problem:too-large\"")
				.contains("\"title\":\"Request too large\"");
		}
		assertThat(Call.get("/api/v1/questionnaire").sendTo(this.port).statusCode()).isEqualTo(200);
	}

	@Test
	void neverParsesFormBodiesSentWithOtherMethods() throws Exception {
		for (String path : List.of("/", RECOMMENDATIONS)) {
			HttpResponse<String> response = new Call("PUT", path, FORM, "a=%zz").sendTo(this.port);
			assertThat(response.statusCode()).as(path).isEqualTo(405);
		}
	}

	@Test
	void namesUnknownJsonFields() throws Exception {
		HttpResponse<String> response = post(RECOMMENDATIONS, "application/json",
				"{\"answers\":{},\"student\":\"Ana\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"student\"").contains("unknown-field");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "[]", "\"answers\"", "42", "{\"answers\":[]}",
			"{\"answers\":{\"motivation.pace\":[\"own\"]}}", "{\"answers\":{\"motivation.pace\":{\"id\":\"own\"}}}",
			"{\"answers\":{},\"answers\":{}}",
			"{\"answers\":{\"motivation.pace\":\"own\",\"motivation.pace\":\"fast\"}}", "{\"answers\":",
			"{'answers':{}}", "{\"answers\":{}} trailing" })
	void refusesJsonOfTheWrongShape(String body) throws Exception {
		HttpResponse<String> response = post(RECOMMENDATIONS, "application/json", body);

		assertThat(response.statusCode()).as(body).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void refusesDeeplyNestedJson() throws Exception {
		String deep = "{\"answers\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

		assertThat(post(RECOMMENDATIONS, "application/json", deep).statusCode()).isEqualTo(400);
	}

	@Test
	void refusesJsonThatIsNotUtf8() throws Exception {
		byte[] latin1 = "{\"answers\":{\"motivation.pace\":\"\u00e9\u00ff\"}}".getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(RECOMMENDATIONS))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32", "ISO-8859-1", "windows-1252", "US-ASCII",
			"x-unknown", "\"utf-16\"", "\"UTF-16LE\"", "\"UTF-32\"", "\"ISO-8859-1\"", "\"windows-1252\"",
			"\"US-ASCII\"", "\"x-unknown\"", "\"\"", "\"UTF-8", "UTF-8\"", "\"UTF-8\"x", "\"UTF-8;\"", "\"UTF-8 \"",
			"\"\\\"UTF-8\\\"\"", "'UTF-8'" })
	void refusesJsonThatDeclaresACharsetOtherThanUtf8(String charset) throws Exception {
		String json = "{\"answers\":{}}";
		Charset encoding = StandardCharsets.UTF_8;
		try {
			encoding = Charset.forName(charset.replace("\"", ""));
		}
		catch (IllegalArgumentException notACharset) {
			// Sent in UTF-8: the declared name is what is refused.
		}
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(RECOMMENDATIONS))
			.header("Content-Type", "application/json;charset=" + charset)
			.POST(HttpRequest.BodyPublishers.ofByteArray(json.getBytes(encoding)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(charset).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "utf-8", "UTF-8", "Utf-8", "\"UTF-8\"", "\"utf-8\"", "\"Utf-8\"", "\"uTF-8\"" })
	void acceptsJsonThatDeclaresUtf8(String charset) throws Exception {
		String answers = AnswerSets.asMap(ResponseHeadersTests.ANSWERS)
			.entrySet()
			.stream()
			.map((answer) -> "\"" + answer.getKey() + "\":\"" + answer.getValue() + "\"")
			.collect(Collectors.joining(",", "{\"answers\":{", "}}"));
		for (String type : List.of("application/json;charset=", "application/json; charset=",
				"APPLICATION/JSON; CHARSET=")) {
			HttpResponse<String> response = new Call("POST", RECOMMENDATIONS, type + charset, answers)
				.sendTo(this.port);

			assertThat(response.statusCode()).as(type + charset).isEqualTo(200);
			assertThat(response.body()).as(type + charset).contains("\"shareUrl\"");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "application/x-www-form-urlencoded | answers=x", "text/plain | {}" })
	void acceptsOnlyJsonAtTheApi(String type, String body) throws Exception {
		HttpResponse<String> response = post(RECOMMENDATIONS, type, body);

		assertThat(response.statusCode()).as(type).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(type)
			.startsWith("application/problem+json");
		assertThat(response.body()).as(type).contains("\"status\":415");
	}

	@ParameterizedTest
	@ValueSource(strings = { "answers[300]=x", "answers[-1]=x", "class.module.classLoader.URLs[0]=x",
			"schedule.predictability[0]=x", "schedule.predictability=%00", "=x", "&&&", "a=%ZZ" })
	void ignoresFormFieldsThatAreNoQuestion(String body) throws Exception {
		HttpResponse<String> response = post("/questionnaire", FORM, body);

		assertThat(response.statusCode()).as(body).isIn(200, 400);
	}

	@Test
	void treatsABrokenMultipartPostAsAnEmptyForm() throws Exception {
		HttpResponse<String> response = post("/questionnaire", "multipart/form-data; boundary=x", "--x\r\nbroken");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).title()).isEqualTo("There is a problem – FormatFit");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> post(String path, String type, String body) throws Exception {
		return new Call("POST", path, type, body).sendTo(this.port);
	}

	/** A body whose length is not declared: sent in chunks. */
	private HttpResponse<String> postChunked(String path, String type, byte[] body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
