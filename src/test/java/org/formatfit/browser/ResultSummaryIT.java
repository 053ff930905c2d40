package org.formatfit.browser;

import java.time.Duration;
import java.util.List;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.QuestionnairePath;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page on a 375 × 812 phone, for very different results: the summary card,
 * with the result, how clear it is, the main reasons and both actions, ends within the
 * first screen and a half; with its sections closed, the whole page is at most three
 * screens and a quarter; each section opens without JavaScript.
 */
class ResultSummaryIT extends BrowserTestSupport {

	/**
	 * A hybrid result, a clear asynchronous one, a live-lover on spotty internet, a
	 * traveller.
	 */
	@ParameterizedTest
	@ValueSource(strings = { StudentJourneyIT.PARENT, AdvisorJourneyIT.DRIFTER,
			"fixed yes nice-to-have essential essential lonely one usually helps fast spotty one-place own secondary degree",
			"shifting rarely main-reason neutral occasional fine several always no-effect own public-only on-the-move own secondary certificate" })
	void showsTheSummaryAndBothActionsInTheFirstScreenAndAHalf(String answers) {
		ChromeDriver browser = browser();
		phone(browser);
		open(browser, ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(answers)));

		WebElement card = browser.findElement(By.cssSelector(".summary-card"));
		assertThat(card.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(card.findElements(By.cssSelector(".summary-reasons li"))).hasSizeBetween(1, 6);
		List<WebElement> actions = card.findElements(By.cssSelector(".summary-actions a"));
		assertThat(actions).extracting(WebElement::getText).containsExactly("Send to my advisor", "Change my answers");
		assertThat(bottom(browser, card)).as("the card's bottom, in px").isLessThanOrEqualTo(PHONE_HEIGHT * 3 / 2);
		for (WebElement action : actions) {
			assertThat(bottom(browser, action)).isLessThanOrEqualTo(PHONE_HEIGHT * 3 / 2);
		}
		// Since model version 3 the card holds the student's reasons in full (why the
		// format fits, what to watch out for and what softens it), which the page kept
		// closed before: a quarter of a screen more than the three screens it had.
		assertThat(pageHeight(browser)).as("the page's height with every section closed, in px")
			.isLessThanOrEqualTo(PHONE_HEIGHT * 13 / 4);
		desktop(browser);
	}

	/**
	 * Reached through a group's join link, sharing with the group is the main action: its
	 * name field and button are in the first phone screen, for very different results and
	 * in both languages.
	 */
	@ParameterizedTest
	@ValueSource(strings = { StudentJourneyIT.PARENT, AdvisorJourneyIT.DRIFTER,
			"fixed yes nice-to-have essential essential lonely one usually helps fast spotty one-place own secondary degree",
			"shifting rarely main-reason neutral occasional fine several always no-effect own public-only on-the-move own secondary certificate" })
	void offersToShareWithTheGroupInTheFirstScreenWhenInvited(String answers) {
		ChromeDriver browser = browser();
		open(browser, "/groups/new");
		browser.findElement(By.id("label")).sendKeys("Online orientation, Tuesday 6 pm");
		clickToNavigate(browser, browser.findElement(By.cssSelector(".group-form button[type=submit]")));
		String joinUrl = browser.findElement(By.id("join-link")).getAttribute("value");
		String code = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
		phone(browser);
		for (String language : List.of("en", "es")) {
			open(browser, ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(answers)) + "?group=" + code
					+ "&lang=" + language);

			WebElement button = browser.findElement(By.cssSelector("section.group-share form button[type=submit]"));
			assertThat(bottom(browser, browser.findElement(By.id("share-name")))).as(language)
				.isLessThanOrEqualTo(PHONE_HEIGHT);
			assertThat(bottom(browser, button)).as("%s: the share button's bottom, in px", language)
				.isLessThanOrEqualTo(PHONE_HEIGHT);
		}
		browser.manage().deleteAllCookies();
		desktop(browser);
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void opensEachSectionWithAndWithoutJavaScript(boolean javaScript) {
		ChromeDriver browser = javaScript ? browser() : browserWithoutScript();
		open(browser, ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(StudentJourneyIT.PARENT)));

		List<WebElement> sections = browser.findElements(By.cssSelector("main details"));
		assertThat(sections).hasSizeGreaterThanOrEqualTo(5)
			.noneMatch((section) -> section.getAttribute("open") != null);
		WebElement score = browser.findElement(By.cssSelector(".score-value"));
		assertThat(score.isDisplayed()).isFalse();
		WebElement scores = browser.findElement(By.id("scores-heading"));
		scores.click();

		assertThat(score.isDisplayed()).isTrue();
		assertThat(score.getText()).matches("\\d{1,3} out of 100");
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void sendToMyAdvisorLeadsToTheShareSection(boolean javaScript) {
		ChromeDriver browser = javaScript ? browser() : browserWithoutScript();
		phone(browser);
		open(browser, ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(StudentJourneyIT.PARENT)));

		browser.findElement(By.linkText("Send to my advisor")).click();

		WebElement heading = browser.findElement(By.id("share-heading"));
		assertThat(top(browser, heading)).as("the share heading's top in the window").isBetween(-1L, 100L);
		assertThat(browser.findElement(By.id("share-link")).isDisplayed()).isTrue();
		desktop(browser);
	}

	/**
	 * From the recap, one answer: the questionnaire opens at it, every answer filled in.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void changesOneAnswerFromTheRecap(boolean javaScript) {
		ChromeDriver browser = javaScript ? browser() : browserWithoutScript();
		phone(browser);
		open(browser, ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(StudentJourneyIT.PARENT)));
		browser.findElement(By.id("recap-heading")).click();
		Question internet = Question.CONNECTIVITY_INTERNET;

		WebElement change = browser.findElement(By.cssSelector(".recap-change[href$='#" + internet.htmlId() + "']"));
		assertThat(change.getText()).isEqualTo("Change");
		assertThat(change.getAttribute("aria-label")).startsWith("Change").contains("internet");
		clickToNavigate(browser, change);

		assertThat(path(browser)).startsWith(QuestionnairePath.PATH);
		WebElement group = browser.findElement(By.id(internet.htmlId()));
		assertThat(group.isDisplayed()).isTrue();
		long top = ((Number) script(browser, "return arguments[0].getBoundingClientRect().top", group)).longValue();
		assertThat(top).as("the question's top in the window").isBetween(-1L, (long) PHONE_HEIGHT / 2);
		assertThat(browser.findElements(By.cssSelector("input[type=radio]:checked"))).hasSize(Question.count());
		if (javaScript) {
			// The script moves the focus once the page has loaded.
			String answer = inputId(internet, "reliable");
			new WebDriverWait(browser, Duration.ofSeconds(5))
				.until((driver) -> answer.equals(focused(browser).getAttribute("id")));
			assertThat(browser.findElements(By.cssSelector("[data-section]"))).filteredOn(WebElement::isDisplayed)
				.hasSize(1);
		}
		desktop(browser);
	}

	private long bottom(ChromeDriver browser, WebElement element) {
		return ((Number) script(browser, "return arguments[0].getBoundingClientRect().bottom + window.scrollY",
				element))
			.longValue();
	}

	private long top(ChromeDriver browser, WebElement element) {
		return ((Number) script(browser, "return arguments[0].getBoundingClientRect().top", element)).longValue();
	}

	private long pageHeight(ChromeDriver browser) {
		return ((Number) script(browser, "return document.documentElement.scrollHeight")).longValue();
	}

}
