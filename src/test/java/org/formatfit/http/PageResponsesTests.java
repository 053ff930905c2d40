package org.formatfit.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.recommendation.Format;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.formatfit.web.FailingPages;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages as they leave Tomcat: over real HTTP, with and without gzip, whole and in UTF-8,
 * accents, dashes and apostrophes included; and never half a page.
 */
@AppTest
@ReadsTheAppLog
class PageResponsesTests {

	/** The failing template is logged by Thymeleaf, and its request by the app. */
	@AfterEach
	void logsOnlyTheFailureItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.TEMPLATE_FAILED, ProvokedLogLines.REQUEST_FAILED);
	}

	/** Answers whose best fit is the hybrid format: its Spanish name has an accent. */
	private static final String HYBRID = "mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree";

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Test
	void aTemplateThatFailsHalfwaySendsNoneOfItsPageOnlyTheErrorPage() throws Exception {
		HttpResponse<byte[]> response = send(FailingPages.HALFWAY_THROUGH_A_TEMPLATE, "identity");
		String page = new String(response.body(), StandardCharsets.UTF_8);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(page).startsWith("<!DOCTYPE html>")
			.doesNotContain("Written before the failure")
			.contains(message("error.500.heading", Locale.ENGLISH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aResultPageArrivesWholeAndInUtf8WithAndWithoutGzip(String language) throws Exception {
		Locale locale = Locale.forLanguageTag(language);
		String path = ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(HYBRID)) + "?lang=" + language;

		HttpResponse<byte[]> plain = send(path, "identity");
		HttpResponse<byte[]> gzipped = send(path, "gzip");

		assertThat(plain.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String page = new String(plain.body(), StandardCharsets.UTF_8);
		assertThat(gunzip(gzipped.body())).isEqualTo(page);
		assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
		assertThat(Jsoup.parse(page).title()).isEqualTo(message("result.title", locale) + ": "
				+ message(Format.HYBRID.nameKey(), locale) + " – " + message("app.name", locale));
		assertThat(page).contains(message("result.share.lead", locale));
	}

	/**
	 * With its length, never in chunks: an instance killed while it builds a page has
	 * sent none of it, and nginx asks the other instance (TopologyIT).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "result", "/questionnaire?lang=es" })
	void aPageLeavesWholeWithItsLengthNotInChunks(String path) throws Exception {
		String address = path.equals("result")
				? ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(HYBRID)) : path;
		HttpResponse<byte[]> response = send(address, "identity");

		assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(response.body().length));
		assertThat(response.body().length).as("larger than Tomcat's 8 KB buffer").isGreaterThan(8 * 1024);
	}

	/**
	 * A group's result is the advisor view's page, reached by a forward inside the app,
	 * which Tomcat ends by closing the answer: the page still leaves whole.
	 */
	@Test
	void aGroupsResultForwardedToTheAdvisorViewLeavesWholeToo() throws Exception {
		String group = Call.form("/groups", "label=Forwarded")
			.sendTo(this.port, "Sec-Fetch-Site", "same-origin")
			.headers()
			.firstValue("Location")
			.map((location) -> URI.create(location).getPath())
			.orElseThrow();
		Matcher join = Pattern.compile("/join/([2-9a-z]{8})\"").matcher(Call.get(group).sendTo(this.port).body());
		assertThat(join.find()).isTrue();
		String token = ShareTokens.tokenFor(AnswerSets.parse(HYBRID));
		assertThat(Call.form(ShareTokens.LINK_PREFIX + token + "/share", "group=" + join.group(1) + "&name=Ana")
			.sendTo(this.port, "Sec-Fetch-Site", "same-origin")
			.statusCode()).isEqualTo(303);

		Matcher link = Pattern.compile(Pattern.quote(group) + "/results/\\d+")
			.matcher(Call.get(group).sendTo(this.port).body());
		assertThat(link.find()).isTrue();

		HttpResponse<byte[]> result = send(link.group(), "identity");

		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.headers().firstValue("Content-Length")).hasValue(String.valueOf(result.body().length));
		String page = new String(result.body(), StandardCharsets.UTF_8);
		assertThat(page).endsWith("</html>\n").contains("Ana").contains("Forwarded");
	}

	/** Static files carry their own length, which a HEAD request gets too. */
	@Test
	void aStaticFileAnswersAHeadRequestWithItsLength() throws Exception {
		String stylesheet = Jsoup.parse(new String(send("/", "identity").body(), StandardCharsets.UTF_8))
			.select("link[rel=stylesheet]")
			.attr("href");
		HttpResponse<byte[]> file = send(stylesheet, "identity");

		HttpResponse<byte[]> head = send("HEAD", stylesheet, "identity");

		assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(file.body().length));
	}

	@Test
	void aPageIsGzippedOnlyForAReaderThatAcceptsGzip() throws Exception {
		String path = ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(HYBRID));

		HttpResponse<byte[]> plain = send(path, "identity");
		HttpResponse<byte[]> gzipped = send(path, "br, gzip;q=0.9");

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		for (HttpResponse<byte[]> response : List.of(plain, gzipped)) {
			// Once, whoever compressed: a cache keeps both versions apart.
			assertThat(String.join(",", response.headers().allValues("Vary")).split(","))
				.filteredOn((name) -> name.trim().equalsIgnoreCase("Accept-Encoding"))
				.hasSize(1);
		}
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
	}

	@Test
	void aHeadRequestGetsThePagesHeadersWithoutTheBody() throws Exception {
		String path = ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(HYBRID));
		HttpResponse<byte[]> page = send(path, "gzip");

		HttpResponse<byte[]> head = send("HEAD", path, "gzip");

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		for (String header : List.of("Content-Type", "Content-Encoding", "Content-Language")) {
			assertThat(head.headers().allValues(header)).as(header).isEqualTo(page.headers().allValues(header));
		}
		assertThat(varies(head)).isEqualTo(varies(page));
	}

	@ParameterizedTest
	@ValueSource(strings = { ShareTokens.LINK_PREFIX + "not-a-token?lang=es", "/questionnaire?lang=es" })
	void otherPagesArriveWholeAndInUtf8Too(String path) throws Exception {
		HttpResponse<byte[]> response = send(path, "gzip");
		boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
		String page = gzipped ? gunzip(response.body()) : new String(response.body(), StandardCharsets.UTF_8);

		assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("ó");
	}

	private HttpResponse<byte[]> send(String path, String encoding) throws Exception {
		return send("GET", path, encoding);
	}

	private HttpResponse<byte[]> send(String method, String path, String encoding) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept-Encoding", encoding)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The names in Vary, however they are split into headers and spelled. */
	private static Set<String> varies(HttpResponse<?> response) {
		return response.headers()
			.allValues("Vary")
			.stream()
			.flatMap((vary) -> Arrays.stream(vary.split(",")))
			.map((name) -> name.trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	private static String gunzip(byte[] body) throws Exception {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
