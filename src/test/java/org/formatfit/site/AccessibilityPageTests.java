package org.formatfit.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.formatfit.MessageFiles;
import org.formatfit.http.PrivacyHeaders;
import org.formatfit.web.AppTest;
import org.formatfit.web.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility statement ({@code /accessibility}): the standard, how it is tested,
 * its known limits, where to report a problem and its date, in every language, and the
 * conformance report for schools dated the same day.
 */
@AppTest
class AccessibilityPageTests {

	/** The statement's words: every key of its block in the message files. */
	private static final String KEYS = "accessibility.";

	/** The footer's link and the window's title are said elsewhere than in the page. */
	private static final List<String> NOT_IN_MAIN = List.of("accessibility.link", "accessibility.title");

	private static final Path CONFORMANCE_REPORT = Path.of("docs/accessibility-conformance.md");

	@Autowired
	MockMvcTester mvc;

	static List<String> languages() {
		return MessageFiles.languages();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void saysEverySentenceOfTheStatementInTheReadersLanguage(String language) {
		Properties words = MessageFiles.load(language);
		Document page = page(language);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(page.title())
			.isEqualTo(words.getProperty("accessibility.title") + " – " + words.getProperty("app.name"));
		assertThat(page.selectFirst("h1").text()).isEqualTo(words.getProperty("accessibility.heading"));
		List<String> texts = page.select("main h1, main h2, main p, main li").eachText();
		List<String> keys = words.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith(KEYS) && !NOT_IN_MAIN.contains(key))
			.sorted()
			.toList();
		assertThat(keys).hasSizeGreaterThan(20);
		for (String key : keys) {
			assertThat(texts).as(key).contains(words.getProperty(key));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void namesWcag22LevelAaAndPutsTheStandardTestsLimitsReportAndDateInThatOrder(String language) {
		Properties words = MessageFiles.load(language);
		Document page = page(language);

		assertThat(page.selectFirst("#standard-heading + p").text()).contains("WCAG 2.2").contains(" AA");
		assertThat(page.select("main h2").eachText()).containsExactly(
				words.getProperty("accessibility.standard.heading"), words.getProperty("accessibility.testing.heading"),
				words.getProperty("accessibility.limits.heading"), words.getProperty("accessibility.report.heading"),
				words.getProperty("accessibility.date.heading"));
	}

	@Test
	void isAPublicPageThatListsItsAlternativesInEveryLanguage() {
		MvcTestResult result = this.mvc.get().uri("/accessibility").exchange();

		assertThat(result).hasStatusOk().doesNotContainHeader(PrivacyHeaders.ROBOTS_TAG);
		assertThat(Pages.parse(result).select("link[rel=alternate]")).extracting((link) -> link.attr("hreflang"))
			.containsAll(MessageFiles.languages())
			.contains("x-default");
		assertThat(Pages.parse(result).select("link[rel=alternate][hreflang=es]").attr("href"))
			.isEqualTo("http://localhost/accessibility?lang=es");
	}

	/**
	 * A school reads the statement and the report side by side: a new date on one must
	 * come with a new look at the other.
	 */
	@Test
	void theConformanceReportIsDatedTheDayOfTheStatement() throws IOException {
		Matcher day = Pattern.compile("\\d{1,2} \\p{L}+ \\d{4}")
			.matcher(MessageFiles.load(MessageFiles.BASE).getProperty("accessibility.date"));

		assertThat(day.find()).as("a day in accessibility.date").isTrue();
		assertThat(Files.readString(CONFORMANCE_REPORT)).contains("**Date:** " + day.group());
	}

	private Document page(String language) {
		MvcTestResult result = this.mvc.get().uri("/accessibility?lang=" + language).exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

}
