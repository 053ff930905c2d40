package org.formatfit.browser;

import org.formatfit.sharing.ShareToken;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.formatfit.MessageFiles;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journey in Spanish, picked with the language switch, and every page in Spanish
 * checked with axe on a desktop and a phone. Screenshots (with {@code -Dscreenshots}):
 * target/screenshots/es-*.
 */
class SpanishJourneyIT extends BrowserTestSupport {

	private static final Properties SPANISH = MessageFiles.load("es");

	private final Map<String, String> answers = AnswerSets.asMap(StudentJourneyIT.PARENT);

	/** The browser is shared: the next test must not inherit the remembered language. */
	@AfterEach
	void forgetTheLanguage() {
		browser().manage().deleteAllCookies();
	}

	/**
	 * Switching language midway keeps every answer given, with and without JavaScript,
	 * and with it the section the student was on.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void switchingLanguageMidwayKeepsTheAnswersGiven(boolean javaScript) {
		ChromeDriver browser = javaScript ? browser() : browserWithoutScript();
		open(browser, "/questionnaire");
		List<Question> given = new java.util.ArrayList<>(Section.SCHEDULE.questions());
		for (Question question : given) {
			answer(browser, question, this.answers.get(question.id()));
		}
		if (javaScript) {
			browser.findElement(By.cssSelector(".wizard-nav .button-primary")).click();
		}
		given.add(Section.INTERACTION.questions().get(0));
		answer(browser, given.get(given.size() - 1), this.answers.get(given.get(given.size() - 1).id()));

		clickToNavigate(browser, browser.findElement(By.cssSelector(".language-switch button[lang=es]")));

		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		for (Question question : given) {
			assertThat(browser.findElement(By.id(inputId(question, this.answers.get(question.id())))).isSelected())
				.as(question.id())
				.isTrue();
		}
		assertThat(browser.findElements(By.cssSelector("input[type=radio]:checked"))).hasSize(given.size());
		if (javaScript) {
			assertThat(browser.findElements(By.cssSelector("[data-section]"))).as("still on the second section")
				.filteredOn(WebElement::isDisplayed)
				.extracting((section) -> section.getAttribute("id"))
				.containsExactly("section-" + Section.INTERACTION.id());
		}
		browser.manage().deleteAllCookies();
	}

	@Test
	void answersInSpanishAfterPickingItWithTheSwitchAndReadsTheResultInEnglishToo() {
		ChromeDriver browser = browser();
		open(browser, "/");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

		clickToNavigate(browser, browser.findElement(By.cssSelector(".language-switch a[hreflang=es]")));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		clickToNavigate(browser, browser.findElement(By.cssSelector("main a.button-primary")));
		assertThat(path(browser)).isEqualTo("/questionnaire");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("remembered").isEqualTo("es");

		for (Section section : Section.values()) {
			assertThat(browser.findElement(By.cssSelector("#section-" + section.id() + " legend")).getText())
				.startsWith(SPANISH.getProperty("questionnaire.progress")
					.replace("{0}", String.valueOf(section.ordinal() + 1))
					.replace("{1}", "5"));
			for (Question question : section.questions()) {
				answer(browser, question, this.answers.get(question.id()));
			}
			if (section != Section.BUDGET) {
				browser.findElement(By.cssSelector(".wizard-nav .button-primary")).click();
			}
		}
		clickToNavigate(browser, browser.findElement(By.cssSelector(".form-actions button[type=submit]")));

		assertThat(path(browser)).startsWith(ShareTokens.LINK_PREFIX);
		assertThat(ShareToken.parse(path(browser).substring(ShareTokens.LINK_PREFIX.length())).answers())
			.isEqualTo(AnswerSets.parse(StudentJourneyIT.PARENT));
		String spanishHeadline = browser.findElement(By.tagName("h1")).getText();
		assertThat(SPANISH.stringPropertyNames()).filteredOn((key) -> key.startsWith("headline.HYBRID."))
			.extracting(SPANISH::getProperty)
			.contains(spanishHeadline);

		clickToNavigate(browser, browser.findElement(By.cssSelector(".language-switch a[hreflang=en]")));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("A hybrid course");
	}

	@Test
	void everySpanishPageMeetsWcag22AaOnDesktopAndPhone() {
		Map<String, String> pages = pages(StudentJourneyIT.PARENT);
		pages.put("not-found", ShareTokens.LINK_PREFIX + "not-a-token");
		ChromeDriver browser = browser();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String name = "es-" + page.getKey();
			open(browser, page.getValue() + "?lang=es");
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(name).isEqualTo("es");
			checkOnDesktopAndPhone(browser, name);
		}
	}

}
