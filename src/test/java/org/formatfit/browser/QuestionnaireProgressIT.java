package org.formatfit.browser;

import java.util.List;
import java.util.Map;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire as a sturdy form: Next checks the section it leaves and says in place
 * what is open, a progress bar says where the student is, and answers in progress survive
 * a reload, with JavaScript and without.
 */
class QuestionnaireProgressIT extends BrowserTestSupport {

	private final Map<String, String> answers = AnswerSets.asMap(StudentJourneyIT.PARENT);

	@Test
	void nextStaysOnAnIncompleteSectionAndMarksEachOpenQuestionInPlace() {
		ChromeDriver browser = browser();
		open(browser, "/questionnaire");
		List<Question> schedule = Section.SCHEDULE.questions();
		answer(browser, schedule.get(1), this.answers.get(schedule.get(1).id()));
		assertProgress(browser, Section.SCHEDULE);

		nextButton(browser).click();

		assertThat(shownSection(browser)).isEqualTo("section-" + Section.SCHEDULE.id());
		assertProgress(browser, Section.SCHEDULE);
		assertThat(browser.findElement(By.cssSelector(".wizard-incomplete")).getText())
			.isEqualTo("Answer every question in this section to go on. The ones still open are marked.");
		for (Question question : schedule) {
			WebElement group = browser.findElement(By.id(groupId(question)));
			boolean open = question != schedule.get(1);
			assertThat(group.getAttribute("aria-invalid")).as(question.id()).isEqualTo(open ? "true" : null);
			WebElement message = group.findElement(By.cssSelector(".error-message"));
			assertThat(message.isDisplayed()).as(question.id()).isEqualTo(open);
			if (open) {
				assertThat(message.getText()).isEqualTo("Choose one answer.");
			}
			if (open) {
				assertThat(group.getAttribute("aria-describedby")).contains(groupId(question) + "-error");
			}
		}
		assertThat(focused(browser).getAttribute("id"))
			.isEqualTo(inputId(schedule.get(0), schedule.get(0).optionId(0)));
		screenshot(browser, "questionnaire-incomplete-desktop");

		for (Question question : schedule) {
			answer(browser, question, this.answers.get(question.id()));
			WebElement group = browser.findElement(By.id(groupId(question)));
			assertThat(group.findElement(By.cssSelector(".error-message")).isDisplayed())
				.as("%s answered: its error goes", question.id())
				.isFalse();
			assertThat(group.getAttribute("aria-invalid")).isNull();
			assertThat(group.getAttribute("aria-describedby")).isEqualTo(groupId(question) + "-hint");
		}
		nextButton(browser).click();

		assertThat(shownSection(browser)).isEqualTo("section-" + Section.INTERACTION.id());
		assertProgress(browser, Section.INTERACTION);
		assertThat(browser.findElement(By.cssSelector(".wizard-incomplete")).getText()).isEmpty();
		assertThat(focused(browser).getTagName()).isEqualTo("legend");
	}

	@Test
	void seeMyResultWithAnOpenQuestionStaysAndMarksIt() {
		ChromeDriver browser = browser();
		open(browser, "/questionnaire");
		for (Section section : Section.values()) {
			for (Question question : section.questions()) {
				if (question != Question.BUDGET_GOAL) {
					answer(browser, question, this.answers.get(question.id()));
				}
			}
			if (section != Section.BUDGET) {
				nextButton(browser).click();
			}
		}
		assertProgress(browser, Section.BUDGET);

		submitButton(browser).click();

		assertThat(path(browser)).isEqualTo("/questionnaire");
		assertThat(browser.findElement(By.id(groupId(Question.BUDGET_GOAL))).getAttribute("aria-invalid"))
			.isEqualTo("true");
		phone(browser);
		screenshot(browser, "questionnaire-incomplete-phone");
		desktop(browser);

		answer(browser, Question.BUDGET_GOAL, this.answers.get(Question.BUDGET_GOAL.id()));
		clickToNavigate(browser, submitButton(browser));
		assertThat(ShareToken.parse(path(browser).substring(ShareTokens.LINK_PREFIX.length())).answers())
			.isEqualTo(AnswerSets.parse(StudentJourneyIT.PARENT));
	}

