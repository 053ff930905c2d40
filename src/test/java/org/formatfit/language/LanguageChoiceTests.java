package org.formatfit.language;

import java.nio.charset.StandardCharsets;
import org.formatfit.http.PrivacyHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.formatfit.MessageFiles;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.formatfit.web.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a reader's language is chosen: Accept-Language first, the switch ({@code ?lang=})
 * over it and remembered in a cookie, and never a language we have no words for.
 */
@AppTest
class LanguageChoiceTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void offersEveryLanguageThatHasAMessageFile() {
		assertThat(LanguageConfiguration.LANGUAGES).extracting(Locale::toLanguageTag)
			.containsExactlyElementsOf(MessageFiles.languages());
	}

	@Test
	void followsAcceptLanguageWhenNothingWasPicked() {
		assertThat(language(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "es-AR,es;q=0.8")))
			.isEqualTo("es");
		assertThat(language(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,en;q=0.5")))
			.isEqualTo("en");
		assertThat(language(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de"))).isEqualTo("en");
		assertThat(language(this.mvc.get().uri("/"))).isEqualTo("en");
	}

	@Test
	void theSwitchAnswersInThePickedLanguageAndRemembersItInACookieOfItsOwn() {
		MvcTestResult picked = this.mvc.get()
			.uri("/privacy?lang=es")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange();

		assertThat(Pages.parse(picked).selectFirst("html").attr("lang")).isEqualTo("es");
		String setCookie = picked.getResponse().getHeader(HttpHeaders.SET_COOKIE);
		assertThat(setCookie).startsWith(ReaderLanguage.COOKIE + "=es;")
			.contains("Path=/")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.contains("Max-Age=31536000");

		Cookie remembered = new Cookie(ReaderLanguage.COOKIE, "es");
		assertThat(language(this.mvc.get().uri("/").cookie(remembered).header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
			.isEqualTo("es");
		assertThat(language(this.mvc.get().uri("/?lang=en").cookie(remembered))).isEqualTo("en");
	}

	@Test
	void ignoresALanguageWeHaveNoWordsFor() {
		MvcTestResult result = this.mvc.get().uri("/?lang=fr").header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange();

		assertThat(Pages.parse(result).selectFirst("html").attr("lang")).isEqualTo("es");
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(language(this.mvc.get().uri("/").cookie(new Cookie(ReaderLanguage.COOKIE, "xx<script>"))))
			.isEqualTo("en");
		assertThat(language(this.mvc.get()
			.uri("/")
			.cookie(new Cookie(ReaderLanguage.COOKIE, "fr"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr,es;q=0.5"))).isEqualTo("es");
	}

	@Test
	void theCookieIsSecureExactlyWhenTheRequestCameOverHttps() {
		String overHttps = this.mvc.get()
			.uri("/?lang=es")
			.secure(true)
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.SET_COOKIE);
		String overHttp = this.mvc.get().uri("/?lang=es").exchange().getResponse().getHeader(HttpHeaders.SET_COOKIE);

		assertThat(overHttps).startsWith(ReaderLanguage.COOKIE + "=es;").contains("; Secure");
		assertThat(overHttp).startsWith(ReaderLanguage.COOKIE + "=es;").doesNotContain("Secure");
	}

	@Test
	void theApiFollowsAcceptLanguageOnlyAndRemembersNothing() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/questionnaire?lang=es")
			.cookie(new Cookie(ReaderLanguage.COOKIE, "es"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange();

		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains(MessageFiles.load("en").getProperty("question.schedule.predictability"))
			.doesNotContain(MessageFiles.load("es").getProperty("question.schedule.predictability"));
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).containsExactly(HttpHeaders.ACCEPT_LANGUAGE);
	}

	@Test
	void everyPageLinksToItselfInEveryLanguageKeepingItsQuery() {
		Document page = Pages.parse(this.mvc.get()
			.uri("/advisors?utm_source=flyer&lang=es")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange());

		assertThat(page.select(".language-switch a")).extracting((link) -> link.attr("hreflang"))
			.containsExactlyElementsOf(MessageFiles.languages());
		assertThat(page.selectFirst(".language-switch a[hreflang=en]").attr("href"))
			.isEqualTo("/advisors?utm_source=flyer&lang=en");
		assertThat(page.selectFirst(".language-switch a[hreflang=en]").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst(".language-switch a[aria-current=true]").attr("hreflang")).isEqualTo("es");
	}

	/**
	 * On the questionnaire the other language is a button of the form: it sends the
	 * answers as they stand, in a GET that pre-fills them, so that switching midway loses
	 * none, with or without JavaScript.
	 */
	@Test
	void onTheQuestionnaireTheOtherLanguageSendsTheAnswersGiven() {
		Document page = Pages.parse(this.mvc.get().uri("/questionnaire?from=AQEAAAAA_lu2&lang=es").exchange());

		assertOtherLanguageSendsTheForm(page, "en", "/questionnaire#section-budget");
		assertThat(page.selectFirst(".language-switch a[aria-current=true]").attr("hreflang")).isEqualTo("es");
		Document switched = Pages.parse(this.mvc.get()
			.uri("/questionnaire?schedule.predictability=fixed&schedule.live-sessions=rarely&lang=en")
			.exchange());
		assertThat(switched.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(switched.selectFirst("#schedule-live-sessions-rarely").hasAttr("checked")).isTrue();
	}

	/**
	 * Without JavaScript, the other language brings the student back to the section they
	 * are on: the first with a question still open; the top of the page before any
	 * answer.
	 */
	@Test
	void onTheQuestionnaireTheOtherLanguageComesBackToTheSectionOnWithoutJavaScript() {
		assertOtherLanguageSendsTheForm(Pages.parse(this.mvc.get().uri("/questionnaire").exchange()), "es",
				"/questionnaire");
		assertOtherLanguageSendsTheForm(
				Pages.parse(this.mvc.get().uri("/questionnaire?schedule.predictability=fixed").exchange()), "es",
				"/questionnaire#section-schedule");
		assertOtherLanguageSendsTheForm(Pages.parse(this.mvc.get()
			.uri("/questionnaire?schedule.predictability=fixed&schedule.live-sessions=rarely"
					+ "&schedule.flexibility-need=important")
			.exchange()), "es", "/questionnaire#section-interaction");
	}

	private static void assertOtherLanguageSendsTheForm(Document page, String language, String action) {
		assertThat(page.select(".language-switch button")).singleElement().satisfies((button) -> {
			assertThat(button.attr("form")).isNotBlank().isEqualTo(page.selectFirst("form.questionnaire").id());
			assertThat(button.attr("type")).isEqualTo("submit");
			assertThat(button.attr("formmethod")).isEqualTo("get");
			assertThat(button.attr("formaction")).isEqualTo(action);
			assertThat(button.attr("name") + "=" + button.val()).isEqualTo("lang=" + language);
			assertThat(button.attr("lang")).isEqualTo(language);
		});
	}

	@Test
	void pagesSearchEnginesMayIndexListTheirAlternativesInEveryLanguage() {
		Document page = Pages.parse(this.mvc.get().uri("/advisors?ref=school&lang=es").exchange());

		assertThat(page.select("link[rel=alternate]")).extracting((link) -> link.attr("hreflang"))
			.containsExactlyElementsOf(
					Stream.concat(MessageFiles.languages().stream(), Stream.of("x-default")).toList());
		assertThat(page.select("link[rel=alternate][hreflang=es]").attr("href"))
			.isEqualTo("http://localhost/advisors?ref=school&lang=es");
		assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href"))
			.isEqualTo("http://localhost/advisors?ref=school");
	}

	@Test
	void pagesSearchEnginesMayNotIndexListNoAlternatives() {
		String result = ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.random(new Random(3)));
		for (String path : List.of(result, result + "/advisor", ShareTokens.LINK_PREFIX + "not-a-token",
				"/questionnaire")) {
			assertListsNoAlternatives(path, this.mvc.get().uri(path).exchange());
		}
		assertListsNoAlternatives("POST /questionnaire",
				this.mvc.post()
					.uri("/questionnaire")
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.param("schedule.predictability", "fixed")
					.exchange());
	}

	private static void assertListsNoAlternatives(String what, MvcTestResult result) {
		assertThat(result.getResponse().getHeader(PrivacyHeaders.ROBOTS_TAG)).as(what).contains("noindex");
		assertThat(Pages.parse(result).select("link[rel=alternate]")).as(what).isEmpty();
		assertThat(Pages.parse(result).select(".language-switch a")).as(what).isNotEmpty();
	}

	@Test
	void onAQuestionnaireSentWithProblemsTheSwitchCarriesTheAnswersGiven() {
		Document page = Pages.parse(this.mvc.post()
			.uri("/questionnaire")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("schedule.predictability", "fixed")
			.param("schedule.live-sessions", "rarely")
			.exchange());

		assertOtherLanguageSendsTheForm(page, "es", "/questionnaire");
		assertThat(page.selectFirst("#schedule-live-sessions-rarely").hasAttr("checked")).isTrue();
		assertThat(page.selectFirst(".language-switch a[aria-current=true]").attr("href"))
			.isEqualTo("/questionnaire?schedule.predictability=fixed&schedule.live-sessions=rarely&lang=en");
	}

	/**
	 * The form holds only answers that are options, so that is all the switch can send;
	 * the link to the page itself carries no more either.
	 */
	@Test
	void onAQuestionnaireSentWithProblemsTheSwitchCarriesOnlyAnswersThatAreOptions() {
		Document page = Pages.parse(this.mvc.post()
			.uri("/questionnaire")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("schedule.predictability", "fixed")
			.param("schedule.live-sessions", "x".repeat(900))
			.param("interaction.discussion", "<script>")
			.param("utm_source", "newsletter")
			.param("lang", "es")
			.exchange());

		assertOtherLanguageSendsTheForm(page, "en", "/questionnaire");
		assertThat(page.select("form.questionnaire input:not([type=radio])")).isEmpty();
		assertThat(page.select("form.questionnaire input[checked]")).extracting((input) -> input.attr("value"))
			.containsExactly("fixed");
		assertThat(page.selectFirst(".language-switch a[aria-current=true]").attr("href"))
			.isEqualTo("/questionnaire?schedule.predictability=fixed&lang=es");
	}

	@Test
	void pagesSayTheyDependOnTheLanguageHeaderAndCookie() {
		MvcTestResult result = this.mvc.get().uri("/").exchange();

		assertThat(String.join(",", result.getResponse().getHeaders(HttpHeaders.VARY)).toLowerCase(Locale.ROOT))
			.contains("accept-language")
			.contains("cookie");
	}

	private String language(MockMvcTester.MockMvcRequestBuilder request) {
		return Pages.parse(request.exchange()).selectFirst("html").attr("lang");
	}

}
