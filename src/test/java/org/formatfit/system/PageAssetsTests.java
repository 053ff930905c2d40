package org.formatfit.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every page, error pages included, loads its stylesheet, script and icon by
 * content-hashed addresses that browsers may keep for a year, over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageAssetsTests {

	static final String TOKEN = ShareTokens.tokenFor(AnswerSets.parse(
			"fixed rarely not-a-factor essential essential drains-me none rarely need-it steady reliable one-place own not-a-factor degree"));

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	static Stream<Arguments> pages() {
		return Stream.of(argumentSet("home", "GET /", 200), argumentSet("questionnaire", "GET /questionnaire", 200),
				argumentSet("a result", "GET /r/" + TOKEN, 200),
				argumentSet("an advisor view", "GET /r/" + TOKEN + "/advisor", 200),
				argumentSet("advisors", "GET /advisors", 200), argumentSet("privacy", "GET /privacy", 200),
				argumentSet("a form with problems", "POST /questionnaire budget.goal=nonsense", 200),
				// Refused while the form is read, before the language switch has run.
				argumentSet("a form that cannot be read", "POST /questionnaire?lang=es a=%ZZ", 400),
				argumentSet("a broken result link", "GET /r/not-a-token", 404),
				argumentSet("an unknown path", "GET /no/such/page", 404),
				argumentSet("a method pages do not take", "DELETE /", 405));
	}

	@ParameterizedTest
	@MethodSource("pages")
	void linksTheStylesheetScriptAndIconByAddressesThatChangeWithTheirContent(String call, int status)
			throws Exception {
		HttpResponse<String> page = send(call.split(" "));
		assertThat(page.statusCode()).isEqualTo(status);
		Document document = Jsoup.parse(page.body());

		List<String> assets = List.of(document.select("link[rel=stylesheet]").attr("href"),
				document.select("script[src]").attr("src"), document.select("link[rel=icon]").attr("href"));
		assertThat(assets).satisfiesExactly(
				(css) -> assertThat(css).matches("/assets/css/formatfit-[0-9a-f]{32}\\.css"),
				(js) -> assertThat(js).matches("/assets/js/formatfit-[0-9a-f]{32}\\.js"),
				(icon) -> assertThat(icon).matches("/assets/favicon-[0-9a-f]{32}\\.svg"));
		for (String asset : assets) {
			HttpResponse<String> file = send("GET", asset);
			assertThat(file.statusCode()).as(asset).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(asset)
				.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000"));
		}
	}

	/** Method, path and, for a POST, a form body. */
	private HttpResponse<String> send(String... call) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + call[1]))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method(call[0], (call.length > 2) ? BodyPublishers.ofString(call[2]) : BodyPublishers.noBody())
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

}