	/**
	 * A reload keeps the answers and the section; so does coming back to the
	 * questionnaire in the same tab, where the browser itself restores nothing. After the
	 * result, a new questionnaire starts empty.
	 */
	@Test
	void answersAndTheSectionSurviveAReloadUntilTheResultIsShown() {
		ChromeDriver browser = browser();
		open(browser, "/questionnaire");
		answerSection(browser, Section.SCHEDULE);
		nextButton(browser).click();
		Question given = Section.INTERACTION.questions().get(0);
		answer(browser, given, this.answers.get(given.id()));
		List<String> checked = checkedInputs(browser);
		assertThat(checked).hasSize(Section.SCHEDULE.questions().size() + 1);

		browser.navigate().refresh();
		assertThat(checkedInputs(browser)).as("after a reload").isEqualTo(checked);
		assertThat(shownSection(browser)).isEqualTo("section-" + Section.INTERACTION.id());
		assertProgress(browser, Section.INTERACTION);

		open(browser, "/");
		open(browser, "/questionnaire");
		assertThat(checkedInputs(browser)).as("opened again from another page").isEqualTo(checked);
		assertThat(shownSection(browser)).isEqualTo("section-" + Section.INTERACTION.id());

		for (Section section : Section.values()) {
			if (section.ordinal() >= Section.INTERACTION.ordinal()) {
				answerSection(browser, section);
				if (section != Section.BUDGET) {
					nextButton(browser).click();
				}
			}
		}
		clickToNavigate(browser, submitButton(browser));
		assertThat(path(browser)).startsWith(ShareTokens.LINK_PREFIX);

		open(browser, "/questionnaire");
		assertThat(checkedInputs(browser)).as("a new questionnaire after the result").isEmpty();
		assertThat(shownSection(browser)).isEqualTo("section-" + Section.SCHEDULE.id());
	}

	/**
	 * Without JavaScript nothing of ours can keep an answer, so the browser's own memory
	 * of a form must: a look at another page and Back finds every answer still checked.
	 */
	@Test
	void answersSurviveALookAtAnotherPageWithoutJavaScript() {
		ChromeDriver browser = browserWithoutScript();
		open(browser, "/questionnaire");
		for (Question question : List.of(Question.SCHEDULE_PREDICTABILITY, Question.INTERACTION_DISCUSSION,
				Question.BUDGET_GOAL)) {
			answer(browser, question, this.answers.get(question.id()));
		}
		List<String> checked = checkedInputs(browser);
		assertThat(checked).hasSize(3);

		clickToNavigate(browser, browser.findElement(By.cssSelector("footer a[href='/privacy']")));
		browser.navigate().back();

		assertThat(path(browser)).isEqualTo("/questionnaire");
		assertThat(checkedInputs(browser)).isEqualTo(checked);
	}

	private void assertProgress(ChromeDriver browser, Section section) {
		String expected = "Section " + (section.ordinal() + 1) + " of 5";
		WebElement text = browser.findElement(By.cssSelector(".wizard-progress-text"));
		assertThat(text.getText()).isEqualTo(expected);
		assertThat(text.getAttribute("role")).as("announced when it changes").isEqualTo("status");
		WebElement bar = browser.findElement(By.cssSelector(".wizard-progress progress"));
		assertThat(bar.getAttribute("value")).isEqualTo(String.valueOf(section.ordinal() + 1));
		assertThat(bar.getAttribute("max")).isEqualTo("5");
		assertThat(bar.getAttribute("aria-labelledby")).isEqualTo(text.getAttribute("id"));
	}

	/**
	 * Enter on an answer never switches language, though the other language is a button
	 * of the form: with JavaScript it is Next; without, it sends the form as See my
	 * result does.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void enterOnAnAnswerGoesOnAndNeverSwitchesLanguage(boolean javaScript) {
		ChromeDriver browser = javaScript ? browser() : browserWithoutScript();
		open(browser, "/questionnaire");
		answerSection(browser, Section.SCHEDULE);
		assertThat(focused(browser).getAttribute("type")).isEqualTo("radio");

		if (javaScript) {
			new Actions(browser).sendKeys(Keys.ENTER).perform();
			assertThat(shownSection(browser)).isEqualTo("section-" + Section.INTERACTION.id());
			assertThat(path(browser)).isEqualTo("/questionnaire");
		}
		else {
			pressToNavigate(browser, Keys.ENTER);
			assertThat(browser.getTitle()).isEqualTo("There is a problem – FormatFit");
		}
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
	}

	/**
	 * Without JavaScript no script can keep an answer, so the page's address does: each
	 * section but the last ends in Save and go on, which puts the answers so far in the
	 * address on the way to the next section. A reload keeps every one of them; only the
	 * answers given since are lost.
	 */
	@Test
	void withoutJavaScriptSaveAndGoOnKeepsTheAnswersSoFarThroughAReload() {
		ChromeDriver browser = browserWithoutScript();
		open(browser, "/questionnaire");
		answerSection(browser, Section.SCHEDULE);
		List<String> saved = checkedInputs(browser);

		clickToNavigate(browser, browser
			.findElement(By.cssSelector("#section-" + Section.SCHEDULE.id() + " [data-section-actions] button")));

		assertThat(path(browser)).startsWith("/questionnaire?").endsWith("#section-" + Section.INTERACTION.id());
		assertThat(checkedInputs(browser)).isEqualTo(saved);
		phone(browser);
		screenshot(browser, "questionnaire-without-javascript-phone");
		desktop(browser);
		Question unsaved = Section.INTERACTION.questions().get(0);
		answer(browser, unsaved, this.answers.get(unsaved.id()));
		browser.navigate().refresh();
		assertThat(checkedInputs(browser)).as("after a reload").isEqualTo(saved);
		assertThat(browser.findElements(By.cssSelector("[data-section-actions] button")))
			.hasSize(Section.values().length - 1)
			.allSatisfy((button) -> assertThat(button.getText()).isEqualTo("Save and go on"));
	}

