package org.formatfit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;
import com.sun.net.httpserver.HttpServer;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FormatFit inside a school's page, as a school sets it up: a host page from another
 * origin ({@code localhost}, while the app is reached at {@code 127.0.0.1}) with the
 * frame and {@code /assets/embed.js}, and the fictional Northfield College's name, logo
 * and colour, and its catalog of programs. The same host page from an origin the school
 * did not name ({@code 127.0.0.1}) gets no questionnaire; the advisor view and the group
 * pages refuse every frame. Screenshots (with {@code -Dscreenshots}):
 * target/screenshots/embedded-* and branded-*.
 */
@TestPropertySource(properties = { "formatfit.brand.name=Northfield College",
		"formatfit.brand.logo=classpath:brand/northfield-logo.png", "formatfit.brand.accent=#166534",
		"formatfit.catalog.location=classpath:catalog/northfield-schema.jsonld",
		"formatfit.institution.programs-url=https://www.northfield.example/online/programs" })
class EmbeddingIT extends BrowserTestSupport {

	/** Serves the school's page; started before the app, which must name its origin. */
	private static final HttpServer SCHOOL = schoolSite();

	private static final String NORTHFIELD_GREEN = "rgb(22, 101, 52)";

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void allowTheSchoolsSite(DynamicPropertyRegistry properties) {
		properties.add("formatfit.embed.allowed-origins", () -> allowedSchoolPage(""));
	}

	@AfterAll
	static void closeTheSchoolsSite() {
		SCHOOL.stop(0);
	}

	/** A language picked inside a frame must not follow the browser to the next test. */
	@AfterEach
	void forgetTheLanguage() {
		ChromeDriver browser = browser();
		browser.switchTo().defaultContent();
		browser.manage().deleteAllCookies();
	}

	@Test
	void theQuestionnaireOpensInAFrameOnTheSchoolsSiteAndOnNoOtherSite() {
		ChromeDriver browser = browser();
		browser.get(allowedSchoolPage(hostPage("/questionnaire?embed")));
		assertThat(enterFrame(browser).findElements(By.cssSelector("form[data-questionnaire]"))).hasSize(1);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

		browser.switchTo().defaultContent();
		policyViolations(browser);
		browser.get(otherSitePage(hostPage("/questionnaire?embed")));

		assertThat(refusedFrame(browser)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "advisor", "/groups/new", "/privacy" })
	void theAdvisorViewTheGroupPagesAndOtherPagesRefuseEvenTheSchoolsFrame(String page) {
		String path = page.equals("advisor") ? ShareTokens.LINK_PREFIX + token() + "/advisor" : page;
		ChromeDriver browser = browser();
		browser.get(allowedSchoolPage(hostPage(path)));

		assertThat(refusedFrame(browser)).as(path).isTrue();
	}

