package org.formatfit.errors;

import java.util.Properties;

import org.formatfit.MessageFiles;
import org.formatfit.http.ProvokedLogLines;
import org.formatfit.http.ReadsTheAppLog;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken links over real HTTP: the app's own friendly page, never Boot's whitelabel page.
 */
@AppTest
@ReadsTheAppLog
class ErrorPagesTests {

	@Autowired
	RestTestClient client;

	/** A broken link sent with a method no page takes is refused, and Spring says so. */
	@AfterEach
	void logsOnlyTheRefusedMethodsItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/nope", ShareTokens.LINK_PREFIX + "AAAAAAAAAAAA", ShareTokens.LINK_PREFIX,
			ShareTokens.LINK_PREFIX + "abc/def", "/css/missing.css" })
	void answersABrokenLinkWithTheFriendlyNotFoundPage(String path) {
		String html = this.client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_FOUND)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		Document page = Jsoup.parse(html);
		assertThat(page.title()).isEqualTo("Page not found – FormatFit");
		assertThat(page.selectFirst("h1").text()).isEqualTo("We can’t find that page");
		assertThat(page.select("a[href=/]")).isNotEmpty();
		assertThat(html).doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/nope", ShareTokens.LINK_PREFIX + "AAAAAAAAAAAA", "/nope?lang=es&from=x" })
	void answersABrokenLinkInTheReadersLanguage(String path) {
		boolean switched = path.contains("lang=es");
		String html = this.client.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, switched ? "en" : "es")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_FOUND)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		Document page = Jsoup.parse(html);
		Properties spanish = MessageFiles.load("es");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(page.title()).startsWith(spanish.getProperty("error.404.title"));
		assertThat(page.selectFirst("h1").text()).isEqualTo(spanish.getProperty("error.404.heading"));
		// The switch links to the address that failed, not to the error handler's own.
		assertThat(page.select(".language-switch a[hreflang=en]").attr("href"))
			.isEqualTo(path.replace("lang=es", "lang=en").replace("?lang=en&from=x", "?from=x&lang=en")
					+ (switched ? "" : "?lang=en"));
	}

	@ParameterizedTest
	@ValueSource(strings = { ShareTokens.LINK_PREFIX + "AAAAAAAAAAAA", "/questionnaire" })
	void answersAMethodThatIsNotAllowedWithTheAppsOwnPage(String path) {
		String html = this.client.put()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(Jsoup.parse(html).title()).endsWith("– FormatFit");
		assertThat(html).doesNotContain("Whitelabel");
	}

}
