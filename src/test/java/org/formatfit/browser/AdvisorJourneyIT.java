package org.formatfit.browser;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.QrCodes;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.Test;
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
		assertThat(browser.findElements(By.cssSelector(".flag-title"))).extracting((flag) -> flag.getText())
			.containsExactly("Staying motivated", "Feeling alone");
		assertThat(browser.findElements(By.cssSelector(".breakdown tbody tr"))).hasSizeGreaterThan(3);
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

		Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
		String document = new String(Base64.getDecoder().decode((String) pdf.get("data")),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(document);
		int count = 0;
		while (pages.find()) {
			count++;
		}
		assertThat(count).isBetween(1, 2);
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
