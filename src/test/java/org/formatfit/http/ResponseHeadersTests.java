package org.formatfit.http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.formatfit.http.RawHttp.Answer;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.formatfit.web.FailingPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The headers on every answer, over real HTTP: the same strict security headers on every
 * kind of answer, HTTPS kept to once a request came over it, no CORS for any other site;
 * results, the pre-filled questionnaire and error pages never cached nor indexed,
 * whatever the status and whoever wrote the answer, a failure inside the app included.
 */
@AppTest
@ReadsTheAppLog
class ResponseHeadersTests {

	/**
	 * Refused methods are logged by Spring at WARN; the failing controller and the
	 * too-large headers at ERROR. Nothing else may be logged at WARN or above.
	 */
	@AfterEach
	void logsOnlyTheRefusalsAndFailuresItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING, ProvokedLogLines.REQUEST_FAILED);
	}

	static final String ANSWERS = "mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree";

	static final String TOKEN = ShareTokens.tokenFor(AnswerSets.parse(ANSWERS));

	private static final String RAW_GET = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";

	@LocalServerPort
	int port;

	static Stream<Arguments> responses() {
		String form = "application/x-www-form-urlencoded";
		return Stream.of(argumentSet("a page", Call.get("/"), 200),
				argumentSet("a result", Call.get(ShareTokens.LINK_PREFIX + TOKEN), 200),
				argumentSet("a 404", Call.get(ShareTokens.LINK_PREFIX + "not-a-token"), 404),
				argumentSet("an unknown path", Call.get("/nope"), 404),
				argumentSet("a 405", new Call("DELETE", "/", null, null), 405),
				argumentSet("a 413", new Call("POST", "/questionnaire", form, "x=" + "a".repeat(1 << 20)), 413),
				argumentSet("a form with errors", new Call("POST", "/questionnaire", form, "schedule.predictability=x"),
						200),
				argumentSet("the API", Call.get("/api/v1/questionnaire"), 200),
				argumentSet("an API 400", new Call("POST", "/api/v1/recommendations", "application/json", "{"), 400),
				argumentSet("the API's OpenAPI document", Call.get("/v3/api-docs"), 200),
				argumentSet("a Tomcat 400", Call.get(ShareTokens.LINK_PREFIX + "%2F..%00"), 400),
				argumentSet("a stylesheet", Call.get("/assets/css/formatfit.css"), 200),
				argumentSet("a script", Call.get("/assets/js/formatfit.js"), 200),
				argumentSet("a QR code", Call.get(ShareTokens.LINK_PREFIX + TOKEN + "/qr.png"), 200));
	}

	/**
	 * One answer of each kind; Tomcat's refusals, of every kind, get the same check in
	 * {@code OddRequestsTests}.
	 */
	@ParameterizedTest
	@MethodSource("responses")
	void everyResponseCarriesTheStrictHeaders(Call call, int status) throws Exception {
		HttpResponse<String> response = call.sendTo(this.port);

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(header(response, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
			.contains("script-src 'self'")
			.contains("style-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe");
		assertThat(header(response, "X-Content-Type-Options")).isEqualTo(SecurityHeaders.NO_SNIFF);
		assertThat(header(response, "Referrer-Policy")).isEqualTo(SecurityHeaders.NO_REFERRER);
		assertThat(header(response, "Cross-Origin-Resource-Policy")).isEqualTo(SecurityHeaders.SAME_ORIGIN);
		assertThat(header(response, "Permissions-Policy")).contains("camera=()")
			.contains("microphone=()")
			.contains("geolocation=()");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
		assertThat(response.headers().map().keySet())
			.noneMatch((name) -> name.toLowerCase().startsWith("access-control-"));
		String type = header(response, "Content-Type");
		if (type.startsWith("text/") || type.contains("json") || type.contains("svg")) {
			assertThat(type.toLowerCase()).contains("charset=utf-8");
		}
	}

	/**
	 * Tomcat refuses a malformed path before a proxy's headers are read: no HTTPS is
	 * known there.
	 */
	static Stream<Arguments> responsesBehindAProxy() {
		return responses().filter((arguments) -> !((Call) arguments.get()[0]).path().contains("%00"));
	}

	@ParameterizedTest
	@MethodSource("responsesBehindAProxy")
	void tellsBrowsersToKeepToHttpsWhenTheRequestCameOverHttps(Call call, int status) throws Exception {
		HttpResponse<String> response = call.sendTo(this.port, "X-Forwarded-Proto", "https");

		assertThat(header(response, "Strict-Transport-Security")).startsWith("max-age=");
	}

	@ParameterizedTest
	@MethodSource("responses")
	void sendsNoCorsHeadersEvenWhenAnotherSiteAsks(Call call, int status) throws Exception {
		HttpResponse<String> response = call.sendTo(this.port, "Origin", "https://elsewhere.example");

		assertThat(response.headers().map().keySet())
			.noneMatch((name) -> name.toLowerCase().startsWith("access-control-"));
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

	/** Results stay private however the request ends: refused by Tomcat, 404, or 200. */
	@ParameterizedTest
	@ValueSource(strings = { ShareTokens.LINK_PREFIX + "%s", ShareTokens.LINK_PREFIX + "%s/nothing-here",
			ShareTokens.LINK_PREFIX + "%s/advisor", ShareTokens.LINK_PREFIX + "%%2F..%%00%s",
			ShareTokens.LINK_PREFIX + "%s%%5c", ShareTokens.LINK_PREFIX + ";x=%s",
			ShareTokens.LINK_PREFIX + "%s/..%%3b" })
	void keepsResultsPrivateWhateverTheStatus(String template) throws Exception {
		String path = template.formatted(TOKEN);
		for (String acceptLanguage : OddRequestsTests.acceptLanguages().toList()) {
			HttpResponse<String> response = Call.get(path).sendTo(this.port, "Accept-Language", acceptLanguage);
			assertThat(response.statusCode()).as(path).isLessThan(500);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue(PrivacyHeaders.NOT_STORED);
			assertThat(response.headers().firstValue(PrivacyHeaders.ROBOTS_TAG).orElse("")).as(path)
				.contains("noindex");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
		}
	}

	/** A failure inside the app at a result's address: the app's own 500, all headers. */
	@Test
	void keepsEveryHeaderOnAFailureAtAResultsAddress(CapturedOutput output) throws Exception {
		for (String path : List.of(ShareTokens.LINK_PREFIX + TOKEN + "/test-failure",
				FailingPages.AT_A_RESULT + TOKEN)) {
			Answer answer = RawHttp.answer(this.port, "GET " + path + RAW_GET);

			assertThat(answer.status()).as(path).isEqualTo(500);
			assertThat(answer.head()).as(path)
				.contains("\r\nContent-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY + "\r\n")
				.contains("\r\nX-Content-Type-Options: " + SecurityHeaders.NO_SNIFF + "\r\n")
				.contains("\r\nCache-Control: " + PrivacyHeaders.NOT_STORED + "\r\n")
				.contains("\r\n" + PrivacyHeaders.ROBOTS_TAG + ": " + PrivacyHeaders.NOT_INDEXED + "\r\n");
			assertThat(answer.body()).as(path).doesNotContain("IllegalStateException");
		}
		assertThat(output.getAll().lines().filter((line) -> line.contains("ERROR"))).hasSize(2)
			.allMatch((line) -> line.contains("IllegalStateException"));
		assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain("\tat ");
	}

	/**
	 * Response headers over Tomcat's limit (server.max-http-response-header-size), sent
	 * while the app writes its answer: the app's own 500. (No answer of the app has
	 * headers that grow with what a request sends.)
	 */
	@Test
	void keepsEveryHeaderWhenTheAnswersHeadersAreTooLargeToSend(CapturedOutput output) throws Exception {
		Answer answer = RawHttp.answer(this.port,
				"GET " + ShareTokens.LINK_PREFIX + TOKEN + "/test-large-headers" + RAW_GET);

		assertThat(answer.status()).isEqualTo(500);
		assertThat(answer.head()).contains("\r\nContent-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY)
			.contains("\r\nX-Content-Type-Options: " + SecurityHeaders.NO_SNIFF + "\r\n")
			.contains("\r\nCache-Control: " + PrivacyHeaders.NOT_STORED + "\r\n")
			.contains("\r\n" + PrivacyHeaders.ROBOTS_TAG + ": " + PrivacyHeaders.NOT_INDEXED + "\r\n")
			.doesNotContain("X-Large");
		assertThat(output.getAll().lines().filter((line) -> line.contains("ERROR"))).hasSize(1);
		assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain("\tat ");
	}

	/**
	 * Error pages are never cached nor indexed wherever they are: rendered through the
	 * error controller (404), or in the request itself (a parameter Tomcat cannot read).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page", "/method?lang=%ZZ", "/?x=%ZZ", "/privacy/%ZZ" })
	void keepsErrorPagesPrivateWhateverTheAddress(String path) throws Exception {
		// Sent raw: Java's HTTP client refuses a broken escape before sending it.
		String response = RawHttp.send(this.port, "GET " + path + RAW_GET);
		String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
		assertThat(head).as(path).startsWith("http/1.1 4");
		assertThat(head).as(path)
			.contains("\r\ncache-control: " + PrivacyHeaders.NOT_STORED + "\r\n")
			.contains("\r\n" + PrivacyHeaders.ROBOTS_TAG.toLowerCase(Locale.ROOT) + ": " + PrivacyHeaders.NOT_INDEXED);
	}

	/** Its address holds a share token: no cache keeps it, no other site hears of it. */
	@Test
	void keepsAPrefilledQuestionnaireOutOfCachesAndReferrers() throws Exception {
		HttpResponse<String> response = Call.get("/questionnaire?from=" + TOKEN).sendTo(this.port);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Cache-Control")).containsExactly(PrivacyHeaders.NOT_STORED);
		assertThat(response.headers().allValues("Referrer-Policy")).containsExactly(SecurityHeaders.NO_REFERRER);
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse("");
	}

}
