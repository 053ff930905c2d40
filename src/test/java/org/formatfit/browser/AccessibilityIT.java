package org.formatfit.browser;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, on a desktop and on a 375 px phone: zero axe violations against WCAG 2.2
 * AA, no sideways scrolling, targets big enough to tap, and the checks axe cannot make.
 * With {@code -Dscreenshots}, a screenshot of each page goes to target/screenshots.
 */
class AccessibilityIT extends BrowserTestSupport {

	private static final String PARENT = StudentJourneyIT.PARENT;

	@Test
	void everyPageMeetsWcag22AaOnDesktopAndPhone() {
		Map<String, String> pages = pages(PARENT);
		pages.put("not-found", ShareTokens.LINK_PREFIX + "not-a-token");
		ChromeDriver browser = browser();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			open(browser, page.getValue());
			checkPage(browser, page.getKey());
		}
	}

	@Test
	void theQuestionnaireWithErrorsMeetsWcag22AaAndSaysWhatHappened() {
		ChromeDriver browser = browser();
		open(browser, "/questionnaire");
		// Next and See my result let no open question through; a form's submit()
		// skips them, as a form sent from a page the browser kept would.
		navigateByScript(browser, "document.querySelector('[data-questionnaire]').submit()");

		assertThat(browser.getTitle()).isEqualTo("There is a problem – FormatFit");
		assertThat(focused(browser).getAttribute("class")).contains("error-summary");
		List<WebElement> groups = browser.findElements(By.cssSelector("fieldset.question"));
		assertThat(groups).hasSize(15).allSatisfy((group) -> {
			assertThat(group.getAttribute("aria-invalid")).isEqualTo("true");
			String error = group.findElement(By.cssSelector(".error-message")).getAttribute("id");
			assertThat(group.getAttribute("aria-describedby").split(" ")).contains(error);
		});
		checkPage(browser, "questionnaire-errors");
	}

	@Test
	void printedResultsKeepTheirContrast() {
		ChromeDriver browser = browser();
		open(browser, ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(PARENT)));
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

		List<Rule> violations = Axe.violationsOfRules(browser, List.of("color-contrast"));

		assertThat(violations).as(describe(violations)).isEmpty();
	}

	@Test
	void theBrowserReportsAPageThatBreaksTheContentSecurityPolicy() {
		ChromeDriver browser = browser();
		policyViolations(browser);
		open(browser, "/assets/csp-canary.html");

		assertThat(policyViolations(browser)).isNotEmpty();
	}

	@Test
	void axeFindsTheFaultsOfAPageThatHasThem() {
		ChromeDriver browser = browser();
		open(browser, "/assets/axe-canary.html");

		assertThat(Axe.wcag22AaViolations(browser)).extracting(Rule::getId)
			.contains("html-has-lang", "image-alt", "label", "link-name", "button-name");
	}

	private void checkPage(ChromeDriver browser, String name) {
		assertPlainChecks(browser, name);
		checkOnDesktopAndPhone(browser, name);
	}

	/** What axe does not check: language, title, radio groups, score text. */
	private void assertPlainChecks(ChromeDriver browser, String name) {
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.getTitle()).as(name).contains("FormatFit").doesNotStartWith("??");
		for (WebElement radio : browser.findElements(By.cssSelector("input[type=radio]"))) {
			Object legend = script(browser,
					"return arguments[0].closest('fieldset').querySelector('legend').textContent", radio);
			assertThat((String) legend).as("legend of %s", radio.getAttribute("name")).isNotBlank();
		}
		for (WebElement score : browser.findElements(By.cssSelector(".score"))) {
			// Read whether or not its section is open.
			assertThat(score.findElement(By.cssSelector(".score-value")).getAttribute("textContent"))
				.matches("\\d{1,3} out of 100");
		}
	}

}
