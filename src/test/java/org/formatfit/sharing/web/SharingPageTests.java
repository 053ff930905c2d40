package org.formatfit.sharing.web;

import org.formatfit.http.PrivacyHeaders;
import org.formatfit.http.SecurityHeaders;
import org.formatfit.web.Pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.recommendation.TradeOff;
import org.formatfit.questionnaire.web.QuestionnairePageTests;
import org.formatfit.sharing.QrCodes;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing a result: the share panel, its QR codes, the advisor view and the private
 * headers.
 */
@AppTest
public class SharingPageTests {

	/** Self-paced, but keeps on track only sometimes and finds studying alone lonely. */
	public static final String DRIFTER = "on-call no main-reason helpful occasional lonely one sometimes no-effect own reliable one-place own important degree";

	/** Live classes fit, but the internet often drops out. */
	static final String SPOTTY = "fixed yes nice-to-have essential essential lonely one usually helps fast spotty one-place own secondary degree";

	@Autowired
	MockMvcTester mvc;

	@Test
	void offersTheLinkACopyButtonAnEmailAndAQrCode() throws Exception {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));
		String link = "http://localhost/r/" + token;

		Document page = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token).exchange());

		Element field = page.getElementById("share-link");
		assertThat(field.hasAttr("readonly")).isTrue();
		assertThat(field.val()).isEqualTo(link);
		assertThat(page.select("label[for=share-link]").text()).isEqualTo("Link to this result");
		Element copy = page.selectFirst("button[data-copy=share-link]");
		assertThat(copy.hasAttr("hidden")).as("shown only by the script").isTrue();
		assertThat(copy.attr("type")).isEqualTo("button");

		String mailto = page.select("a[href^=mailto:]").attr("href");
		assertThat(mailto).startsWith("mailto:?subject=");
		String decoded = URLDecoder.decode(mailto.replace("+", "%2B"), StandardCharsets.UTF_8);
		assertThat(decoded).contains("subject=My FormatFit result").contains(link);

		Element svg = page.selectFirst("svg.qr");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("aria-label")).isNotBlank();
		int size = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
		assertThat(QrCodes.readSvgPath(svg.selectFirst("path").attr("d"), size)).isEqualTo(link);

		assertThat(page.select("a[href=/r/" + token + "/qr.png]").attr("download")).endsWith(".png");
		assertThat(page.select("a[href=/r/" + token + "/advisor]").text()).isEqualTo("View as advisor");
	}

	/** Mail clients and chat apps take the punctuation after a link into it. */
	@ParameterizedTest
	@ValueSource(strings = { ".", ",", ")", ").", "!", "”", "»", "'", "\"", ">" })
	void sendsALinkPastedWithPunctuationAfterItOnToTheCleanLink(String punctuation) {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));

		MvcTestResult result = this.mvc.get()
			.uri(ShareTokens.LINK_PREFIX + token + punctuation + "?lang=es")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.headers()
			.hasValue("Location", ShareTokens.LINK_PREFIX + token + "?lang=es");
	}

	@ParameterizedTest
	@ValueSource(strings = { "AAAAAAAAAAAA.", "AQEOVSjXvCk.", "/advisor.", "x)" })
	void stillAnswersABrokenLinkWithPunctuationAfterItWithTheNotFoundPage(String rest) {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));
		String path = rest.startsWith("/") ? ShareTokens.LINK_PREFIX + token + rest : ShareTokens.LINK_PREFIX + rest;

		assertThat(this.mvc.get().uri(path).exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void servesAQrCodePngThatScansBackToTheLink() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));

		MvcTestResult result = this.mvc.get().uri(ShareTokens.LINK_PREFIX + token + "/qr.png").exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
		assertThat(QrCodes.readPng(result.getResponse().getContentAsByteArray()))
			.isEqualTo("http://localhost/r/" + token);
	}

	@Test
	void showsAdvisorsTheRisksTheBreakdownEveryAnswerAndWhatToAsk() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));

		MvcTestResult result = this.mvc.get().uri(ShareTokens.LINK_PREFIX + token + "/advisor").exchange();

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.title()).isEqualTo("Advisor view: Asynchronous – FormatFit");
		assertThat(page.select(".flag-title")).extracting(Element::text)
			.containsExactly("Staying motivated", "Feeling alone");
		assertThat(page.select(".flag").first().text())
			.contains("Without reminders, how well do you keep yourself on track?")
			.contains("“Sometimes”")
			.contains("Ask:");
		assertThat(page.select(".breakdown tbody tr")).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.select("td.number").text()).endsWith("%"));
		// Trade-offs by name, never by id.
		assertThat(page.select(".breakdown tbody th")).extracting(Element::text)
			.contains("Fixed class times", "Flexibility", "Staying motivated")
			.doesNotContainAnyElementsOf(Arrays.stream(TradeOff.values()).map(TradeOff::id).toList());
		assertThat(page.select(".recap dd")).hasSize(15);
		assertThat(page.select(".talking-points li")).hasSize(3);
		assertThat(page.select("#changes-heading")).hasSize(1);
		assertThat(page.select(".checklist li")).isNotEmpty();
		assertThat(page.select("a[href=/r/" + token + "]")).isNotEmpty();
		// Printed, the way back to the student's result: its address and QR code.
		assertThat(page.select(".advisor-link .print-link").text()).isEqualTo("http://localhost/r/" + token);
		assertThat(page.select(".advisor-link svg.qr")).hasSize(1);
	}

	@Test
	void flagsLiveSessionsOnASpottyConnection() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(SPOTTY));

		Document page = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token + "/advisor").exchange());

		// Spotty internet cuts live classes hard and a hybrid course's few live sessions
		// less, so a learner who loves live classes is left leaning to hybrid.
		assertThat(page.selectFirst("h1").text()).startsWith("A close call: a hybrid course");
		assertThat(page.select(".flag-title")).extracting(Element::text).contains("Connection and device");
		assertThat(page.select(".flag").text()).contains("“It often drops out”");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/advisor", "/qr.png", "" })
	void answersACorruptLinkWithTheNotFoundPage(String suffix) {
		MvcTestResult result = this.mvc.get()
			.uri(ShareTokens.LINK_PREFIX + "AQEFEWQfXcGW" + suffix)
			.accept(MediaType.TEXT_HTML)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		Document page = Pages.parse(result);
		assertThat(page.selectFirst("h1").text()).isEqualTo("We can’t find that page");
		assertThat(page.text()).contains("copy the whole link again").doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/advisor", "/qr.png" })
	void keepsResultLinksOutOfReferrersCachesAndSearchEngines(String suffix) {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));

		for (String path : new String[] { ShareTokens.LINK_PREFIX + token + suffix,
				ShareTokens.LINK_PREFIX + "AQEFEWQfXcGW" + suffix }) {
			assertThat(this.mvc.get().uri(path).exchange()).hasHeader("Referrer-Policy", SecurityHeaders.NO_REFERRER)
				.hasHeader("Cache-Control", PrivacyHeaders.NOT_STORED)
				.hasHeader(PrivacyHeaders.ROBOTS_TAG, PrivacyHeaders.NOT_INDEXED);
		}
	}

	@Test
	void leavesOtherPagesCacheable() {
		assertThat(this.mvc.get().uri("/").exchange()).doesNotContainHeader(PrivacyHeaders.ROBOTS_TAG);
	}

	@Test
	void guidesAdvisorsWithTheQuestionnaireLinkItsQrCodeAndTheTenTradeOffs() {
		Document page = Pages.parse(this.mvc.get().uri("/advisors").exchange());

		assertThat(page.getElementById("questionnaire-link").val()).isEqualTo("http://localhost/questionnaire");
		Element svg = page.selectFirst("svg.qr");
		int size = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
		assertThat(QrCodes.readSvgPath(svg.selectFirst("path").attr("d"), size))
			.isEqualTo("http://localhost/questionnaire");
		assertThat(page.select(".tradeoffs dt")).hasSize(10);
		assertThat(page.getElementById("tradeoff-risk-of-apathy")).isNotNull();
		assertThat(page.select("a[href=/privacy]")).isNotEmpty();

		MvcTestResult png = this.mvc.get().uri("/advisors/questionnaire-qr.png").exchange();
		assertThat(png).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
		assertThat(QrCodes.readPng(png.getResponse().getContentAsByteArray()))
			.isEqualTo("http://localhost/questionnaire");
	}

	@Test
	void linksEveryTradeOffInTheAdvisorViewToWhereTheMethodExplainsIt() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));
		Document advisor = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token + "/advisor").exchange());
		Document method = Pages.parse(this.mvc.get().uri("/method").exchange());

		assertThat(advisor.select(".breakdown tbody th a")).isNotEmpty().allSatisfy((link) -> {
			assertThat(link.attr("href")).startsWith("/method#tradeoff-");
			String anchor = link.attr("href").substring("/method#".length());
			assertThat(method.getElementById(anchor)).as(anchor).isNotNull();
			assertThat(method.getElementById(anchor).text()).as(anchor).contains(link.text());
		});
	}

	/**
	 * The advisor view speaks about the student: a format ruled out is "not possible for
	 * this student", and the headline and how clear it is say "this student", never
	 * "you".
	 */
	@Test
	void tellsTheAdvisorAboutTheStudentNotToTheStudent() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(QuestionnairePageTests.NURSE));

		Document page = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token + "/advisor").exchange());

		assertThat(page.selectFirst("h1").text()).startsWith("An asynchronous course").contains("this student");
		assertThat(page.select(".score-value").eachText()).filteredOn("Not possible for this student"::equals)
			.hasSize(2);
		assertThat(page.select(".confidence").text()).contains("the student online at set times");
		assertThat(page.select(".notice").text()).startsWith("The student says they can never be online at set times");
		assertThat(page.select("h1, .confidence, .notice").text()).doesNotContainPattern("\\b(you|your)\\b");
	}

	@Test
	void explainsPrivacyInPlainWordsFromEveryPage() {
		Document home = Pages.parse(this.mvc.get().uri("/").exchange());
		Document privacy = Pages.parse(this.mvc.get().uri("/privacy").exchange());

		assertThat(home.select("footer a[href=/privacy]").text()).isEqualTo("Your privacy");
		assertThat(privacy.selectFirst("h1").text()).isEqualTo("Your privacy");
		assertThat(privacy.text()).contains("holds no name")
			.contains("Anyone who has the link")
			.contains("Nothing, unless you share your result with an advisor’s group")
			.contains("the name or initials you typed for your advisor, if you typed any")
			.contains("We store no network address");
	}

}
