package org.formatfit.browser;

import org.formatfit.sharing.ShareToken;
import java.util.List;
import java.util.Map;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student answering the questionnaire as a person would: mouse, keyboard, with and
 * without JavaScript.
 */
class StudentJourneyIT extends BrowserTestSupport {

	/** A parent who needs people and flexibility and is free most evenings: hybrid. */
	static final String PARENT = "mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree";

	private final Map<String, String> answers = AnswerSets.asMap(PARENT);

	@Test
	void answersEveryQuestionWithTheMouseOneSectionAtATime() {
		ChromeDriver browser = browser();
		open(browser, "/");
		clickToNavigate(browser, browser.findElement(By.cssSelector("main a.button-primary")));
		assertThat(path(browser)).isEqualTo("/questionnaire");

		for (Section section : Section.values()) {
			WebElement fieldset = browser.findElement(By.id("section-" + section.id()));
			assertThat(fieldset.isDisplayed()).isTrue();
			assertThat(fieldset.findElement(By.cssSelector("legend")).getText())
				.startsWith("Section " + (section.ordinal() + 1) + " of 5");
			assertThat(browser.findElements(By.cssSelector("[data-section]"))).filteredOn(WebElement::isDisplayed)
				.hasSize(1);
			for (Question question : section.questions()) {
				answer(browser, question, this.answers.get(question.id()));
			}
			if (section != Section.BUDGET) {
				assertThat(submitButton(browser).isDisplayed()).isFalse();
				nextButton(browser).click();
			}
		}
		clickToNavigate(browser, submitButton(browser));

		assertThat(path(browser)).startsWith(ShareTokens.LINK_PREFIX);
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("A hybrid course");
		assertThat(ShareToken.parse(path(browser).substring(ShareTokens.LINK_PREFIX.length())).answers())
			.isEqualTo(AnswerSets.parse(PARENT));
	}

	/**
	 * Next lets no open question through (QuestionnaireProgressIT), but a form can still
	 * reach the server with some open: sent by a script, or from a page the browser kept.
	 * The error summary then has the focus and leads to each one.
	 */
	@Test
	void fixesMissingAnswersFromTheErrorSummaryAndKeepsTheOthers() {
		List<Question> leftOut = List.of(Question.SCHEDULE_FLEXIBILITY_NEED, Question.MOTIVATION_PACE,
				Question.BUDGET_GOAL);
		ChromeDriver browser = browser();
		open(browser, "/questionnaire");
		for (Question question : Question.values()) {
			if (!leftOut.contains(question)) {
				script(browser, "document.getElementById(arguments[0]).checked = true",
						inputId(question, this.answers.get(question.id())));
			}
		}
		// A form's submit() sends it without a submit event: the page's own checks never
		// run.
		navigateByScript(browser, "document.querySelector('[data-questionnaire]').submit()");

		assertErrorPage(browser, leftOut);
		assertThat(focused(browser).getAttribute("class")).contains("error-summary");
		fixFromTheSummary(browser, leftOut);
		assertThat(ShareToken.parse(path(browser).substring(ShareTokens.LINK_PREFIX.length())).answers())
			.isEqualTo(AnswerSets.parse(PARENT));
	}

	@Test
	void worksTheSameWithJavaScriptTurnedOff() {
		List<Question> leftOut = List.of(Question.INTERACTION_DISCUSSION, Question.CONNECTIVITY_PLACES);
		ChromeDriver browser = browserWithoutScript();
		open(browser, "/questionnaire");
		assertThat(browser.findElements(By.cssSelector("[data-section]"))).hasSize(5)
			.allSatisfy((section) -> assertThat(section.isDisplayed()).isTrue());
		assertThat(browser.findElements(By.cssSelector(".wizard-nav"))).isEmpty();
		for (Question question : Question.values()) {
			if (!leftOut.contains(question)) {
				answer(browser, question, this.answers.get(question.id()));
			}
		}
		clickToNavigate(browser, submitButton(browser));

		assertErrorPage(browser, leftOut);
		fixFromTheSummary(browser, leftOut);
		assertThat(ShareToken.parse(path(browser).substring(ShareTokens.LINK_PREFIX.length())).answers())
			.isEqualTo(AnswerSets.parse(PARENT));
		assertThat(browser.findElement(By.cssSelector("button[data-copy]")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("share-link")).getAttribute("value")).isEqualTo(browser.getCurrentUrl());
	}