	/**
	 * On a phone, Next brings the next section to the top of the screen: its first
	 * question in the upper part, not under the page's title and introduction again,
	 * which are read once, with the first section. Back does the same.
	 */
	@Test
	void nextBringsTheNextSectionsFirstQuestionToTheTopOfAPhonesScreen() {
		ChromeDriver browser = browser();
		phone(browser);
		open(browser, "/questionnaire");
		assertThat(browser.findElement(By.cssSelector("main > .lead")).isDisplayed()).isTrue();
		answerSection(browser, Section.SCHEDULE);

		nextButton(browser).click();

		assertThat(shownSection(browser)).isEqualTo("section-" + Section.INTERACTION.id());
		assertThat(browser.findElement(By.cssSelector("main > .lead")).isDisplayed()).isFalse();
		WebElement first = browser.findElement(By.id(Section.INTERACTION.questions().get(0).htmlId()));
		assertThat(windowTop(browser, first)).as("the first question's top in the window, in px")
			.isBetween(0L, (long) PHONE_HEIGHT / 3);
		assertThat(windowTop(browser, first.findElement(By.cssSelector("input")))).as("its first answer's top")
			.isBetween(0L, (long) PHONE_HEIGHT / 2);
		screenshot(browser, "questionnaire-after-next-phone");

		browser.findElement(By.cssSelector(".wizard-nav .button:not(.button-primary)")).click();
		assertThat(windowTop(browser, browser.findElement(By.id(Section.SCHEDULE.questions().get(0).htmlId()))))
			.as("after Back")
			.isBetween(0L, (long) PHONE_HEIGHT / 2);
		script(browser, "sessionStorage.clear()");
		desktop(browser);
	}

	/**
	 * Without JavaScript, switching language midway comes back to the section the student
	 * is on, with every answer given so far.
	 */
	@Test
	void withoutJavaScriptTheLanguageSwitchComesBackToTheSection() {
		ChromeDriver browser = browserWithoutScript();
		open(browser, "/questionnaire");
		answerSection(browser, Section.SCHEDULE);
		clickToNavigate(browser, browser
			.findElement(By.cssSelector("#section-" + Section.SCHEDULE.id() + " [data-section-actions] button")));
		List<String> saved = checkedInputs(browser);

		clickToNavigate(browser, browser.findElement(By.cssSelector(".language-switch button[lang=es]")));

		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		assertThat(path(browser)).endsWith("#section-" + Section.INTERACTION.id());
		assertThat(checkedInputs(browser)).isEqualTo(saved);
		assertThat(windowTop(browser, browser.findElement(By.id("section-" + Section.INTERACTION.id())))).isBetween(-1L,
				100L);
		browser.manage().deleteAllCookies();
	}

	private long windowTop(ChromeDriver browser, WebElement element) {
		return ((Number) script(browser, "return arguments[0].getBoundingClientRect().top", element)).longValue();
	}

	@Test
	void withJavaScriptNextTakesThePlaceOfSaveAndGoOn() {
		ChromeDriver browser = browser();
		open(browser, "/questionnaire");

		assertThat(browser.findElements(By.cssSelector("[data-section-actions]"))).noneMatch(WebElement::isDisplayed);
		assertThat(browser.findElement(By.cssSelector(".wizard-nav .button-primary")).isDisplayed()).isTrue();
	}

	/** Answers every question of a section, as the parent would. */
	private void answerSection(ChromeDriver browser, Section section) {
		for (Question question : section.questions()) {
			answer(browser, question, this.answers.get(question.id()));
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> checkedInputs(ChromeDriver browser) {
		return (List<String>) script(browser,
				"return [...document.querySelectorAll('input[type=radio]:checked')].map(input => input.id)");
	}

	private static String shownSection(ChromeDriver browser) {
		List<WebElement> shown = browser.findElements(By.cssSelector("[data-section]"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
		assertThat(shown).hasSize(1);
		return shown.get(0).getAttribute("id");
	}

	static WebElement nextButton(ChromeDriver browser) {
		return browser.findElement(By.cssSelector(".wizard-nav .button-primary"));
	}

	static WebElement submitButton(ChromeDriver browser) {
		return browser.findElement(By.cssSelector(".form-actions button[type=submit]"));
	}

}
