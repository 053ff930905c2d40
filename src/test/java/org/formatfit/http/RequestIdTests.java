package org.formatfit.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.formatfit.web.AppTest;
import org.formatfit.web.FailingPages;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When something fails inside the app, the person sees the error page with a reference,
 * and the log has one line with that reference and the failure, and nothing from the
 * address.
 */
@AppTest
@ReadsTheAppLog
class RequestIdTests {

	/**
	 * The failing controller's 500s are logged at ERROR, once each. Nothing else may be
	 * logged at WARN or above.
	 */
	@AfterEach
	void logsOnlyTheFailuresItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REQUEST_FAILED);
	}

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void showsTheReferenceOfAFailureOnTheErrorPageAndLogsItOnce(CapturedOutput output) throws Exception {
		HttpResponse<String> response = get("/test/fail/AQEFEWQfXcGV");

		assertThat(response.statusCode()).isEqualTo(500);
		String id = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(id).matches("[0-9a-f]{12}");
		assertThat(Jsoup.parse(response.body()).text()).contains("Something went wrong on our side")
			.contains("give this reference: " + id)
			.doesNotContain("IllegalStateException");
		assertThat(output.getAll().lines().filter((line) -> line.contains("ERROR"))).singleElement()
			.asString()
			.contains(id);
		assertThat(output.getAll()).contains("IllegalStateException: the test failure").doesNotContain("AQEFEWQfXcGV");
	}

	/**
	 * One short line per failure, whatever it is, and nothing from the address even when
	 * the failure's message quotes it.
	 */
	@Test
	void logsAFailureOnceInOneLineWithoutTheAddressEvenWhenItsMessageQuotesIt(CapturedOutput output) throws Exception {
		for (String token : new String[] { "AQEFEWQfXcGV", "AQIFEWQf_btF", "AQEFEWQfXcGVAQEF" }) {
			HttpResponse<String> response = get(FailingPages.QUOTING_THE_ADDRESS + token + "?from=" + token);

			assertThat(response.statusCode()).isEqualTo(500);
			String id = response.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(output.getAll().lines().filter((line) -> line.contains(id))).singleElement()
				.asString()
				.contains("IllegalArgumentException")
				.contains(FailingPages.class.getSimpleName());
			assertThat(output.getAll()).doesNotContain(token);
		}
		assertThat(output.getAll().lines())
			.noneMatch((line) -> line.startsWith("\tat ") || line.startsWith("Caused by"));
	}

	@Test
	void givesApiClientsTheReferenceInTheProblem() throws Exception {
		HttpResponse<String> response = get(FailingPages.IN_THE_API);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(response.body())
			.contains("\"requestId\":\"" + response.headers().firstValue("X-Request-Id").orElseThrow() + "\"");
	}

	@Test
	void givesEveryRequestItsOwnId() throws Exception {
		String first = get("/").headers().firstValue("X-Request-Id").orElseThrow();
		String second = get("/").headers().firstValue("X-Request-Id").orElseThrow();

		assertThat(first).isNotEqualTo(second);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