	@Test
	void getsThroughWithTheKeyboardAloneWithFocusAlwaysVisible() {
		ChromeDriver browser = browser();
		open(browser, "/questionnaire");

		press(browser, Keys.TAB);
		assertThat(focused(browser).getAttribute("class")).isEqualTo("skip-link");
		assertFocusVisible(browser);
		press(browser, Keys.ENTER);
		assertThat(focused(browser).getAttribute("id")).isEqualTo("main");

		for (Section section : Section.values()) {
			for (Question question : section.questions()) {
				press(browser, Keys.TAB);
				assertThat(focused(browser).getAttribute("name")).isEqualTo(question.id());
				assertFocusVisible(browser);
				press(browser, Keys.SPACE);
				for (int i = 0; i < question.indexOf(this.answers.get(question.id())); i++) {
					press(browser, Keys.ARROW_DOWN);
				}
				assertThat(focused(browser).getAttribute("value")).isEqualTo(this.answers.get(question.id()));
				assertThat(focused(browser).isSelected()).isTrue();
			}
			if (section == Section.SCHEDULE) {
				// Shift-Tab goes back to the question before, its answer kept.
				press(browser, Keys.SHIFT, Keys.TAB);
				assertThat(focused(browser).getAttribute("name")).isEqualTo("schedule.live-sessions");
				assertThat(focused(browser).isSelected()).isTrue();
				press(browser, Keys.TAB);
			}
			if (section != Section.BUDGET) {
				if (section != Section.SCHEDULE) {
					press(browser, Keys.TAB);
					assertThat(focused(browser).getText()).isEqualTo("Back");
				}
				press(browser, Keys.TAB);
				assertThat(focused(browser).getText()).isEqualTo("Next");
				assertFocusVisible(browser);
				press(browser, Keys.ENTER);
				assertThat(focused(browser).getTagName()).isEqualTo("legend");
			}
		}
		press(browser, Keys.TAB);
		press(browser, Keys.TAB);
		assertThat(focused(browser).getText()).isEqualTo("See my result");
		assertFocusVisible(browser);
		pressToNavigate(browser, Keys.ENTER);

		assertThat(ShareToken.parse(path(browser).substring(ShareTokens.LINK_PREFIX.length())).answers())
			.isEqualTo(AnswerSets.parse(PARENT));
	}

	private void assertErrorPage(ChromeDriver browser, List<Question> leftOut) {
		assertThat(browser.getTitle()).isEqualTo("There is a problem – FormatFit");
		List<WebElement> links = browser.findElements(By.cssSelector(".error-summary a"));
		assertThat(links).hasSize(leftOut.size());
		for (Question question : Question.values()) {
			WebElement group = browser.findElement(By.id(groupId(question)));
			if (leftOut.contains(question)) {
				assertThat(group.getAttribute("aria-invalid")).isEqualTo("true");
				assertThat(group.findElement(By.cssSelector(".error-message")).isDisplayed()).isTrue();
			}
			else {
				assertThat(group.findElement(By.id(inputId(question, this.answers.get(question.id())))).isSelected())
					.as("%s kept", question.id())
					.isTrue();
			}
		}
	}

	private void fixFromTheSummary(ChromeDriver browser, List<Question> leftOut) {
		for (Question question : leftOut) {
			browser
				.findElement(
						By.cssSelector(".error-summary a[href='#" + inputId(question, question.optionId(0)) + "']"))
				.click();
			assertThat(focused(browser).getAttribute("id")).isEqualTo(inputId(question, question.optionId(0)));
			answer(browser, question, this.answers.get(question.id()));
		}
		clickToNavigate(browser, submitButton(browser));
		assertThat(path(browser)).startsWith(ShareTokens.LINK_PREFIX);
	}

	private static WebElement nextButton(ChromeDriver browser) {
		return browser.findElement(By.cssSelector(".wizard-nav .button-primary"));
	}

	private static WebElement submitButton(ChromeDriver browser) {
		return browser.findElement(By.cssSelector(".form-actions button[type=submit]"));
	}

	private static void press(ChromeDriver browser, CharSequence... keys) {
		if (keys.length == 2) {
			new Actions(browser).keyDown(keys[0]).sendKeys(keys[1]).keyUp(keys[0]).perform();
		}
		else {
			new Actions(browser).sendKeys(keys[0]).perform();
		}
	}

	/** Keyboard focus must show: an outline or a ring around whatever has focus. */
	private void assertFocusVisible(ChromeDriver browser) {
		Object outline = script(browser, """
				const style = getComputedStyle(document.activeElement);
				return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
				    || style.boxShadow !== 'none';""");
		assertThat(outline).as("focus visible on %s", focused(browser).getTagName()).isEqualTo(true);
	}

}
