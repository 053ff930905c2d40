package org.formatfit.http;

import org.formatfit.sharing.ShareTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.formatfit.MessageFiles;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anyone can send FormatFit anything: each answer is clear, below 500, and the app goes
 * on serving.
 */
@AppTest
@ReadsTheAppLog
class HostileInputTests {

	/**
	 * PUT, PATCH, DELETE and wrong content types are refused (405, 415) and logged by
	 * Spring at WARN. Nothing else may be logged at WARN or above.
	 */
	@AfterEach
	void logsOnlyTheRefusalsItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	private static final String ONE_MEGABYTE = "a".repeat(1 << 20);

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void refusesAOneMegabyteFormWithAFriendlyPageAndKeepsServing() throws Exception {
		HttpResponse<String> response = post("/questionnaire", "application/x-www-form-urlencoded",
				"schedule.predictability=" + ONE_MEGABYTE);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("That was more than we can take");
		assertThat(get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesAOneMegabyteJsonBodyWithProblemDetailsWhetherItsLengthIsKnownOrNot() throws Exception {
		String json = "{\"answers\":{\"schedule.predictability\":\"" + ONE_MEGABYTE + "\"}}";
		HttpResponse<String> declared = post("/api/v1/recommendations", "application/json", json);
		HttpResponse<String> chunked = this.http.send(HttpRequest.newBuilder(uri("/api/v1/recommendations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
			.build(), HttpResponse.BodyHandlers.ofString());

		for (HttpResponse<String> response : List.of(declared, chunked)) {
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(response.body()).contains("\"type\":\"urn:formatfit:problem:too-large\"")
				.contains("\"title\":\"Request too large\"");
		}
		assertThat(get("/api/v1/questionnaire").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesAChunkedFormOverTheLimitWith413() throws Exception {
		byte[] form = ("schedule.predictability=" + "a".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/questionnaire"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void neverParsesFormBodiesSentWithOtherMethods() throws Exception {
		for (String path : List.of("/", "/api/v1/recommendations")) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.method("PUT", HttpRequest.BodyPublishers.ofString("a=%zz"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(405);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "//api/v1/nothing-here", "/api;x=1/v1/nothing-here", "/api/v1/recommendations/%2f" })
	void answersOddApiPathsWithProblemDetailsToo(String path) throws Exception {
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).as(path).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
			.startsWith("application/problem+json");
		assertThat(response.body()).as(path).contains("\"status\":" + response.statusCode()).contains("\"detail\":\"");
	}

	@Test
	void answersHeadersAndAddressesOverTheLimitWith400() throws Exception {
		HttpResponse<String> bigHeader = this.http.send(
				HttpRequest.newBuilder(uri("/")).header("X-Padding", "a".repeat(20_000)).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> longUrl = get(ShareTokens.LINK_PREFIX + "a".repeat(20_000));

		assertThat(bigHeader.statusCode()).isEqualTo(400);
		assertThat(longUrl.statusCode()).isEqualTo(400);
		assertThat(get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void namesUnknownJsonFields() throws Exception {
		HttpResponse<String> response = post("/api/v1/recommendations", "application/json",
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
		HttpResponse<String> response = post("/api/v1/recommendations", "application/json", body);

		assertThat(response.statusCode()).as(body).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void refusesDeeplyNestedJson() throws Exception {
		String deep = "{\"answers\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

		assertThat(post("/api/v1/recommendations", "application/json", deep).statusCode()).isEqualTo(400);
	}

	@Test
	void refusesJsonThatIsNotUtf8() throws Exception {
		byte[] latin1 = "{\"answers\":{\"motivation.pace\":\"\u00e9\u00ff\"}}".getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/api/v1/recommendations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void acceptsOnlyJsonAtTheApi() throws Exception {
		assertThat(post("/api/v1/recommendations", "application/x-www-form-urlencoded", "answers=x").statusCode())
			.isEqualTo(415);
		assertThat(post("/api/v1/recommendations", "text/plain", "{}").statusCode()).isEqualTo(415);
	}

	@ParameterizedTest
	@ValueSource(strings = { "answers[300]=x", "answers[-1]=x", "class.module.classLoader.URLs[0]=x",
			"schedule.predictability[0]=x", "schedule.predictability=%00", "=x", "&&&", "a=%ZZ" })
	void ignoresFormFieldsThatAreNoQuestion(String body) throws Exception {
		HttpResponse<String> response = post("/questionnaire", "application/x-www-form-urlencoded", body);

		assertThat(response.statusCode()).as(body).isIn(200, 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "TRACE", "PUT", "DELETE", "PATCH" })
	void refusesMethodsItDoesNotServeWith405AndSaysWhichItDoes(String method) throws Exception {
		for (String path : List.of("/", "/questionnaire", ShareTokens.LINK_PREFIX + "AAAAAAAAAAAA",
				"/api/v1/questionnaire", "/v3/api-docs")) {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).as("%s %s", method, path).isPresent();
			assertThat(response.body()).doesNotContain("TRACE " + path);
		}
	}

	@Test
	void exposesHealthProbesAndNothingElseUnderActuator() throws Exception {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("diskSpace");
		}
		for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
				"/actuator/heapdump", "/actuator/configprops", "/actuator/mappings")) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void answersPathsTomcatRefusesWithTheAppsErrorPageAndItsStylesheet() throws Exception {
		HttpResponse<String> response = get(ShareTokens.LINK_PREFIX + "%2F..%00");
		String stylesheet = Jsoup.parse(get("/").body()).selectFirst("link[rel=stylesheet]").attr("href");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(stylesheet).matches("/assets/css/formatfit-[0-9a-f]+\\.css");
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("We couldn’t understand that request");
		assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo(stylesheet);
		assertThat(response.body()).doesNotContain("<style").doesNotContain("Tomcat");
	}

	@Test
	void answersPathsTomcatRefusesInTheBrowsersLanguage() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(ShareTokens.LINK_PREFIX + "%2F..%00"))
			.header("Accept-Language", "es-ES,es;q=0.9")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<html lang=\"es\">")
			.contains(HtmlUtils.htmlEscape(MessageFiles.load("es").getProperty("error.400.heading"), "UTF-8"));
	}

	/** No unescaped insertion at all: no {@code th:utext}, no inlined {@code [(…)]}. */
	@Test
	void templatesInsertNoUnescapedText() throws IOException {
		List<String> insertions = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : files.filter((file) -> file.toString().endsWith(".html")).toList()) {
				Matcher utext = Pattern.compile("\\S*utext\\S*|\\[\\(").matcher(Files.readString(template));
				while (utext.find()) {
					insertions.add(template.getFileName() + " " + utext.group());
				}
			}
		}
		assertThat(insertions).isEmpty();
	}

	@Test
	void templatesCarryNoInlineScriptOrStyle() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : files.filter((file) -> file.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				assertThat(html).as(template.toString())
					.doesNotContain(" style=")
					.doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
					.doesNotContainPattern("\\son[a-z]+=")
					.doesNotContain("javascript:");
			}
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String type, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
