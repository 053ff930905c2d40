package org.formatfit.language;

import org.formatfit.sharing.web.ResultPageTests;
import org.formatfit.web.Pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

import org.formatfit.MessageFiles;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in Spanish, asked for either way a reader can: with the browser's
 * Accept-Language, or with the language switch ({@code ?lang=es}). A Spanish page carries
 * no sentence of the English file. (Error pages in Spanish are in
 * {@link ErrorPagesTests}: they need a real server.)
 */
@AppTest
class SpanishPagesTests {

	private static final Properties SPANISH = MessageFiles.load("es");

	private static final Properties ENGLISH = MessageFiles.load("en");

	private static final String TOKEN = ShareTokens.tokenFor(AnswerSets.parse(ResultPageTests.PARENT));

	@Autowired
	MockMvcTester mvc;

	/** A page to render: its name, and how to ask for it in Spanish. */
	record Page(String path, String titleKey) {

	}

	static Stream<Arguments> pagesTimesWaysToAsk() {
		List<Page> pages = List.of(new Page("/", "app.tagline"), new Page("/questionnaire", "questionnaire.title"),
				new Page(ShareTokens.LINK_PREFIX + TOKEN, "result.title"),
				new Page(ShareTokens.LINK_PREFIX + TOKEN + "/advisor", "advisor.title"),
				new Page("/advisors", "advisors.title"), new Page("/method", "method.title"),
				new Page("/privacy", "privacy.title"), new Page("/accessibility", "accessibility.title"));
		List<Arguments> arguments = new ArrayList<>();
		for (Page page : pages) {
			arguments.add(Arguments.of(Named.of(page.path() + " with Accept-Language: es", page),
					(Function<MockMvcTester, MockMvcRequestBuilder>) (mvc) -> mvc.get()
						.uri(page.path())
						.header(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,es;q=0.9,en;q=0.5")));
			arguments
				.add(Arguments.of(Named.of(page.path() + "?lang=es", page),
						(Function<MockMvcTester, MockMvcRequestBuilder>) (mvc) -> mvc.get()
							.uri(page.path() + "?lang=es")
							.header(HttpHeaders.ACCEPT_LANGUAGE, "en")));
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pagesTimesWaysToAsk")
	void everyPageIsInSpanish(Page page, Function<MockMvcTester, MockMvcRequestBuilder> request) {
		MvcTestResult result = request.apply(this.mvc).exchange();

		Document document = Pages.parse(result);
		assertThat(document.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("es");
		assertThat(document.title()).contains(SPANISH.getProperty(page.titleKey()));
		assertThat(document.selectFirst(".skip-link").text()).isEqualTo(SPANISH.getProperty("nav.skip"));
		assertThat(englishSentencesIn(document)).as("English left on the Spanish page").isEmpty();
	}

	@Test
	void theQuestionnaireSentWithProblemsAnswersInSpanishAndKeepsTheAnswers() {
		MvcTestResult result = this.mvc.post()
			.uri("/questionnaire")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("schedule.predictability", "fixed")
			.exchange();

		Document page = Pages.parse(result);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(page.selectFirst("#error-summary-title").text())
			.isEqualTo(SPANISH.getProperty("questionnaire.error.title"));
		assertThat(page.select(".error-message:not([hidden])").eachText()).hasSize(14)
			.allSatisfy((message) -> assertThat(message).isEqualTo(SPANISH.getProperty("problem.missing")));
		assertThat(page.selectFirst("#schedule-predictability-fixed").hasAttr("checked")).isTrue();
		assertThat(englishSentencesIn(page)).isEmpty();
	}

	@Test
	void theSameShareLinkOpensInEachReadersLanguage() {
		Document spanish = Pages.parse(this.mvc.get()
			.uri(ShareTokens.LINK_PREFIX + TOKEN)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "es")
			.exchange());
		Document english = Pages.parse(this.mvc.get()
			.uri(ShareTokens.LINK_PREFIX + TOKEN)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange());

		assertThat(spanish.selectFirst("h1").text()).isNotEqualTo(english.selectFirst("h1").text());
		assertThat(spanish.selectFirst("#share-link").val()).isEqualTo(english.selectFirst("#share-link").val())
			.endsWith(ShareTokens.LINK_PREFIX + TOKEN);
		assertThat(spanish.select(".score-value").eachText()).isEqualTo(english.select(".score-value")
			.eachText()
			.stream()
			.map((text) -> text.replace(" out of 100", " de 100"))
			.toList());
	}

	/**
	 * The English file's sentences (the longer stretches of text between a message's
	 * arguments) that appear in the page's text or in its alt, title and ARIA labels.
	 */
	private static List<String> englishSentencesIn(Document page) {
		StringBuilder text = new StringBuilder(page.text());
		for (Element element : page.select("[alt], [title], [aria-label], [placeholder]")) {
			text.append(' ')
				.append(element.attr("alt"))
				.append(' ')
				.append(element.attr("title"))
				.append(' ')
				.append(element.attr("aria-label"))
				.append(' ')
				.append(element.attr("placeholder"));
		}
		String shown = text.toString();
		List<String> found = new ArrayList<>();
		for (String key : ENGLISH.stringPropertyNames()) {
			String english = ENGLISH.getProperty(key);
			if (english.equals(SPANISH.getProperty(key))) {
				continue;
			}
			for (String stretch : english.split("\\{[^}]*\\}")) {
				if (stretch.strip().length() >= 16 && shown.contains(stretch.strip())) {
					found.add(key + ": " + stretch.strip());
				}
			}
		}
		return found;
	}

}
