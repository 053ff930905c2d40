package org.formatfit;

import org.formatfit.sharing.ShareTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import org.formatfit.questionnaire.AnswerSets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Share links need no server state and no per-instance secret: a link made by one
 * instance opens on another, as it will behind a load balancer or after a redeploy. The
 * two instances are separate JVMs ({@link AppProcess}), so that a secret or a cache in a
 * static field, which two apps in one JVM would share, cannot make this pass.
 */
// Among the first classes to start: the app JVMs it starts take longest of the unit
// tests.
@Order(1)
class TwoInstancesTests {

	private static final String PARENT = "mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree";

	/** Start-up takes a few seconds; the deadline leaves room for a loaded CI machine. */
	private static final Duration START_DEADLINE = Duration.ofSeconds(90);

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void eachInstanceOpensTheLinksTheOtherMade() throws Exception {
		try (AppProcess first = AppProcess.start(); AppProcess second = AppProcess.start()) {
			// Both start at once; each wait is bounded by the same deadline.
			first.port(START_DEADLINE);
			second.port(START_DEADLINE);
			String form = AnswerSets.asMap(PARENT)
				.entrySet()
				.stream()
				.map((answer) -> answer.getKey() + "=" + answer.getValue())
				.collect(Collectors.joining("&"));
			HttpResponse<String> posted = send(HttpRequest.newBuilder(uri(first, "/questionnaire"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
			assertThat(posted.statusCode()).isEqualTo(303);
			String link = posted.headers().firstValue("Location").orElseThrow();

			HttpResponse<String> onFirst = send(HttpRequest.newBuilder(uri(first, link)).build());
			HttpResponse<String> onSecond = send(HttpRequest.newBuilder(uri(second, link)).build());

			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(onSecond.body()).select("h1, .score, .reason, .changes").text())
				.isEqualTo(Jsoup.parse(onFirst.body()).select("h1, .score, .reason, .changes").text())
				.startsWith("A hybrid course");

			String token = link.substring(ShareTokens.LINK_PREFIX.length());
			HttpResponse<String> api = send(
					HttpRequest.newBuilder(uri(second, "/api/v1/recommendations/" + token)).build());
			assertThat(api.statusCode()).isEqualTo(200);
			assertThat(api.body()).contains("\"format\":\"HYBRID\"");
		}
	}

	private static URI uri(AppProcess app, String path) {
		return app.uri(path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
