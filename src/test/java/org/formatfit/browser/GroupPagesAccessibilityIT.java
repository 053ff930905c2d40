package org.formatfit.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the groups, in English and in Spanish, checked with axe on a desktop and
 * a phone, with screenshots ({@code -Dscreenshots}) in target/screenshots/group-*,
 * join-*, result-share-*, withdraw-* and delete-group-*. A class of its own, apart from
 * {@link GroupJourneyIT}, so that the two run side by side; its two languages run side by
 * side too, each on its thread's browser, since each alone is as long as most classes.
 */
@Execution(ExecutionMode.CONCURRENT)
class GroupPagesAccessibilityIT extends BrowserTestSupport {

	/**
	 * The thread's browser goes on to the next test: it must not inherit a language
	 * picked here.
	 */
	@AfterEach
	void forgetTheLanguage() {
		browser().manage().deleteAllCookies();
	}

	/**
	 * Every page of the groups, in a group with one result shared: zero axe violations
	 * against WCAG 2.2 AA, no sideways scrolling and no small targets at 375 px and on a
	 * desktop, in each language.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void everyGroupPageMeetsWcag22AaOnDesktopAndPhone(String language) {
		ChromeDriver browser = browser();
		open(browser, "/groups/new?lang=" + language);
		check(browser, "group-new", language);

		clickToNavigate(browser, browser.findElement(By.cssSelector(".group-form button[type=submit]")));
		assertThat(browser.findElements(By.cssSelector(".field .error-message"))).hasSize(1);
		check(browser, "group-new-error", language);

		String label = "es".equals(language) ? "Orientación en línea, martes 18 h" : "Online orientation, Tuesday 6 pm";
		browser.findElement(By.id("label")).sendKeys(label);
		clickToNavigate(browser, browser.findElement(By.cssSelector(".group-form button[type=submit]")));
		String groupPath = path(browser);
		assertThat(groupPath).matches(GroupJourneyIT.GROUP_PATH);
		check(browser, "group-page-empty", language);
		String joinUrl = browser.findElement(By.id("join-link")).getAttribute("value");

		browser.get(joinUrl);
		assertThat(browser.findElement(By.cssSelector(".invitation")).getText()).contains(label);
		check(browser, "join-questionnaire", language);

		answerEveryQuestion(browser, GroupJourneyIT.SHARER, true);
		assertThat(GroupJourneyIT.shareButton(browser).isDisplayed()).isTrue();
		check(browser, "result-share", language);

		clickToNavigate(browser, GroupJourneyIT.shareButton(browser));
		assertThat(path(browser)).startsWith("/withdraw/");
		check(browser, "withdraw", language);

		open(browser, groupPath);
		assertThat(GroupJourneyIT.eachResult(browser)).hasSize(1);
		check(browser, "group-page", language);

		open(browser, groupPath + "/sheet");
		check(browser, "group-sheet", language);
		open(browser, groupPath);
		clickToNavigate(browser, GroupJourneyIT.eachResult(browser).get(0).findElement(By.cssSelector("th a")));
		assertThat(browser.findElements(By.cssSelector(".group-share-note"))).hasSize(1);
		check(browser, "group-result", language);
		clickToNavigate(browser, browser.findElement(By.cssSelector("a[href$='/remove']")));
		check(browser, "remove-result", language);
		open(browser, "/join?code=ZZZZZZZZ");
		assertThat(browser.findElements(By.id("join-code-error"))).hasSize(1);
		check(browser, "join-code-error", language);
		open(browser, groupPath);

		clickToNavigate(browser, browser.findElement(By.cssSelector("a[href='" + groupPath + "/delete']")));
		check(browser, "delete-group", language);
		clickToNavigate(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(path(browser)).isEqualTo("/groups/deleted");
	}

	private void check(ChromeDriver browser, String page, String language) {
		String name = page + "-" + language;
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(name).isEqualTo(language);
		assertThat(browser.getTitle()).as(name).contains("FormatFit").doesNotContain("??");
		checkOnDesktopAndPhone(browser, name);
	}

}