	@Test
	void pagesSayWhichSitesMayFrameThemAndTheScriptIsTheOneFileOtherSitesMayLoad() throws Exception {
		String framed = "frame-ancestors 'self' " + allowedSchoolPage("");
		String result = ShareTokens.LINK_PREFIX + token();
		for (String path : List.of("/questionnaire", result, ShareTokens.LINK_PREFIX + "no-such-token")) {
			assertThat(policy(path)).as(path).endsWith(framed);
		}
		for (String path : List.of(result + "/advisor", result + "/qr.png", "/groups/new", "/", "/privacy")) {
			assertThat(policy(path)).as(path).endsWith("frame-ancestors 'none'");
		}
		HttpResponse<String> script = get(url("/assets/embed.js"));
		assertThat(script.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("cross-origin");
		assertThat(get(url("/questionnaire")).headers().firstValue("Cross-Origin-Resource-Policy"))
			.hasValue("same-origin");
	}

	@Test
	void theFrameFollowsItsContentWhenASectionOpens() {
		ChromeDriver browser = browser();
		browser.get(allowedSchoolPage(hostPage(ShareTokens.LINK_PREFIX + token() + "?embed")));
		WebElement frame = browser.findElement(By.cssSelector("iframe[data-formatfit]"));
		long before = awaitFrameFitsItsContent(browser, frame);

		enterFrame(browser).findElement(By.cssSelector("details.every-reason summary")).click();
		browser.switchTo().defaultContent();

		long after = awaitFrameFitsItsContent(browser, frame);
		assertThat(after).isGreaterThan(before + 100);
	}

	@Test
	void aWholeQuestionnaireAnsweredInTheFrameReachesItsResultInTheFrameInSpanish() {
		ChromeDriver browser = browser();
		browser.get(allowedSchoolPage(hostPage("/questionnaire?embed&lang=es")));
		enterFrame(browser);
		Map<String, String> answers = AnswerSets.asMap(StudentJourneyIT.PARENT);
		for (Section section : Section.values()) {
			for (Question question : section.questions()) {
				answer(browser, question, answers.get(question.id()));
			}
			if (section != Section.BUDGET) {
				QuestionnaireProgressIT.nextButton(browser).click();
			}
		}
		clickToNavigate(browser, QuestionnaireProgressIT.submitButton(browser));

		// Sent from the foot of the long frame, the result is brought into view.
		browser.switchTo().defaultContent();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> ((Number) script(browser,
				"return document.querySelector('iframe[data-formatfit]').getBoundingClientRect().top"))
			.doubleValue() >= -1);
		enterFrame(browser);
		assertThat((String) script(browser, "return location.pathname")).startsWith(ShareTokens.LINK_PREFIX);
		assertThat((String) script(browser, "return location.search")).contains("embed").contains("lang=es");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		// Sending, copying and the QR code happen on the result's own page, in a tab of
		// its
		// own: no copy field, no mail link, no QR code in the frame.
		WebElement open = browser.findElement(By.cssSelector("section.share a[target=_blank]"));
		assertThat(open.getAttribute("href")).startsWith(url("").replace("localhost", "127.0.0.1"))
			.doesNotContain("embed");
		assertThat(browser.findElements(By.cssSelector("#share-link, a[href^='mailto:'], svg.qr"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".school-bar"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void axeFindsNothingInsideTheBrandedFrameOnAPhoneOrADesktop(String language) {
		ChromeDriver browser = browser();
		String result = ShareTokens.LINK_PREFIX + token();
		for (String path : List.of("/questionnaire?embed&lang=" + language, result + "?embed&lang=" + language)) {
			for (boolean phone : List.of(false, true)) {
				if (phone) {
					phone(browser);
				}
				browser.get(allowedSchoolPage(hostPage(path)));
				enterFrame(browser);
				openEverySection(browser);
				assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
				assertThat(script(browser,
						"return getComputedStyle(document.querySelector('.site-header')).backgroundColor"))
					.isEqualTo(NORTHFIELD_GREEN);
				List<Rule> violations = Axe.wcag22AaViolations(browser);
				assertThat(violations)
					.as("axe in the frame, %s%s:%n%s", path, phone ? " on a phone" : "", describe(violations))
					.isEmpty();
				browser.switchTo().defaultContent();
				screenshot(browser, "embedded-" + (path.startsWith("/questionnaire") ? "questionnaire" : "result") + "-"
						+ language + (phone ? "-phone" : "-desktop"));
				desktop(browser);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aBrandedResultAndAdvisorViewShowTheSchoolsNameLogoColourAndProgramsAndStayAccessible(String language) {
		ChromeDriver browser = browser();
		open(browser, ShareTokens.LINK_PREFIX + token() + "?lang=" + language);

		assertThat(browser.findElement(By.cssSelector(".school-bar .school-name")).getText())
			.isEqualTo("Northfield College");
		WebElement logo = browser.findElement(By.cssSelector(".school-bar img.school-logo"));
		assertThat(logo.getAttribute("alt")).isEmpty();
		assertThat((Boolean) script(browser, "return arguments[0].complete && arguments[0].naturalWidth === 160", logo))
			.isTrue();
		assertThat(script(browser, "return getComputedStyle(document.querySelector('.site-header')).backgroundColor"))
			.isEqualTo(NORTHFIELD_GREEN);
		// The college's programs that fit, from its catalog: checked with the rest, every
		// section open.
		assertThat(browser.findElement(By.cssSelector("details.programs summary")).getText())
			.contains("Northfield College");
		checkOnDesktopAndPhone(browser, "branded-result-" + language);

		open(browser, ShareTokens.LINK_PREFIX + token() + "/advisor?lang=" + language);
		assertThat(browser.findElement(By.cssSelector("section.programs h2")).getText()).contains("Northfield College");
		checkOnDesktopAndPhone(browser, "branded-advisor-" + language);
	}

	/**
	 * What would lead to a page the frame refuses, or out of the frame, opens a tab of
	 * its own or stays framed: the choice to share with a group (taking it back happens
	 * on a page no frame may show), and the ways on from a broken link.
	 */
	@Test
	void insideTheFrameAGroupsInvitationAndABrokenLinkLeadOnInATabOfTheirOwnOrInTheFrame() {
		ChromeDriver browser = browser();
		open(browser, "/groups/new");
		browser.findElement(By.id("label")).sendKeys("Online orientation");
		clickToNavigate(browser, browser.findElement(By.cssSelector(".group-form button[type=submit]")));
		String joinUrl = browser.findElement(By.id("join-link")).getAttribute("value");
		String code = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);

		browser.get(allowedSchoolPage(hostPage(ShareTokens.LINK_PREFIX + token() + "?embed&group=" + code)));
		enterFrame(browser);
		assertThat(browser.findElements(By.cssSelector("section.group-share form"))).isEmpty();
		WebElement share = browser.findElement(By.cssSelector("section.group-share a[target=_blank]"));
		assertThat(share.getAttribute("href")).endsWith(ShareTokens.LINK_PREFIX + token() + "?group=" + code)
			.doesNotContain("embed");
		browser.switchTo().defaultContent();

		browser.get(allowedSchoolPage(hostPage(ShareTokens.LINK_PREFIX + "no-such-token?embed&lang=es")));
		enterFrame(browser);
		assertThat(browser.findElement(By.cssSelector("main a[href$='/questionnaire?embed=1&lang=es']")).getText())
			.isNotBlank();
		assertThat(browser.findElement(By.cssSelector("main a[href='/']")).getAttribute("target")).isEqualTo("_blank");
	}

	@Test
	void aBrandedResultWithItsLogoKeepsThePageWeightBudget() {
		ChromeDriver browser = browser();
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
		try {
			open(browser, ShareTokens.LINK_PREFIX + token());
			assertThat((Boolean) script(browser, "return performance.getEntriesByType('resource')"
					+ ".some(entry => entry.name.includes('/brand/logo.png'))"))
				.isTrue();

			assertThat(PageWeightIT.bytesTransferred(browser)).isLessThan(PageWeightIT.BUDGET);
		}
		finally {
			browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
		}
	}

	/** Switches into the school page's FormatFit frame, once its page has loaded. */
	private ChromeDriver enterFrame(ChromeDriver browser) {
		WebElement frame = browser.findElement(By.cssSelector("iframe[data-formatfit]"));
		browser.switchTo().frame(frame);
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until((driver) -> "complete".equals(script(browser, "return document.readyState"))
					&& !"about:blank".equals(script(browser, "return location.href")));
		return browser;
	}

	/**
	 * Whether the browser refused to show the frame's page: it says so in the console
	 * (Content-Security-Policy), and the frame holds none of our page.
	 */
	private boolean refusedFrame(ChromeDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> "complete".equals(script(browser, "return document.readyState")));
		boolean reported = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> policyViolations(browser).stream()
				.anyMatch((message) -> message.contains("frame-ancestors")));
		browser.switchTo().frame(browser.findElement(By.cssSelector("iframe[data-formatfit]")));
		boolean empty = browser.findElements(By.cssSelector("main, form[data-questionnaire], .site-header")).isEmpty();
		browser.switchTo().defaultContent();
		return reported && empty;
	}

	/**
	 * Waits until the frame's height, set by {@code embed.js}, is within 3 px of its
	 * page's height; returns it.
	 */
	private long awaitFrameFitsItsContent(ChromeDriver browser, WebElement frame) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> {
			long frameHeight = ((Number) script(browser, "return arguments[0].clientHeight", frame)).longValue();
			browser.switchTo().frame(frame);
			long pageHeight = ((Number) script(browser,
					"return Math.ceil(document.documentElement.getBoundingClientRect().height)"))
				.longValue();
			browser.switchTo().defaultContent();
			return (Math.abs(frameHeight - pageHeight) <= 3) ? frameHeight : null;
		});
	}

	private String policy(String path) throws IOException, InterruptedException {
		return get(url(path)).headers().firstValue("Content-Security-Policy").orElseThrow();
	}

	private HttpResponse<String> get(String address) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(address)).build(), BodyHandlers.ofString());
	}

	private static String token() {
		return ShareTokens.tokenFor(AnswerSets.parse(StudentJourneyIT.PARENT));
	}

	/** The school's page that frames this app's page, the two lines a school pastes. */
	private String hostPage(String framedPath) {
		return "/?frame=" + URLEncoder.encode("http://127.0.0.1:" + this.port + framedPath, StandardCharsets.UTF_8);
	}

	/** The school's page at the origin the school named. */
	private static String allowedSchoolPage(String path) {
		return "http://localhost:" + SCHOOL.getAddress().getPort() + path;
	}

	/** The same page at an origin nobody named. */
	private static String otherSitePage(String path) {
		return "http://127.0.0.1:" + SCHOOL.getAddress().getPort() + path;
	}

	/**
	 * A page of the school's own, as README's snippet has it: the frame with the address
	 * given, and the script from the app's address.
	 */
	private static HttpServer schoolSite() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				String query = exchange.getRequestURI().getRawQuery();
				String frame = URLDecoder.decode(query.substring(query.indexOf('=') + 1), StandardCharsets.UTF_8);
				String app = frame.substring(0, frame.indexOf('/', "http://".length()));
				String page = """
						<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Northfield College</title>
						<meta name="viewport" content="width=device-width, initial-scale=1"></head>
						<body><main><h1>Online learning at Northfield College</h1>
						<iframe data-formatfit src="%s" title="FormatFit" width="100%%" height="300"></iframe>
						<script src="%s/assets/embed.js" async></script>
						</main></body></html>""".formatted(frame, app);
				byte[] body = page.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
