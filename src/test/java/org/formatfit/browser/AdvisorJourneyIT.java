package org.formatfit.browser;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.recommendation.TradeOff;
import org.formatfit.sharing.QrCodes;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** An advisor opening a link a student sent: the result, the advisor view, and paper. */
class AdvisorJourneyIT extends BrowserTestSupport {

	/** Self-paced, but keeps on track only sometimes and finds studying alone lonely. */
	static final String DRIFTER = "on-call no main-reason helpful occasional lonely one sometimes no-effect own reliable one-place own important degree";

	@Test
	void opensASharedLinkAndTheAdvisorView() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));
		ChromeDriver browser = browser();
		open(browser, ShareTokens.LINK_PREFIX + token);
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("An asynchronous course");

		clickToNavigate(browser, browser.findElement(By.linkText("View as advisor")));

		assertThat(path(browser)).isEqualTo(ShareTokens.LINK_PREFIX + token + "/advisor");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("An asynchronous course is the only format that fits this student’s week.");
		// For an advisor: what to talk about first, then the result, then the answers.
		assertThat(browser.findElements(By.cssSelector("main h2"))).extracting(WebElement::getText)
			.startsWith("Risks to talk about", "Questions to talk through", "What the student is told to do next",
					"How well each format fits the student");
		assertThat(browser.findElements(By.cssSelector(".flag-title"))).extracting((flag) -> flag.getText())
			.containsExactly("Staying motivated", "Feeling alone");
		assertThat(browser.findElements(By.cssSelector(".checklist li"))).isNotEmpty();
		// The trade-offs by name, each a link to where the method explains it.
		List<WebElement> tradeOffs = browser.findElements(By.cssSelector(".breakdown tbody th a"));
		assertThat(tradeOffs).hasSizeGreaterThan(3).allSatisfy((link) -> {
			assertThat(link.getText()).isNotIn(Arrays.stream(TradeOff.values()).map(TradeOff::id).toList());
			assertThat(link.getAttribute("href")).startsWith(url("/method#tradeoff-"));
		});
		String method = tradeOffs.get(0).getAttribute("href");
		clickToNavigate(browser, tradeOffs.get(0));
		assertThat(browser.findElement(By.id(method.substring(method.indexOf('#') + 1))).isDisplayed()).isTrue();
		browser.navigate().back();
		clickToNavigate(browser, browser.findElement(By.linkText("See the student’s page")));
		assertThat(path(browser)).isEqualTo(ShareTokens.LINK_PREFIX + token);
	}

	@Test
	void copiesTheLinkWithOneClick() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));
		ChromeDriver browser = browser();
		open(browser, ShareTokens.LINK_PREFIX + token);

		browser.findElement(By.cssSelector("button[data-copy]")).click();

		WebElement status = browser.findElement(By.cssSelector("[data-copy-status]"));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((driver) -> !status.getText().isEmpty());
		assertThat(status.getText()).isIn("Link copied.", "Could not copy. Select the link and copy it yourself.");
		assertThat(status.getAttribute("role")).isEqualTo("status");
		assertThat(focused(browser).getText()).isEqualTo("Copy link");
	}

	@Test
	void drawsAQrCodeOnTheScreenThatScansBackToTheLink() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));
		ChromeDriver browser = browser();
		open(browser, ShareTokens.LINK_PREFIX + token);

		// What Chromium painted, read as a phone's camera would: the path is stroked, and
		// a stroke in the wrong place or of the wrong width makes an unreadable code.
		openEverySection(browser);
		byte[] painted = browser.findElement(By.cssSelector("svg.qr")).getScreenshotAs(OutputType.BYTES);

		assertThat(QrCodes.readPng(painted)).isEqualTo(url(ShareTokens.LINK_PREFIX + token));
	}

	@Test
	void printsTheResultOnTwoPagesWithItsLinkAndQrCode() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));
		ChromeDriver browser = browser();
		open(browser, ShareTokens.LINK_PREFIX + token);

		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
		assertThat(browser.findElements(By.cssSelector("main .button"))).noneMatch((button) -> button.isDisplayed());
		assertThat(browser.findElement(By.cssSelector(".print-link")).getText())
			.isEqualTo(url(ShareTokens.LINK_PREFIX + token));
		// Printed although its section is closed on the screen: measured, since WebDriver
		// counts whatever is inside a closed <details> as hidden.
		assertThat(script(browser, "return document.querySelector('svg.qr').getBoundingClientRect().height"))
			.isNotEqualTo(0L);
		assertThat(script(browser, "return document.querySelector('.recap').getBoundingClientRect().height"))
			.isNotEqualTo(0L);
		screenshot(browser, "result-print");

		assertThat(printedPages(browser)).isBetween(1, 2);
	}

	/**
	 * The advisor view on paper: at most two pages, for a result with few risks and for
	 * ones with many, with the address of the student's result and a QR code that scans
	 * back to it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { DRIFTER, StudentJourneyIT.PARENT,
			"shifting rarely important essential helpful lonely none rarely helps fast spotty on-the-move none top degree",
			"fixed yes nice-to-have essential essential lonely one usually helps fast spotty one-place own secondary degree" })
	void printsTheAdvisorViewOnTwoPagesWithTheLinkAndAQrCodeThatScans(String answers) {
		String link = url(ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(answers)));
		ChromeDriver browser = browser();
		open(browser, ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(answers)) + "/advisor");

		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
		assertThat(browser.findElements(By.cssSelector("main .button"))).noneMatch(WebElement::isDisplayed);
		assertThat(browser.findElement(By.cssSelector(".advisor-link .print-link")).getText()).isEqualTo(link);
		byte[] painted = browser.findElement(By.cssSelector(".advisor-link svg.qr")).getScreenshotAs(OutputType.BYTES);
		assertThat(QrCodes.readPng(painted)).isEqualTo(link);
		// With -Dscreenshots, the screenshot as wide as a sheet of Letter paper inside
		// its
		// margins (8.5 in less 2 × 14 mm, at 96 px an inch), to look at how pages fill.
		if (screenshotsWanted()) {
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 710, "height", 966, "deviceScaleFactor", 1, "mobile", false));
			screenshot(browser, "advisor-print-" + String.join("-", List.of(answers.split(" ")).subList(0, 3)));
			desktop(browser);
		}

		assertThat(printedPages(browser)).isBetween(1, 2);
	}

	/** How many pages Chromium prints the page on, A4 or Letter as it defaults. */
	private static int printedPages(ChromeDriver browser) {
		Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
		String document = new String(Base64.getDecoder().decode((String) pdf.get("data")),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(document);
		int count = 0;
		while (pages.find()) {
			count++;
		}
		return count;
	}

	@Test
	void showsTheNotFoundPageForALinkThatWasCutShort() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(DRIFTER));
		ChromeDriver browser = browser();

		open(browser, ShareTokens.LINK_PREFIX + token.substring(0, 10) + "/advisor");

		assertThat(browser.getTitle()).isEqualTo("Page not found – FormatFit");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("We can’t find that page");
		clickToNavigate(browser, browser.findElement(By.linkText("Start the questionnaire")));
		assertThat(path(browser)).isEqualTo("/questionnaire");
	}

}
