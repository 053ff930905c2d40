package org.formatfit.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.QrCodes;
import org.formatfit.sharing.ShareTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code formatfit.public-url} set ({@link BehindAProxy}), every link the app hands
 * out (the API's {@code shareUrl}, the page's share field, the mail link, the QR codes)
 * names that address, whatever {@code Host} or {@code X-Forwarded-Host} a request
 * carried.
 */
@BehindAProxy
@ReadsTheAppLog
class PublicAddressTests {

	/** Spring's warning as a context with a bad public address refuses to start. */
	private static final Pattern REFUSED_SETTING = Pattern
		.compile("Exception encountered during context initialization - cancelling refresh attempt: .*'publicUrls'");

	/**
	 * The contexts started with a bad public address fail on purpose, and Spring logs
	 * each at WARN. Nothing else may be logged at WARN or above.
	 */
	@AfterEach
	void logsOnlyTheRefusedSettingsItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, REFUSED_SETTING);
	}

	private static final String PUBLIC_URL = BehindAProxy.PUBLIC_URL;

	private static final String DRIFTER = "on-call no main-reason helpful occasional lonely one sometimes no-effect own reliable one-place own important degree";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RestTestClient client;

	private final String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));

	private final String link = PUBLIC_URL + ShareTokens.LINK_PREFIX + this.token;

	@ParameterizedTest
	@ValueSource(strings = { "evil.example", "evil.example:8443", "formatfit.example.org.evil.example",
			"formatfit.example.org:444", "127.0.0.1", "[::1]:9", "localhost" })
	void apiShareUrlsNameThePublicAddressWhateverTheForwardedHost(String host) {
		Consumer<HttpHeaders> forwarded = (headers) -> {
			headers.set("X-Forwarded-Host", host);
			headers.set("X-Forwarded-Proto", "http");
			headers.set("X-Forwarded-Port", "8443");
		};
		byte[] posted = this.client.post()
			.uri("/api/v1/recommendations")
			.headers(forwarded)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answers", AnswerSets.asMap(DRIFTER)))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.OK)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(JSON.readTree(posted).get("shareUrl").asString()).isEqualTo(this.link);

		byte[] got = this.client.get()
			.uri("/api/v1/recommendations/" + this.token)
			.headers(forwarded)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.OK)
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode body = JSON.readTree(got);
		assertThat(body.get("shareUrl").asString()).isEqualTo(this.link);
	}

	@ParameterizedTest
	@ValueSource(strings = { "evil.example", "evil.example:8443", "formatfit.example.org.evil.example",
			"formatfit.example.org:444", "127.0.0.1", "[::1]:9", "localhost" })
	void pagesAndQrCodesNameThePublicAddressWhateverTheForwardedHost(String host) {
		byte[] html = this.client.get()
			.uri(ShareTokens.LINK_PREFIX + this.token)
			.header("X-Forwarded-Host", host)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.OK)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertSharesThePublicLink(Jsoup.parse(new String(html, StandardCharsets.UTF_8)));

		byte[] png = this.client.get()
			.uri(ShareTokens.LINK_PREFIX + this.token + "/qr.png")
			.header("X-Forwarded-Host", host)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.OK)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(QrCodes.readPng(png)).isEqualTo(this.link);
	}

	@ParameterizedTest
	@ValueSource(strings = { "evil.example", "evil.example:8443", "formatfit.example.org.evil.example",
			"formatfit.example.org:444", "127.0.0.1", "[::1]:9", "localhost" })
	void pagesAndQrCodesNameThePublicAddressWhateverTheHostHeader(String host) {
		assertSharesThePublicLink(parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + this.token).header("Host", host)));

		var png = this.mvc.get().uri(ShareTokens.LINK_PREFIX + this.token + "/qr.png").header("Host", host).exchange();
		assertThat(QrCodes.readPng(png.getResponse().getContentAsByteArray())).isEqualTo(this.link);

		Document advisors = parse(this.mvc.get().uri("/advisors").header("Host", host));
		Element svg = advisors.selectFirst("svg.qr");
		int size = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
		assertThat(QrCodes.readSvgPath(svg.selectFirst("path").attr("d"), size))
			.isEqualTo(PUBLIC_URL + "/questionnaire");
		var flyer = this.mvc.get().uri("/advisors/questionnaire-qr.png").header("Host", host).exchange();
		assertThat(QrCodes.readPng(flyer.getResponse().getContentAsByteArray()))
			.isEqualTo(PUBLIC_URL + "/questionnaire");
	}

	@ParameterizedTest
	@ValueSource(strings = { "formatfit.example.org", "ftp://formatfit.example.org", "/r",
			"https://formatfit.example.org/?lang=es", "https://formatfit.example.org/#top",
			"https://user@formatfit.example.org", "mailto:advisor@example.org", "https:///nohost" })
	void refusesAPublicAddressThatIsNotAPlainHttpUrl(String value) {
		new ApplicationContextRunner().withUserConfiguration(PublicUrls.class)
			.withPropertyValues("formatfit.public-url=" + value)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("formatfit.public-url"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://formatfit.example.org", "https://formatfit.example.org/",
			"http://school.example:8080/formatfit/" })
	void acceptsAnHttpUrlWithOrWithoutAPath(String value) {
		new ApplicationContextRunner().withUserConfiguration(PublicUrls.class)
			.withPropertyValues("formatfit.public-url=" + value)
			.run((context) -> assertThat(context.getBean(PublicUrls.class).absolute(ShareTokens.LINK_PATH, "abc"))
				.isEqualTo(value.replaceAll("/$", "") + ShareTokens.LINK_PREFIX + "abc"));
	}

	private void assertSharesThePublicLink(Document page) {
		assertThat(page.getElementById("share-link").val()).isEqualTo(this.link);
		String mailto = page.select("a[href^=mailto:]").attr("href");
		String decoded = URLDecoder.decode(mailto.replace("+", "%2B"), StandardCharsets.UTF_8);
		assertThat(decoded).contains(this.link).doesNotContain("evil").doesNotContain("localhost");
		Element svg = page.selectFirst("svg.qr");
		int size = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
		assertThat(QrCodes.readSvgPath(svg.selectFirst("path").attr("d"), size)).isEqualTo(this.link);
	}

	private static Document parse(MockMvcTester.MockMvcRequestBuilder request) {
		try {
			return Jsoup.parse(request.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
