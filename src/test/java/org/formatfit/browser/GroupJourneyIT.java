package org.formatfit.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.QrCodes;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Advisor groups in the browser: an advisor makes a group, students join through its
 * link, with and without JavaScript, and share their result or not; the group page, its
 * CSV, taking a result back and deleting the group. {@link GroupPagesAccessibilityIT}
 * checks each of these pages with axe.
 */
class GroupJourneyIT extends BrowserTestSupport {

	/** A group's private page: its key is 22 base64url characters. */
	static final String GROUP_PATH = "/groups/[A-Za-z0-9_-]{22}";

	/** A join code: 8 characters without look-alikes. */
	private static final String JOIN_CODE = "[23456789abcdefghjkmnpqrstuvwxyz]{8}";

	static final String SHARER = AdvisorJourneyIT.DRIFTER;

	private static final String KEEPER = StudentJourneyIT.PARENT;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * The thread's browser goes on to the next test: it must not inherit a language
	 * picked here.
	 */
	@AfterEach
	void forgetTheLanguage() {
		browser().manage().deleteAllCookies();
	}

	/**
	 * The journey end to end. The advisor and the student with JavaScript share
	 * one browser, as the page's address is all either of them has; the student without
	 * JavaScript has the other.
	 */
	@Test
	void onlyTheResultAStudentSharesReachesTheGroupUntilTheyTakeItBackAndTheGroupIsDeleted() throws Exception {
		String label = "Online orientation, Tuesday 6 pm";
		ChromeDriver advisor = browser();
		String groupPath = makeGroup(advisor, label);
		assertThat(advisor.findElement(By.tagName("h1")).getText()).isEqualTo(label);
		String joinUrl = advisor.findElement(By.id("join-link")).getAttribute("value");
		assertThat(joinUrl).matches(url("/join/") + JOIN_CODE);
		String code = joinUrl.substring(url("/join/").length());
		// What Chromium painted, read as a phone's camera would.
		byte[] painted = advisor.findElement(By.cssSelector("svg.qr")).getScreenshotAs(OutputType.BYTES);
		assertThat(QrCodes.readPng(painted)).isEqualTo(joinUrl);
		assertThat(resultCount(advisor)).isEqualTo("No results yet");
		assertThat(advisor.findElements(By.cssSelector("table.group-table"))).isEmpty();

		// The student without JavaScript answers and shares.
		ChromeDriver sharer = browserWithoutScript();
		sharer.get(joinUrl);
		assertInvitation(sharer, label, code);
		answerEveryQuestion(sharer, SHARER, false);
		String sharerToken = ShareTokens.tokenFor(AnswerSets.parse(SHARER));
		assertThat(path(sharer)).isEqualTo(invitedResult(SHARER, code));
		clickToNavigate(sharer, shareButton(sharer));
		String withdrawPath = path(sharer);
		assertThat(withdrawPath).startsWith("/withdraw/");
		assertThat(sharer.findElement(By.tagName("h1")).getText())
			.isEqualTo("Your result is shared with “" + label + "”");
		assertThat(sharer.findElement(By.id("withdraw-link")).getAttribute("value")).isEqualTo(url(withdrawPath));

		// The student with JavaScript answers too, is offered the same choice, and lets
		// it go: nothing of theirs may reach the group.
		ChromeDriver keeper = browser();
		keeper.get(joinUrl);
		assertInvitation(keeper, label, code);
		answerEveryQuestion(keeper, KEEPER, true);
		String keeperToken = ShareTokens.tokenFor(AnswerSets.parse(KEEPER));
		assertThat(keeperToken).isNotEqualTo(sharerToken);
		assertThat(path(keeper)).isEqualTo(invitedResult(KEEPER, code));
		assertThat(shareButton(keeper).isDisplayed()).isTrue();

		// The advisor comes back through the bookmarked address.
		open(advisor, groupPath);
		assertThat(resultCount(advisor)).isEqualTo("1 result");
		List<WebElement> rows = eachResult(advisor);
		assertThat(rows).hasSize(1);
		List<WebElement> cells = rows.get(0).findElements(By.cssSelector("th, td"));
		assertThat(cells).hasSize(6);
		WebElement firstResult = cells.get(0).findElement(By.tagName("a"));
		assertThat(firstResult.getText()).isEqualTo("Result 1");
		assertThat(firstResult.getAttribute("href")).matches(Pattern.quote(url(groupPath)) + "/results/\\d+");
		// Result, format, risks, how clear, day: what an advisor looks for first comes
		// first, so that it shows on a phone without scrolling the table sideways.
		assertThat(cells.get(1).getText()).isEqualTo("Asynchronous");
		List<String> rowFlags = Arrays.asList(cells.get(2).getText().split(", "));
		assertThat(cells.get(4).getText()).isEqualTo(LocalDate.now()
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)));
		List<String> summaryFlags = advisor
			.findElements(By.xpath("//h3[normalize-space()='Risks to talk about']/following-sibling::ul[1]/li/span"))
			.stream()
			.map(WebElement::getText)
			.toList();
		String csvUrl = advisor.findElement(By.cssSelector("a[href$='/results.csv']")).getAttribute("href");
		assertThat(csvUrl).isEqualTo(url(groupPath + "/results.csv"));

		// The flags the group shows are the ones the advisor view of that result shows.
		clickToNavigate(advisor, firstResult);
		List<String> advisorFlags = advisor.findElements(By.cssSelector(".flag-title"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(advisorFlags).as("the drifter raises flags").isNotEmpty();
		assertThat(rowFlags).containsExactlyInAnyOrderElementsOf(advisorFlags);
		assertThat(summaryFlags).containsExactlyInAnyOrderElementsOf(advisorFlags);

		List<String> csv = csvLines(csvUrl);
		assertThat(csv).hasSize(2);
		assertThat(csv.get(0)).startsWith("\uFEFFNo.,Result,Shared on,Recommended format,");
		List<String> row = Arrays.asList(csv.get(1).split(","));
		assertThat(row.get(1)).isEqualTo("Result 1");
		assertThat(row.get(3)).isEqualTo("Asynchronous");
		assertThat(row.get(row.size() - 2)).isEqualTo(sharerToken);
		assertThat(String.join("\n", csv)).doesNotContain(keeperToken);

		// The student takes the result back; the advisor pauses live updates, so that the
		// script cannot swap the link away before the click, and Refresh shows it gone.
		open(advisor, groupPath);
		WebElement pause = advisor.findElement(By.cssSelector("[data-group-pause]"));
		pause.click();
		assertThat(pause.getAttribute("aria-pressed")).isEqualTo("true");
		clickToNavigate(sharer, sharer.findElement(By.cssSelector("form[action='" + withdrawPath + "'] button")));
		assertThat(path(sharer)).isEqualTo("/withdrawn");
		assertThat(sharer.findElement(By.tagName("h1")).getText()).isEqualTo("Result taken back");
		clickToNavigate(advisor, advisor.findElement(By.cssSelector("[data-group-refresh]")));
		assertThat(path(advisor)).isEqualTo(groupPath);
		assertThat(resultCount(advisor)).isEqualTo("No results yet");
		assertThat(advisor.findElements(By.cssSelector("table.group-table"))).isEmpty();
		assertThat(csvLines(csvUrl)).hasSize(1);

		// Deleting asks first, then the group's page is gone like any unknown address.
		clickToNavigate(advisor, advisor.findElement(By.linkText("Delete this group")));
		assertThat(path(advisor)).isEqualTo(groupPath + "/delete");
		assertThat(advisor.findElement(By.tagName("h1")).getText()).isEqualTo("Delete “" + label + "”?");
		clickToNavigate(advisor, advisor.findElement(By.xpath("//button[normalize-space()='Delete the group']")));
		assertThat(path(advisor)).isEqualTo("/groups/deleted");
		assertThat(advisor.findElement(By.tagName("h1")).getText()).isEqualTo("Group deleted");
		open(advisor, groupPath);
		assertThat(advisor.getTitle()).isEqualTo("Page not found – FormatFit");
		assertThat(advisor.findElement(By.tagName("h1")).getText()).isEqualTo("We can’t find that page");
		assertThat(get(url(groupPath)).statusCode()).isEqualTo(404);
		assertThat(get(csvUrl).statusCode()).isEqualTo(404);
		assertThat(get(joinUrl).statusCode()).as("the join link goes with the group").isEqualTo(404);
	}

	/**
	 * Issue 30's journey: three students, two with the same answers, each named. One of
	 * the two takes theirs back and the other's stays; the first joins by typing the code
	 * from the board in capitals with a space; the advisor removes one result, closes the
	 * group to new ones and opens it again.
	 */
	@Test
	void threeNamedStudentsTwoWithTheSameAnswersAndAnAdvisorWhoRemovesClosesAndReopens() {
		ChromeDriver browser = browser();
		String groupPath = makeGroup(browser, "Evening cohort");
		String joinUrl = browser.findElement(By.id("join-link")).getAttribute("value");
		String code = joinUrl.substring(url("/join/").length());
		String written = (code.substring(0, 4) + " " + code.substring(4)).toUpperCase(Locale.ROOT);

		open(browser, "/");
		browser.findElement(By.id("join-code")).sendKeys(written);
		clickToNavigate(browser, browser.findElement(By.cssSelector(".join-form button[type=submit]")));
		assertInvitation(browser, "Evening cohort", code);
		String ana = answerAndShare(browser, SHARER, "Ana");
		// The others open their result as the questionnaire leaves them, with the group's
		// code: the way there is the first journey's.
		String ben = shareFromResult(browser, SHARER, code, "Ben");
		assertThat(ben).as("the same answers, each share its own").isNotEqualTo(ana);
		shareFromResult(browser, KEEPER, code, "Cam");

		open(browser, groupPath);
		assertThat(names(browser)).containsExactly("Ana", "Ben", "Cam");

		open(browser, ana);
		clickToNavigate(browser, browser.findElement(By.cssSelector("form[action='" + ana + "'] button")));
		open(browser, groupPath);
		assertThat(names(browser)).containsExactly("Ben", "Cam");

		clickToNavigate(browser, eachResult(browser).get(1).findElement(By.cssSelector("a[href$='/remove']")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Remove Cam from “Evening cohort”?");
		clickToNavigate(browser, browser.findElement(By.xpath("//button[normalize-space()='Remove the result']")));
		assertThat(names(browser)).containsExactly("Ben");

		clickToNavigate(browser,
				browser.findElement(By.xpath("//button[normalize-space()='Close the group to new results']")));
		assertThat(browser.findElement(By.id("sharing")).getText()).isEqualTo("Closed to new results");
		open(browser, invitedResult(KEEPER, code));
		assertThat(browser.findElements(By.cssSelector("section.group-share form"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("section.group-share")).getText()).contains("closed");

		open(browser, groupPath);
		clickToNavigate(browser, browser.findElement(By.xpath("//button[normalize-space()='Open the group again']")));
		assertThat(browser.findElement(By.id("sharing")).getText()).isEqualTo("Open to new results");
		shareFromResult(browser, KEEPER, code, "");
		open(browser, groupPath);
		assertThat(names(browser)).containsExactly("Ben", "Result 2");
		deleteGroup(browser, groupPath);
	}

	/**
	 * The group sheet is one printed page, in both languages, on A4 and on US Letter:
	 * Chromium prints it to PDF, whose pages are counted.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void printsTheGroupSheetOnOnePage(String language) {
		ChromeDriver browser = browser();
		String label = "es".equals(language) ? "Orientación en línea, martes 18 h" : "Online orientation, Tuesday 6 pm";
		String groupPath = makeGroup(browser, label);
		open(browser, groupPath + "/sheet?lang=" + language);
		assertThat(browser.findElement(By.cssSelector(".sheet-code")).getText()).matches("[2-9A-Z]{4} [2-9A-Z]{4}");
		for (PageSize paper : List.of(new PageSize(29.7, 21.0), new PageSize(27.94, 21.59))) {
			PrintOptions print = new PrintOptions();
			print.setPageSize(paper);
			String pdf = new String(Base64.getDecoder().decode(browser.print(print).getContent()),
					StandardCharsets.ISO_8859_1);
			assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count())
				.as("%s pages on %s x %s cm", language, paper.getHeight(), paper.getWidth())
				.isEqualTo(1);
		}
		browser.manage().deleteAllCookies();
		deleteGroup(browser, groupPath);
	}

	/**
	 * Answers, types the name (if any) in the share form and shares; the withdraw path.
	 */
	private String answerAndShare(ChromeDriver student, String answerSet, String name) {
		answerEveryQuestion(student, answerSet, true);
		return share(student, name);
	}

	private String shareFromResult(ChromeDriver student, String answerSet, String code, String name) {
		open(student, invitedResult(answerSet, code));
		return share(student, name);
	}

	/** A result as the questionnaire opened through a join link leaves it. */
	private static String invitedResult(String answerSet, String code) {
		return ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(answerSet)) + "?group=" + code;
	}

	private String share(ChromeDriver student, String name) {
		student.findElement(By.id("share-name")).sendKeys(name);
		clickToNavigate(student, shareButton(student));
		String withdrawPath = path(student);
		assertThat(withdrawPath).startsWith("/withdraw/");
		return withdrawPath;
	}

	private static List<String> names(ChromeDriver advisor) {
		return eachResult(advisor).stream().map((row) -> row.findElement(By.cssSelector("th a")).getText()).toList();
	}

	/**
	 * With JavaScript the results part fetches itself again every few seconds (every
	 * second in these tests): a result shared meanwhile appears without a reload. Waits
	 * up to 10 s.
	 */
	@Test
	void withJavaScriptTheGroupPageShowsANewResultWithoutAReload() {
		ChromeDriver advisor = browser();
		String groupPath = makeGroup(advisor, "Live refresh");
		script(advisor, "window.formatfitSamePage = true");
		shareOneResult(advisor);

		new WebDriverWait(advisor, Duration.ofSeconds(10)).until((browser) -> "1 result".equals(liveCount(advisor)));
		assertThat(script(advisor, "return window.formatfitSamePage === true")).as("not reloaded").isEqualTo(true);
		assertThat(path(advisor)).isEqualTo(groupPath);
		assertThat(eachResult(advisor)).hasSize(1);
		deleteGroup(advisor, groupPath);
	}

	/**
	 * While the advisor is inside the results (focus), an answer that arrives is not put
	 * in place, and its version is not taken either: once they leave, the next round
	 * brings the result, rather than a 304 for content never shown.
	 */
	@Test
	void aResultThatArrivesWhileTheAdvisorIsInTheResultsShowsOnceTheyLeave() {
		ChromeDriver advisor = browser();
		String groupPath = makeGroup(advisor, "Focus kept");
		shareOneResultWhileItsAnswerIsHeld(advisor);
		script(advisor, "document.querySelector('[data-group-refresh]').focus()");
		releaseTheHeldAnswer(advisor);
		assertThat(liveCount(advisor)).as("nothing moves under the advisor's focus").isEqualTo("No results yet");

		script(advisor, "document.activeElement.blur()");
		assertTheResultShowsAndIsAnnounced(advisor);
		deleteGroup(advisor, groupPath);
	}

	/**
	 * An answer that arrives after the advisor paused live updates is not put in place;
	 * resuming brings it, and screen readers hear the new count (WCAG 2.2.2).
	 */
	@Test
	void aResultThatArrivesWhileLiveUpdatesArePausedShowsOnceTheyResume() {
		ChromeDriver advisor = browser();
		String groupPath = makeGroup(advisor, "Paused");
		shareOneResultWhileItsAnswerIsHeld(advisor);
		WebElement pause = advisor.findElement(By.cssSelector("[data-group-pause]"));
		pause.click();
		releaseTheHeldAnswer(advisor);
		assertThat(liveCount(advisor)).as("nothing moves while paused").isEqualTo("No results yet");

		pause.click();
		assertThat(pause.getAttribute("aria-pressed")).isEqualTo("false");
		assertTheResultShowsAndIsAnnounced(advisor);
		deleteGroup(advisor, groupPath);
	}

	/**
	 * A student shares a result while the page's answer that would bring it is held
	 * ({@link #holdTheNextNewContent}); returns once that answer is held.
	 */
	private void shareOneResultWhileItsAnswerIsHeld(ChromeDriver advisor) {
		holdTheNextNewContent(advisor);
		shareOneResult(advisor);
		awaitTheHeldAnswer(advisor);
	}

	/**
	 * The shared result shows without a reload, and screen readers hear the new count.
	 */
	private void assertTheResultShowsAndIsAnnounced(ChromeDriver advisor) {
		new WebDriverWait(advisor, Duration.ofSeconds(10)).until((browser) -> "1 result".equals(liveCount(advisor)));
		assertThat(script(advisor, "return document.querySelector('[data-group-announce]').textContent.trim()"))
			.isEqualTo("1 result");
	}

	/**
	 * A student without JavaScript shares their result with the advisor's group. They go
	 * straight to the result the join link leads to once every question is answered (the
	 * journey above answers them).
	 */
	private void shareOneResult(ChromeDriver advisor) {
		assertThat(liveCount(advisor)).isEqualTo("No results yet");
		String joinUrl = advisor.findElement(By.id("join-link")).getAttribute("value");
		String code = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
		ChromeDriver student = browserWithoutScript();
		open(student, ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(SHARER)) + "?group=" + code);
		clickToNavigate(student, shareButton(student));
		assertThat(path(student)).startsWith("/withdraw/");
	}

	/**
	 * Holds the first answer that brings the page new content (a 200 to a request that
	 * named the version the page has) until {@link #releaseTheHeldAnswer}; every other
	 * answer goes through. Returns once the page has asked with a version, so that what
	 * changes next comes as new content.
	 */
	private void holdTheNextNewContent(ChromeDriver advisor) {
		script(advisor, """
				var original = window.fetch;
				var holding = true;
				window.heldAnswerArrived = false;
				window.heldAnswerRead = false;
				window.askedWithVersion = false;
				window.fetch = function (url, options) {
					var known = options && options.headers && options.headers['If-None-Match'];
					if (known) {
						window.askedWithVersion = true;
					}
					return original(url, options).then(function (response) {
						if (!holding || !known || response.status !== 200) {
							return response;
						}
						holding = false;
						window.heldAnswerArrived = true;
						return new Promise(function (resolve) {
							window.releaseHeldAnswer = function () {
								var text = response.text.bind(response);
								// The page's own handling of the text runs in promise jobs,
								// all done before this timer's task.
								response.text = function () {
									return text().then(function (html) {
										window.setTimeout(function () { window.heldAnswerRead = true; }, 0);
										return html;
									});
								};
								resolve(response);
							};
						});
					});
				};
				""");
		new WebDriverWait(advisor, Duration.ofSeconds(10))
			.until((browser) -> Boolean.TRUE.equals(script(advisor, "return window.askedWithVersion")));
	}

	/** Returns once new content is held. */
	private void awaitTheHeldAnswer(ChromeDriver advisor) {
		new WebDriverWait(advisor, Duration.ofSeconds(10))
			.until((browser) -> Boolean.TRUE.equals(script(advisor, "return window.heldAnswerArrived")));
	}

	/** Lets the held answer through, and returns once the page has handled it. */
	private void releaseTheHeldAnswer(ChromeDriver advisor) {
		script(advisor, "window.releaseHeldAnswer()");
		new WebDriverWait(advisor, Duration.ofSeconds(10))
			.until((browser) -> Boolean.TRUE.equals(script(advisor, "return window.heldAnswerRead")));
	}

	/**
	 * The count as the live part shows it now (read in one step: the part may be
	 * swapped).
	 */
	private String liveCount(ChromeDriver advisor) {
		return (String) script(advisor,
				"return document.querySelector('[data-group-live] .group-count strong').textContent.trim()");
	}

	/**
	 * A group without a name is refused with 422 and the form again, the message next to
	 * the field and tied to it, and what was typed still in it.
	 */
	@Test
	void aGroupWithoutANameIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
		ChromeDriver advisor = browser();
		open(advisor, "/groups/new");
		advisor.findElement(By.id("label")).sendKeys("   ");

		clickToNavigate(advisor, advisor.findElement(By.cssSelector(".group-form button[type=submit]")));

		assertThat(path(advisor)).isEqualTo("/groups");
		assertThat(advisor.getTitle()).isEqualTo("Check the name of the group – FormatFit");
		WebElement field = advisor.findElement(By.id("label"));
		WebElement message = advisor.findElement(By.cssSelector(".field .error-message"));
		assertThat(message.getText()).isEqualTo("Give the group a name.");
		assertThat(message.findElement(By.xpath("..")).findElement(By.id("label"))).isEqualTo(field);
		assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(field.getAttribute("aria-describedby").split(" ")).contains(message.getAttribute("id"));
		assertThat(field.getAttribute("value")).isEqualTo("   ");

		// Selenium cannot see a status: the same form, sent as the browser sent it.
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url("/groups")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("label=+++"))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("Give the group a name.");
	}

	/** Makes a group through the form and returns its page's path, where it lands. */
	private String makeGroup(ChromeDriver advisor, String label) {
		open(advisor, "/groups/new");
		advisor.findElement(By.id("label")).sendKeys(label);
		clickToNavigate(advisor, advisor.findElement(By.cssSelector(".group-form button[type=submit]")));
		String groupPath = path(advisor);
		assertThat(groupPath).matches(GROUP_PATH);
		return groupPath;
	}

	private void deleteGroup(ChromeDriver advisor, String groupPath) {
		open(advisor, groupPath + "/delete");
		clickToNavigate(advisor, advisor.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(path(advisor)).isEqualTo("/groups/deleted");
	}

	/** The join link leads to the questionnaire, which names the group and carries it. */
	private void assertInvitation(ChromeDriver student, String label, String code) {
		assertThat(path(student)).isEqualTo("/questionnaire?group=" + code);
		assertThat(student.findElement(By.cssSelector(".invitation p")).getText())
			.isEqualTo("The group “" + label + "” invited you to answer.");
		assertThat(student.findElement(By.cssSelector("[data-questionnaire] input[name=group]")).getAttribute("value"))
			.isEqualTo(code);
	}

	static WebElement shareButton(ChromeDriver student) {
		return student.findElement(By.cssSelector("section.group-share form button[type=submit]"));
	}

	private static String resultCount(ChromeDriver advisor) {
		return advisor.findElement(By.cssSelector("[data-group-live] .group-count strong")).getText();
	}

	/** The rows of the last table: one per result shared. */
	static List<WebElement> eachResult(ChromeDriver advisor) {
		List<WebElement> tables = advisor.findElements(By.cssSelector("[data-group-live] table.group-table"));
		assertThat(tables).isNotEmpty();
		return tables.get(tables.size() - 1).findElements(By.cssSelector("tbody tr"));
	}

	/** The CSV's lines, each of which must end in CRLF. */
	private List<String> csvLines(String csvUrl) throws IOException, InterruptedException {
		HttpResponse<String> response = get(csvUrl);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		String body = response.body();
		assertThat(body).endsWith("\r\n");
		return Arrays.asList(body.substring(0, body.length() - 2).split("\r\n", -1));
	}

	private HttpResponse<String> get(String address) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(address)).build(), BodyHandlers.ofString());
	}

}
