package org.formatfit.http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Every page, error pages included, loads its stylesheet, script and icon by
 * content-hashed addresses that browsers may keep for a year, and ends in the same footer
 * links, over real HTTP.
 */
@AppTest
@ReadsTheAppLog
class PageAssetsTests {

	/**
	 * A refused method is logged by Spring at WARN. Nothing else may be logged at WARN or
	 * above.
	 */
	@AfterEach
	void logsOnlyTheRefusalsItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	static final String TOKEN = ShareTokens.tokenFor(AnswerSets.parse(
			"fixed rarely not-a-factor essential essential drains-me none rarely need-it steady reliable one-place own not-a-factor degree"));

	@LocalServerPort
	int port;

	static Stream<Arguments> pages() {
		return Stream.of(argumentSet("home", Call.get("/"), 200),
				argumentSet("questionnaire", Call.get("/questionnaire"), 200),
				argumentSet("a result", Call.get(ShareTokens.LINK_PREFIX + TOKEN), 200),
				argumentSet("an advisor view", Call.get(ShareTokens.LINK_PREFIX + TOKEN + "/advisor"), 200),
				argumentSet("advisors", Call.get("/advisors"), 200), argumentSet("method", Call.get("/method"), 200),
				argumentSet("privacy", Call.get("/privacy"), 200),
				argumentSet("accessibility", Call.get("/accessibility"), 200),
				argumentSet("a form with problems", Call.form("/questionnaire", "budget.goal=nonsense"), 200),
				// Refused while the form is read, before the language switch has run.
				argumentSet("a form that cannot be read", Call.form("/questionnaire?lang=es", "a=%ZZ"), 400),
				argumentSet("a broken result link", Call.get(ShareTokens.LINK_PREFIX + "not-a-token"), 404),
				// Refused by Tomcat before the app sees it (an encoded slash).
				argumentSet("an address Tomcat refuses", Call.get("/no%2Fsuch"), 400),
				argumentSet("an unknown path", Call.get("/no/such/page"), 404),
				argumentSet("a method pages do not take", new Call("DELETE", "/", null, null), 405));
	}

	@ParameterizedTest
	@MethodSource("pages")
	void linksTheStylesheetScriptAndIconByAddressesThatChangeWithTheirContent(Call call, int status) throws Exception {
		HttpResponse<String> page = call.sendTo(this.port);
		assertThat(page.statusCode()).isEqualTo(status);
		Document document = Jsoup.parse(page.body());

		List<String> assets = List.of(document.select("link[rel=stylesheet]").attr("href"),
				document.select("script[src]").attr("src"), document.select("link[rel=icon]").attr("href"));
		assertThat(assets).satisfiesExactly(
				(css) -> assertThat(css).matches("/assets/css/formatfit-[0-9a-f]{32}\\.css"),
				(js) -> assertThat(js).matches("/assets/js/formatfit-[0-9a-f]{32}\\.js"),
				(icon) -> assertThat(icon).matches("/assets/favicon-[0-9a-f]{32}\\.svg"));
		for (String asset : assets) {
			HttpResponse<String> file = Call.get(asset).sendTo(this.port);
			assertThat(file.statusCode()).as(asset).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(asset)
				.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000"));
		}
	}

	/**
	 * The same links in the same order on every page, the accessibility statement among
	 * them: a reader who needs it finds it where they found it last.
	 */
	@ParameterizedTest
	@MethodSource("pages")
	void endsInTheSameFooterLinksTheAccessibilityStatementAmongThem(Call call, int status) throws Exception {
		HttpResponse<String> page = call.sendTo(this.port);
		assertThat(page.statusCode()).isEqualTo(status);

		assertThat(Jsoup.parse(page.body()).select("footer .footer-links a").eachAttr("href"))
			.containsExactly("/privacy", "/advisors", "/method", "/accessibility");
	}

}
