package org.formatfit.http;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests a real browser or a probe may send that the app did not plan for: long or
 * broken Accept-Language headers, crafted paths, odd charsets, odd request lines. Each
 * gets a clear answer below 500 with every security and privacy header, and links that
 * stay on the site.
 */
@AppTest
@ReadsTheAppLog
class OddRequestsTests {

	/**
	 * Odd charsets and content types are refused (415) and logged by Spring at WARN.
	 * Nothing else may be logged at WARN or above.
	 */
	@AfterEach
	void logsOnlyTheRefusedContentTypesItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	static final String TOKEN = SecurityHeadersTests.TOKEN;

	static final String ANSWERS = SecurityHeadersTests.ANSWERS;

	@LocalServerPort
	int port;

	/** Accept-Language values of many lengths and shapes. */
	static Stream<String> acceptLanguages() {
		List<String> values = new ArrayList<>();
		values.add("de-DE,de;q=0.9,fr-FR,fr;q=0.8,it;q=0.7,pt;q=0.6,nl;q=0.5,pl;q=0.4,sv;q=0.3,da;q=0.2,en;q=0.1");
		for (int count : new int[] { 11, 12, 50, 300 }) {
			values.add(IntStream.range(0, count)
				.mapToObj((i) -> (i % 2 == 0 ? "es" : "fr-FR") + ";q=0." + (i % 10))
				.collect(Collectors.joining(",")));
		}
		String eightKb = "x-junk-" + "a".repeat(8) + ";q=0.5,";
		values.add(eightKb.repeat(7000 / eightKb.length()));
		values.add("es;q=5,en;q=-1,fr;q=abc,;;;,=,*;q=,de;q=0.1.2");
		values.add("*,*,*,*,*,*,*,*,*,*,*,*,*");
		values.add("\u00e9\u00e8;q=0.9,es");
		values.add(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,");
		values.add("en-US-x-" + "a".repeat(300) + ",es");
		values.add("q=1;es;en");
		return values.stream();
	}

	static Stream<String> pages() {
		return Stream.of("/", ShareTokens.LINK_PREFIX + TOKEN, "/api/v1/questionnaire", "/v3/api-docs",
				"/assets/css/formatfit.css", "/actuator/health", "/nope",
				ShareTokens.LINK_PREFIX + TOKEN + "/nothing-here", ShareTokens.LINK_PREFIX + "%2F..%00");
	}

	@ParameterizedTest
	@MethodSource("acceptLanguages")
	void answersAnyAcceptLanguageBelow500InALanguageWeHave(String acceptLanguage, CapturedOutput output)
			throws Exception {
		for (String path : pages().toList()) {
			HttpResponse<String> response = Call.get(path).sendTo(this.port, "Accept-Language", acceptLanguage);
			assertThat(response.statusCode()).as(path).isLessThan(500);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
			response.headers()
				.firstValue("Content-Language")
				.ifPresent((language) -> assertThat(language).as(path).isIn("en", "es"));
		}
		assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("Exception");
	}

	@Test
	void answersInTheFirstOfOurLanguagesWhateverComesBefore() throws Exception {
		String many = "de-DE,de;q=0.9,fr-FR,fr;q=0.8,it;q=0.7,pt;q=0.6,nl;q=0.5,pl;q=0.4,sv;q=0.3,da;q=0.2,es;q=0.1";

		HttpResponse<String> response = Call.get("/").sendTo(this.port, "Accept-Language", many);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang")).isEqualTo("es");
	}

	/** Results stay private however the request ends: refused by Tomcat, 404, or 500. */
	@ParameterizedTest
	@ValueSource(strings = { ShareTokens.LINK_PREFIX + "%s", ShareTokens.LINK_PREFIX + "%s/nothing-here",
			ShareTokens.LINK_PREFIX + "%s/advisor", ShareTokens.LINK_PREFIX + "%%2F..%%00%s",
			ShareTokens.LINK_PREFIX + "%s%%5c", ShareTokens.LINK_PREFIX + ";x=%s",
			ShareTokens.LINK_PREFIX + "%s/..%%3b" })
	void keepsResultsPrivateWhateverTheStatus(String template) throws Exception {
		String path = template.formatted(TOKEN);
		for (String acceptLanguage : acceptLanguages().toList()) {
			HttpResponse<String> response = Call.get(path).sendTo(this.port, "Accept-Language", acceptLanguage);
			assertThat(response.statusCode()).as(path).isLessThan(500);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue(PrivacyHeaders.NOT_STORED);
			assertThat(response.headers().firstValue(PrivacyHeaders.ROBOTS_TAG).orElse("")).as(path)
				.contains("noindex");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		}
	}

	/**
	 * Error pages are never cached nor indexed wherever they are: rendered through the
	 * error controller (404), or in the request itself (a parameter Tomcat cannot read).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page", "/method?lang=%ZZ", "/?x=%ZZ", "/privacy/%ZZ" })
	void keepsErrorPagesPrivateWhateverTheAddress(String path) throws Exception {
		// Sent raw: Java's HTTP client refuses a broken escape before sending it.
		String response = RawHttp.send(this.port,
				"GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
		assertThat(head).as(path).startsWith("http/1.1 4");
		assertThat(head).as(path)
			.contains("\r\ncache-control: " + PrivacyHeaders.NOT_STORED + "\r\n")
			.contains("\r\n" + PrivacyHeaders.ROBOTS_TAG.toLowerCase(Locale.ROOT) + ": " + PrivacyHeaders.NOT_INDEXED);
	}

	static Stream<String> craftedPaths() {
		return Stream.of("//evil.example/login", "///evil.example/login", "/\\evil.example/login",
				"/%2F%2Fevil.example/login", "/%2f/evil.example", "/.//evil.example/login", "/./evil.example/..//x",
				"/%5C%5Cevil.example/login", "/%5c/evil.example", "/\\/evil.example", "/%09/evil.example",
				"/;//evil.example", "/nope/..//evil.example", "/%2e//evil.example", "//evil.example/%2e%2e/x",
				ShareTokens.LINK_PREFIX + "x/..//evil.example");
	}

	@ParameterizedTest
	@MethodSource("craftedPaths")
	void linksOnlyWithinTheSiteWhateverThePath(String path) throws Exception {
		for (String acceptLanguage : new String[] { "en", "es" }) {
			String response = RawHttp.send(this.port,
					"GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + acceptLanguage
							+ "\r\nConnection: close\r\n\r\n");
			assertThat(response).as(path).doesNotStartWith("HTTP/1.1 5");
			String body = response.substring(Math.max(0, response.indexOf("\r\n\r\n")));
			Document page = Jsoup.parse(body);
			for (Element link : page.select("a[href], link[href], form[action]")) {
				String href = link.hasAttr("href") ? link.attr("href") : link.attr("action");
				if (href.startsWith("#")) {
					continue;
				}
				assertThat(href).as(path)
					.startsWith("/")
					.doesNotStartWith("//")
					.doesNotStartWith("/\\")
					.doesNotContain("\\");
				assertThat(java.net.URI.create("http://localhost/").resolve(href).getHost()).as(path)
					.isEqualTo("localhost");
			}
		}
	}

	@Test
	void answersARequestForTheErrorPathItselfWithTheFriendlyNotFoundPage() throws Exception {
		for (String path : List.of("/error", "/error/", "/error?x=1", "/api/v1/../../error")) {
			HttpResponse<String> response = Call.get(path).sendTo(this.port);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		}
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
		HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(uri("/api/v1/recommendations")))
				.header("Content-Type", "application/json;charset=" + charset)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(json.getBytes(encoding)))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(charset).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "utf-8", "UTF-8", "Utf-8", "\"UTF-8\"", "\"utf-8\"", "\"Utf-8\"", "\"uTF-8\"" })
	void acceptsJsonThatDeclaresUtf8(String charset) throws Exception {
		String answers = AnswerSets.asMap(ANSWERS)
			.entrySet()
			.stream()
			.map((answer) -> "\"" + answer.getKey() + "\":\"" + answer.getValue() + "\"")
			.collect(Collectors.joining(",", "{\"answers\":{", "}}"));
		for (String type : List.of("application/json;charset=", "application/json; charset=",
				"APPLICATION/JSON; CHARSET=")) {
			HttpResponse<String> response = new Call("POST", "/api/v1/recommendations", type + charset, answers)
				.sendTo(this.port);

			assertThat(response.statusCode()).as(type + charset).isEqualTo(200);
			assertThat(response.body()).as(type + charset).contains("\"shareUrl\"");
		}
	}

	/**
	 * {@code OPTIONS *} asks what the server takes, not for a page: Tomcat answers it
	 * itself, before the app, with no content to protect.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "OPTIONS * HTTP/1.1", "OPTIONS * HTTP/1.0" })
	void answersOptionsForTheWholeServerWithNoContent(String requestLine) throws Exception {
		String response = RawHttp.send(this.port, requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(response).as(requestLine).startsWith("HTTP/1.1 200 ").endsWith("\r\n\r\n");
		assertThat(response.toLowerCase(Locale.ROOT)).as(requestLine)
			.contains("\r\ncontent-length: 0\r\n")
			.doesNotContain("content-type");
	}

	/**
	 * Refused by Tomcat, before the app: its answer is the app's page, headers and all.
	 */
	@Test
	void givesTomcatsOwnRefusalsTheSecurityHeaders() throws Exception {
		String response = RawHttp.send(this.port, "GET * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
		assertThat(head).contains("Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY)
			.contains("X-Content-Type-Options: " + SecurityHeaders.NO_SNIFF)
			.contains("Referrer-Policy: " + SecurityHeaders.NO_REFERRER);
	}

	/**
	 * FormatFit allows no other site's scripts to call it: a CORS preflight is told
	 * nothing it could act on, and the methods it hears of are the ones the address
	 * takes.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/recommendations", "/api/v1/questionnaire", "/", "/questionnaire",
			"/groups/AAAAAAAAAAAAAAAAAAAAAA/join" })
	void answersACorsPreflightWithOnlyTheMethodsTheAddressTakes(String path) throws Exception {
		String response = RawHttp.send(this.port,
				"OPTIONS " + path + " HTTP/1.1\r\nHost: localhost\r\nOrigin: https://elsewhere.example\r\n"
						+ "Access-Control-Request-Method: PUT\r\nConnection: close\r\n\r\n");

		String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
		assertThat(head).as(path).doesNotContain("access-control-allow");
		assertThat(head.lines().filter((line) -> line.startsWith("allow:"))).as(path)
			.allSatisfy((allow) -> assertThat(allow).doesNotContain("put")
				.doesNotContain("delete")
				.doesNotContain("patch")
				.doesNotContain("trace"));
		assertThat(response).as(path).startsWith("HTTP/1.1 403 ");
	}

	/**
	 * HTTP/0.9 has no headers at all, so it cannot carry the security headers: it gets no
	 * page either.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "GET /", "GET /r/%s", "GET /nope", "GET /assets/css/formatfit.css",
			"GET /api/v1/questionnaire" })
	void sendsNoContentWithoutHeadersToHttp09(String template) throws Exception {
		String requestLine = template.formatted(TOKEN);
		String response = RawHttp.send(this.port, requestLine + "\r\n");

		assertThat(response).as(requestLine).doesNotContain("<html").doesNotContain("{").doesNotContain(TOKEN);
	}

	private String uri(String path) {
		return "http://localhost:" + this.port + path;
	}

}
