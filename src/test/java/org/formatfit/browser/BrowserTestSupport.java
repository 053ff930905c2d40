package org.formatfit.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;
import org.formatfit.RequiredOnCi;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test shares: the app on a random port, the thread's headless
 * Chromium, and helpers to answer questions, run axe, measure pages and take screenshots.
 * Without Chromium the tests are skipped on a developer's machine with a note on how to
 * install it, and fail on CI, where a skipped browser suite would hide a broken page.
 * Three integration test classes run at a time, each thread with its own browsers,
 * against the one app.
 */
// A group page asks for new results every second, not every 10: GroupJourneyIT waits
// less.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "formatfit.groups.live-refresh=1s")
abstract class BrowserTestSupport {

	static final int PHONE_WIDTH = 375;

	static final int PHONE_HEIGHT = 812;

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	/**
	 * The innermost elements that reach beyond the given width, for a failure's message.
	 */
	private static final String STICKING_OUT = """
			return [...document.querySelectorAll('body *')]
			  .filter(el => el.getBoundingClientRect().right > arguments[0] + 0.5)
			  .filter((el, i, all) => !all.some(other => other !== el && el.contains(other)))
			  .slice(0, 5)
			  .map(el => Math.round(el.getBoundingClientRect().right) + ' px: ' + el.outerHTML.slice(0, 120));""";

	@LocalServerPort
	int port;

	@BeforeAll
	static void requireChromium() {
		RequiredOnCi.require(Browsers.installed(),
				"The browser tests need Debian's Chromium and its driver: apt-get install -y chromium chromium-driver");
	}

