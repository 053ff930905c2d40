package org.formatfit.http;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** The same strict headers on every kind of response, over real HTTP. */
@AppTest
@ReadsTheAppLog
class SecurityHeadersTests {

	/**
	 * Refused methods are logged by Spring at WARN. Nothing else may be logged at WARN or
	 * above.
	 */
	@AfterEach
	void logsOnlyTheRefusalsItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	static final String ANSWERS = "mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree";

	static final String TOKEN = ShareTokens.tokenFor(AnswerSets.parse(ANSWERS));

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

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse("");
	}

}