	@AfterEach
	void backToDesktop() {
		if (Browsers.installed()) {
			// The thread's browser goes on to the next test: answers one test left in
			// progress must not fill the next test's questionnaire.
			script(Browsers.withScript(), "try { sessionStorage.clear(); } catch (e) {}");
			desktop(Browsers.withScript());
			Browsers.withScript().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/** Every page a person can reach, by name, with a result of the given answers. */
	static Map<String, String> pages(String answers) {
		String token = ShareTokens.tokenFor(AnswerSets.parse(answers));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("questionnaire", "/questionnaire");
		pages.put("result", ShareTokens.LINK_PREFIX + token);
		pages.put("advisor", ShareTokens.LINK_PREFIX + token + "/advisor");
		pages.put("advisors", "/advisors");
		pages.put("method", "/method");
		pages.put("privacy", "/privacy");
		pages.put("accessibility", "/accessibility");
		return pages;
	}

	ChromeDriver browser() {
		return Browsers.withScript();
	}

	ChromeDriver browserWithoutScript() {
		return Browsers.withoutScript();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void open(ChromeDriver driver, String path) {
		driver.get(url(path));
	}

	/** The path of the page the browser shows, without host and port. */
	String path(ChromeDriver driver) {
		return driver.getCurrentUrl().substring(url("").length());
	}

	/**
	 * Clicks something that loads another page, and waits until the new page has loaded,
	 * so that the next look at the browser sees it. The old page is marked first; the new
	 * one is recognised by having no mark.
	 */
	void clickToNavigate(ChromeDriver driver, WebElement element) {
		script(driver, "window.formatfitOldPage = true");
		element.click();
		waitForNewPage(driver);
	}

	/** Presses a key that loads another page, and waits until the new page has loaded. */
	void pressToNavigate(ChromeDriver driver, CharSequence key) {
		script(driver, "window.formatfitOldPage = true");
		new Actions(driver).sendKeys(key).perform();
		waitForNewPage(driver);
	}

	/** Runs a script that loads another page, and waits until the new page has loaded. */
	void navigateByScript(ChromeDriver driver, String navigation) {
		script(driver, "window.formatfitOldPage = true");
		script(driver, navigation);
		waitForNewPage(driver);
	}

	private void waitForNewPage(ChromeDriver driver) {
		// While the browser swaps pages, a script may find neither: try again until it
		// does.
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until((browser) -> Boolean.TRUE.equals(script(driver,
					"return window.formatfitOldPage === undefined && document.readyState === 'complete'")));
	}

	/** Picks an answer as a person would: by clicking its label. */
	void answer(ChromeDriver driver, Question question, String optionId) {
		driver.findElement(By.cssSelector("label[for='" + inputId(question, optionId) + "']")).click();
	}

	/**
	 * Answers as a person would and sends the questionnaire: with JavaScript one section
	 * at a time with Next, without it the whole form at once.
	 */
	void answerEveryQuestion(ChromeDriver student, String answerSet, boolean javaScript) {
		Map<String, String> answers = AnswerSets.asMap(answerSet);
		for (Section section : Section.values()) {
			for (Question question : section.questions()) {
				answer(student, question, answers.get(question.id()));
			}
			if (javaScript && section != Section.BUDGET) {
				QuestionnaireProgressIT.nextButton(student).click();
			}
		}
		clickToNavigate(student, QuestionnaireProgressIT.submitButton(student));
		assertThat(path(student)).startsWith(ShareTokens.LINK_PREFIX);
	}

	static String inputId(Question question, String optionId) {
		return question.id().replace('.', '-') + "-" + optionId;
	}

	static String groupId(Question question) {
		return question.id().replace('.', '-');
	}

	Object script(ChromeDriver driver, String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	WebElement focused(ChromeDriver driver) {
		return driver.switchTo().activeElement();
	}

	void phone(ChromeDriver driver) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
	}

	void desktop(ChromeDriver driver) {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	static String describe(List<Rule> violations) {
		StringBuilder text = new StringBuilder();
		for (Rule rule : violations) {
			text.append(rule.getId()).append(": ").append(rule.getHelp());
			rule.getNodes().forEach((node) -> text.append("\n    ").append(node.getTarget()));
			text.append('\n');
		}
		return text.toString();
	}

	/** Console messages about the Content-Security-Policy since the last look. */
	List<String> policyViolations(ChromeDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.toList();
	}

	/**
	 * The checks every page passes, in whatever language: no CSP violation, axe on a
	 * desktop and on a phone, no sideways scrolling and no small targets on the phone.
	 * With {@code -Dscreenshots}, saves a screenshot of each; leaves the browser at
	 * desktop size.
	 */
	void checkOnDesktopAndPhone(ChromeDriver browser, String name) {
		assertThat(policyViolations(browser)).as("Content-Security-Policy violations on %s", name).isEmpty();
		assertNoAxeViolations(browser, name + " on a desktop");
		screenshot(browser, name + "-desktop");
		if (openEverySection(browser)) {
			assertNoAxeViolations(browser, name + " on a desktop, every section open");
			screenshot(browser, name + "-desktop-open");
		}

		phone(browser);
		browser.navigate().refresh();
		assertNoAxeViolations(browser, name + " on a phone");
		// Not window.innerWidth: a phone's browser widens the layout of a page that is
		// too wide, and innerWidth with it, so that every page seemed to fit.
		assertThat(script(browser, "return document.documentElement.scrollWidth <= arguments[0]", PHONE_WIDTH))
			.as(() -> "%s scrolls sideways at %d px; what sticks out: %s".formatted(name, PHONE_WIDTH,
					script(browser, STICKING_OUT, PHONE_WIDTH)))
			.isEqualTo(true);
		assertThat(smallTargets(browser)).as("targets under 24×24 px on %s", name).isEmpty();
		screenshot(browser, name + "-phone");
		if (openEverySection(browser)) {
			assertNoAxeViolations(browser, name + " on a phone, every section open");
			assertThat(smallTargets(browser)).as("targets under 24×24 px on %s, every section open", name).isEmpty();
			screenshot(browser, name + "-phone-open");
		}
		desktop(browser);
	}

	/** Opens every closed {@code <details>}; whether there was one. */
	boolean openEverySection(ChromeDriver browser) {
		return (Boolean) script(browser, """
				const closed = [...document.querySelectorAll('details:not([open])')];
				closed.forEach(details => details.open = true);
				return closed.length > 0;""");
	}

	/** Visible targets smaller than 24×24 CSS px that are not links inside a sentence. */
	@SuppressWarnings("unchecked")
	private List<String> smallTargets(ChromeDriver browser) {
		return (List<String>) script(browser, """
				return [...document.querySelectorAll('a, button, input, select, textarea, summary')]
				  .filter(el => el.getClientRects().length > 0 && getComputedStyle(el).display !== 'inline')
				  .filter(el => { const r = el.getBoundingClientRect(); return r.width < 24 || r.height < 24; })
				  .map(el => el.outerHTML.slice(0, 120));""");
	}

	void assertNoAxeViolations(ChromeDriver driver, String page) {
		List<Rule> violations = Axe.wcag22AaViolations(driver);
		assertThat(violations).as("axe on %s:%n%s", page, describe(violations)).isEmpty();
	}

	/** Whether the run asks for screenshots: {@code ./mvnw verify -Dscreenshots}. */
	static boolean screenshotsWanted() {
		return Boolean.getBoolean("formatfit.test.screenshots");
	}

	/**
	 * Saves the whole page, beyond the window, as target/screenshots/{name}.png, when the
	 * run asks for screenshots: for a person changing a page to look at. Other runs take
	 * none: they cost about a sixth of the browser tests' time.
	 */
	void screenshot(ChromeDriver driver, String name) {
		if (!screenshotsWanted()) {
			return;
		}
		// optimizeForSpeed: a larger file, compressed about a third faster.
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
