package org.formatfit.http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.formatfit.MessageFiles;
import org.formatfit.http.RawHttp.Answer;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Requests a browser, a script or a probe may send that no page asks for: odd request
 * lines, paths, methods and headers, and the ones Tomcat refuses itself before any of the
 * app's filters runs (sent over a raw socket, each kind with many members). Each gets a
 * clear answer below 500, the app's error page or problem details, in the reader's
 * language, with every security header. Links built from the request stay on the site,
 * and behind a proxy name the address the public used.
 */
@AppTest
@ReadsTheAppLog
class OddRequestsTests {

	/**
	 * Refused methods and content types are logged by Spring at WARN. Nothing else may be
	 * logged at WARN or above.
	 */
	@AfterEach
	void logsOnlyTheRefusalsItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	static final String TOKEN = ResponseHeadersTests.TOKEN;

	/** Where a refused request may point: results above all. */
	static final List<String> PATHS = List.of(ShareTokens.LINK_PREFIX + TOKEN,
			ShareTokens.LINK_PREFIX + TOKEN + "/advisor", "/", "/api/v1/recommendations", "/assets/css/formatfit.css");

	/** An address Tomcat refuses: an encoded slash, a climb and a NUL. */
	static final String REFUSED_BY_TOMCAT = ShareTokens.LINK_PREFIX + "%2F..%00";

	private static final String HOST = "Host: localhost\r\n";

	private static final String CLOSE = "Connection: close\r\n";

	@LocalServerPort
	int port;

	/** Accept-Language values of many lengths and shapes. */
	static Stream<String> acceptLanguages() {
		List<String> values = new ArrayList<>();
		values.add("de-DE,de;q=0.9,fr-FR,fr;q=0.8,it;q=0.7,pt;q=0.6,nl;q=0.5,pl;q=0.4,sv;q=0.3,da;q=0.2,en;q=0.1");
		for (int count : new int[] { 11, 12, 50, 300 }) {
			values.add(IntStream.range(0, count)
				.mapToObj((i) -> (i % 2 == 0 ? "es" : "fr-FR") + ";q=0." + (i % 10))
				.collect(Collectors.joining(",")));
		}
		String eightKb = "x-junk-" + "a".repeat(8) + ";q=0.5,";
		values.add(eightKb.repeat(7000 / eightKb.length()));
		values.add("es;q=5,en;q=-1,fr;q=abc,;;;,=,*;q=,de;q=0.1.2");
		values.add("*,*,*,*,*,*,*,*,*,*,*,*,*");
		values.add("\u00e9\u00e8;q=0.9,es");
		values.add(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,");
		values.add("en-US-x-" + "a".repeat(300) + ",es");
		values.add("q=1;es;en");
		return values.stream();
	}

	@ParameterizedTest
	@MethodSource("acceptLanguages")
	void answersAnyAcceptLanguageBelow500InALanguageWeHave(String acceptLanguage, CapturedOutput output)
			throws Exception {
		for (String path : List.of("/", ShareTokens.LINK_PREFIX + TOKEN, "/api/v1/questionnaire", "/v3/api-docs",
				"/assets/css/formatfit.css", "/actuator/health", "/nope",
				ShareTokens.LINK_PREFIX + TOKEN + "/nothing-here", REFUSED_BY_TOMCAT)) {
			HttpResponse<String> response = Call.get(path).sendTo(this.port, "Accept-Language", acceptLanguage);
			assertThat(response.statusCode()).as(path).isLessThan(500);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
			response.headers()
				.firstValue("Content-Language")
				.ifPresent((language) -> assertThat(language).as(path).isIn("en", "es"));
		}
		assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("Exception");
	}

	@Test
	void answersInTheFirstOfOurLanguagesWhateverComesBefore() throws Exception {
		String many = "de-DE,de;q=0.9,fr-FR,fr;q=0.8,it;q=0.7,pt;q=0.6,nl;q=0.5,pl;q=0.4,sv;q=0.3,da;q=0.2,es;q=0.1";

		HttpResponse<String> response = Call.get("/").sendTo(this.port, "Accept-Language", many);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang")).isEqualTo("es");
	}

	@ParameterizedTest
	@ValueSource(strings = { "TRACE", "PUT", "DELETE", "PATCH" })
	void refusesMethodsItDoesNotServeWith405AndSaysWhichItDoes(String method) throws Exception {
		for (String path : List.of("/", "/questionnaire", ShareTokens.LINK_PREFIX + "AAAAAAAAAAAA",
				"/api/v1/questionnaire", "/v3/api-docs")) {
			HttpResponse<String> response = new Call(method, path, null, null).sendTo(this.port);
			assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).as("%s %s", method, path).isPresent();
			assertThat(response.body()).doesNotContain("TRACE " + path);
		}
	}

	static Stream<Arguments> apiMisses() {
		return Stream.of(argumentSet("a method the address does not take", Call.get("/api/v1/recommendations"), 405),
				argumentSet("an unknown address", Call.get("/api/v1/nothing-here"), 404),
				argumentSet("a doubled slash", Call.get("//api/v1/nothing-here"), 404),
				argumentSet("a path parameter", Call.get("/api;x=1/v1/nothing-here"), 404),
				argumentSet("an encoded slash", Call.get("/api/v1/recommendations/%2f"), 400));
	}

	@ParameterizedTest
	@MethodSource("apiMisses")
	void answersApiRequestsThatMissEveryHandlerWithProblemDetails(Call call, int status) throws Exception {
		HttpResponse<String> response = call.sendTo(this.port);

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status).contains("\"detail\":\"");
	}

	@Test
	void answersAnUnknownTokenWithNotFoundWhateverJsonTheClientAccepts() throws Exception {
		for (String accept : List.of("application/json", "application/problem+json")) {
			HttpResponse<String> response = Call.get("/api/v1/recommendations/AAAAAAAAAAAA")
				.sendTo(this.port, "Accept", accept);

			assertThat(response.statusCode()).as(accept).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(accept)
				.startsWith("application/problem+json");
		}
	}

	@Test
	void answersARequestForTheErrorPathItselfWithTheFriendlyNotFoundPage() throws Exception {
		for (String path : List.of("/error", "/error/", "/error?x=1", "/api/v1/../../error")) {
			HttpResponse<String> response = Call.get(path).sendTo(this.port);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		}
	}

	/** The probes themselves answer as {@code HealthProbesTests} shows. */
	@Test
	void exposesNothingUnderActuatorButTheHealthProbes() throws Exception {
		for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
				"/actuator/heapdump", "/actuator/configprops", "/actuator/mappings")) {
			assertThat(Call.get(path).sendTo(this.port).statusCode()).as(path).isEqualTo(404);
		}
	}

	static Stream<String> craftedPaths() {
		return Stream.of("//evil.example/login", "///evil.example/login", "/\\evil.example/login",
				"/%2F%2Fevil.example/login", "/%2f/evil.example", "/.//evil.example/login", "/./evil.example/..//x",
				"/%5C%5Cevil.example/login", "/%5c/evil.example", "/\\/evil.example", "/%09/evil.example",
				"/;//evil.example", "/nope/..//evil.example", "/%2e//evil.example", "//evil.example/%2e%2e/x",
				ShareTokens.LINK_PREFIX + "x/..//evil.example");
	}

	@ParameterizedTest
	@MethodSource("craftedPaths")
	void linksOnlyWithinTheSiteWhateverThePath(String path) throws Exception {
		for (String acceptLanguage : new String[] { "en", "es" }) {
			String response = RawHttp.send(this.port, "GET " + path + " HTTP/1.1\r\n" + HOST + "Accept-Language: "
					+ acceptLanguage + "\r\n" + CLOSE + "\r\n");
			assertThat(response).as(path).doesNotStartWith("HTTP/1.1 5");
			String body = response.substring(Math.max(0, response.indexOf("\r\n\r\n")));
			Document page = Jsoup.parse(body);
			for (Element link : page.select("a[href], link[href], form[action]")) {
				String href = link.hasAttr("href") ? link.attr("href") : link.attr("action");
				if (href.startsWith("#")) {
					continue;
				}
				assertThat(href).as(path)
					.startsWith("/")
					.doesNotStartWith("//")
					.doesNotStartWith("/\\")
					.doesNotContain("\\");
				assertThat(java.net.URI.create("http://localhost/").resolve(href).getHost()).as(path)
					.isEqualTo("localhost");
			}
		}
	}

	@Test
	void buildsShareLinksWithTheAddressThePublicUsedBehindAProxy() throws Exception {
		HttpResponse<String> response = Call.get(ShareTokens.LINK_PREFIX + TOKEN)
			.sendTo(this.port, "X-Forwarded-Proto", "https", "X-Forwarded-Host", "formatfit.example.edu");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).getElementById("share-link").val())
			.isEqualTo("https://formatfit.example.edu/r/" + TOKEN);
	}

	/**
	 * Raw requests Tomcat refuses, by kind; {@code PATH} stands for the address (a
	 * request without it is sent as it is, once for each address).
	 */
	static Stream<Arguments> refusals() {
		List<Arguments> refusals = new ArrayList<>();
		String headers = HOST + CLOSE;
		for (String method : List.of("G(ET", "GE\u0001T", "GET\u007f", "G\"ET", "{GET}", "G\u00c9T", "G,ET", "G:ET",
				"G/ET", "G[ET]", "\u0000GET")) {
			refusals.add(argumentSet("method " + visible(method), method + " PATH HTTP/1.1\r\n" + headers + "\r\n"));
		}
		for (String character : List.of("{", "}", "|", "^", "`", "<", ">", "\"", "\u0001", "\u007f", "\u00ff", "#",
				"\u0000", "\t\u0001")) {
			refusals.add(argumentSet("target with " + visible(character),
					"GET PATH" + character + "x HTTP/1.1\r\n" + headers + "\r\n"));
			refusals.add(argumentSet("query with " + visible(character),
					"GET PATH?q=" + character + " HTTP/1.1\r\n" + headers + "\r\n"));
		}
		refusals.add(argumentSet("an asterisk for a GET", "GET * HTTP/1.1\r\n" + headers + "\r\n"));
		for (String version : List.of("HTTP/1.7", "HTTP/2.0", "HTTP/3", "HTTP/0.9", "http/1.1", "HTTX/1.1", "HTTP/1.1x",
				"HTTP/1.1 x", "x HTTP/1.1", "HTTP/1.1\u0001", "HTTP/1.1\r", "HTTP/ 1.1", "HTTP/1.1;", "HTTP/\u00e91.1",
				"", " ", "PRI * HTTP/2.0")) {
			refusals.add(argumentSet("version " + visible(version), "GET PATH " + version + "\r\n" + headers + "\r\n"));
		}
		refusals.add(argumentSet("one header over 8 KB",
				"GET PATH HTTP/1.1\r\n" + headers + "X-Big: " + "a".repeat(9000) + "\r\n\r\n"));
		refusals.add(argumentSet("an Accept-Language over 8 KB",
				"GET PATH HTTP/1.1\r\n" + headers + "Accept-Language: " + "es,".repeat(3000) + "\r\n\r\n"));
		refusals.add(argumentSet("headers over 8 KB together",
				"GET PATH HTTP/1.1\r\n" + headers + ("X-Many: " + "b".repeat(80) + "\r\n").repeat(100) + "\r\n"));
		refusals.add(argumentSet("more than 100 headers",
				"GET PATH HTTP/1.1\r\n" + headers + "X-Count: 1\r\n".repeat(101) + "\r\n"));
		refusals.add(argumentSet("an address over 8 KB",
				"GET PATH/" + "c".repeat(9000) + " HTTP/1.1\r\n" + headers + "\r\n"));
		refusals.add(argumentSet("a query over 8 KB",
				"GET PATH?q=" + "d".repeat(9000) + " HTTP/1.1\r\n" + headers + "\r\n"));
		for (String header : List.of("X Bad: 1", "X(Bad): 1", ": 1", "X-\u0001: 1", "Bad\u00e9: 1", "X-A : 1",
				"X-A\t: 1", "NoColon", "X-A: a\u0001b", "X-A: a\u007fb", "X-A: a\rb", "{X}: 1",
				"X-A:: 1\r\n\u0000: 1")) {
			refusals
				.add(argumentSet("header " + visible(header), "GET PATH HTTP/1.1\r\n" + headers + header + "\r\n\r\n"));
		}
		for (String host : List.of("Host: exa mple", "Host: a{b}", "Host: localhost:abc", "Host: [::1",
				"Host: local_host\u0001", "Host: u@localhost", "Host: localhost\r\nHost: localhost",
				"Host: localhost\r\nHost: elsewhere", "Host: localhost:80:80", "Host: .", "Host: a..b")) {
			refusals.add(argumentSet(visible(host), "GET PATH HTTP/1.1\r\n" + host + "\r\n" + CLOSE + "\r\n"));
		}
		refusals.add(argumentSet("no Host", "GET PATH HTTP/1.1\r\n" + CLOSE + "\r\n"));
		refusals.add(argumentSet("absolute address naming another host",
				"GET http://elsewhere.examplePATH HTTP/1.1\r\n" + headers + "\r\n"));
		refusals.add(argumentSet("absolute address with another scheme",
				"GET ftp://localhostPATH HTTP/1.1\r\n" + headers + "\r\n"));
		refusals.add(argumentSet("absolute address with bad user info",
				"GET http://u{x}@localhostPATH HTTP/1.1\r\n" + headers + "\r\n"));
		for (String framing : List.of("Transfer-Encoding: gzip", "Transfer-Encoding: chunked, chunked",
				"Transfer-Encoding: chunked, identity", "Transfer-Encoding: x{y}",
				"Content-Length: 3\r\nContent-Length: 4", "Content-Length: x", "Content-Length: -1",
				"Content-Length: 1 2", "Content-Length: 99999999999999999999",
				"Transfer-Encoding: chunked\r\nContent-Length: 3")) {
			refusals
				.add(argumentSet(visible(framing), "POST PATH HTTP/1.1\r\n" + headers + framing + "\r\n\r\n0\r\n\r\n"));
		}
		for (String chunks : List.of("zz\r\nabc\r\n0\r\n\r\n", "3\r\nabcdef\r\n0\r\n\r\n", "-1\r\n\r\n",
				"3;\u0001\r\nabc\r\n0\r\n\r\n", "fffffffffffffffff\r\nabc\r\n")) {
			refusals.add(argumentSet("broken chunks " + visible(chunks), "POST PATH HTTP/1.1\r\n" + headers
					+ "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n" + chunks));
		}
		for (String path : List.of("PATH%00", "PATH%2Fx", "PATH%2fx", "PATH%5Cx", "PATH/%2e%2e/%2e%2e/%2e%2e/x",
				"/../PATH", "PATH/../../../x", "PATH%zz", "PATH%", "PATH%0", "PATH/..;/..;/..;/x", "PATH%c0%ae",
				"PATH%ff", "PATH?q=%zz", "PATH;%00")) {
			refusals.add(argumentSet("address " + path, "GET " + path + " HTTP/1.1\r\n" + headers + "\r\n"));
		}
		refusals.add(argumentSet("a CONNECT", "CONNECT PATH HTTP/1.1\r\n" + headers + "\r\n"));
		refusals.add(argumentSet("an Expect Tomcat does not know",
				"POST PATH HTTP/1.1\r\n" + headers + "Expect: 100-continue-x\r\nContent-Length: 0\r\n\r\n"));
		return refusals.stream();
	}

	/**
	 * An answer Tomcat wrote, and any answer at a result's address, is never cached nor
	 * indexed; none quotes the address or a stack trace.
	 */
	@ParameterizedTest
	@MethodSource("refusals")
	void answersEveryRefusalWithTheSecurityAndPrivacyHeaders(String template, CapturedOutput output) throws Exception {
		for (String path : PATHS) {
			Answer answer = RawHttp.answer(this.port, template.replace("PATH", path));

			assertThat(answer.status()).as(path).isNotEqualTo(500).isBetween(200, 505);
			assertThat(answer.head()).as(path)
				.contains("\r\nContent-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY + "\r\n")
				.contains("\r\nX-Content-Type-Options: " + SecurityHeaders.NO_SNIFF + "\r\n")
				.contains("\r\nReferrer-Policy: " + SecurityHeaders.NO_REFERRER + "\r\n")
				.contains("\r\nCross-Origin-Resource-Policy: " + SecurityHeaders.SAME_ORIGIN + "\r\n")
				.contains("\r\nPermissions-Policy: " + SecurityHeaders.PERMISSIONS_POLICY + "\r\n")
				.doesNotContain("Strict-Transport-Security")
				.doesNotContainIgnoringCase("access-control-");
			boolean byTomcat = !answer.head().contains("\r\nX-Request-Id: ");
			if (byTomcat || path.startsWith(ShareTokens.LINK_PREFIX)) {
				assertThat(answer.head()).as(path)
					.contains("\r\nCache-Control: " + PrivacyHeaders.NOT_STORED + "\r\n")
					.contains("\r\n" + PrivacyHeaders.ROBOTS_TAG + ": " + PrivacyHeaders.NOT_INDEXED + "\r\n");
			}
			if (byTomcat) {
				assertThat(answer.text()).as(path).doesNotContain(TOKEN);
			}
			assertThat(answer.body()).as(path)
				.doesNotContain("Exception")
				.doesNotContain("at org.")
				.doesNotContain("Tomcat")
				.doesNotContain("<pre");
		}
		assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

	@Test
	void answersHeadersAndAddressesOverTheLimitWith400() throws Exception {
		HttpResponse<String> bigHeader = Call.get("/").sendTo(this.port, "X-Padding", "a".repeat(20_000));
		HttpResponse<String> longUrl = Call.get(ShareTokens.LINK_PREFIX + "a".repeat(20_000)).sendTo(this.port);

		assertThat(bigHeader.statusCode()).isEqualTo(400);
		assertThat(longUrl.statusCode()).isEqualTo(400);
		assertThat(Call.get("/").sendTo(this.port).statusCode()).isEqualTo(200);
	}

	@Test
	void answersPathsTomcatRefusesWithTheAppsErrorPageAndItsStylesheet() throws Exception {
		HttpResponse<String> response = Call.get(REFUSED_BY_TOMCAT).sendTo(this.port);
		String stylesheet = Jsoup.parse(Call.get("/").sendTo(this.port).body())
			.selectFirst("link[rel=stylesheet]")
			.attr("href");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(stylesheet).matches("/assets/css/formatfit-[0-9a-f]+\\.css");
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("We couldn’t understand that request");
		assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo(stylesheet);
		assertThat(response.body()).doesNotContain("<style").doesNotContain("Tomcat");
	}

	@Test
	void answersPathsTomcatRefusesInTheBrowsersLanguage() throws Exception {
		HttpResponse<String> response = Call.get(REFUSED_BY_TOMCAT)
			.sendTo(this.port, "Accept-Language", "es-ES,es;q=0.9");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<html lang=\"es\">")
			.contains(HtmlUtils.htmlEscape(MessageFiles.load("es").getProperty("error.400.heading"), "UTF-8"));
	}

	/**
	 * {@code OPTIONS *} asks what the server takes, not for a page: Tomcat answers it
	 * itself, before the app, with no content to protect.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "OPTIONS * HTTP/1.1", "OPTIONS * HTTP/1.0" })
	void answersOptionsForTheWholeServerWithNoContent(String requestLine) throws Exception {
		String response = RawHttp.send(this.port, requestLine + "\r\n" + HOST + CLOSE + "\r\n");

		assertThat(response).as(requestLine).startsWith("HTTP/1.1 200 ").endsWith("\r\n\r\n");
		assertThat(response.toLowerCase(Locale.ROOT)).as(requestLine)
			.contains("\r\ncontent-length: 0\r\n")
			.doesNotContain("content-type");
	}

	/**
	 * HTTP/0.9 has no headers at all, so it cannot carry the security headers: it gets no
	 * page either.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "GET /", "GET /r/%s", "GET /nope", "GET /assets/css/formatfit.css",
			"GET /api/v1/questionnaire" })
	void sendsNoContentWithoutHeadersToHttp09(String template) throws Exception {
		String requestLine = template.formatted(TOKEN);
		String response = RawHttp.send(this.port, requestLine + "\r\n");

		assertThat(response).as(requestLine).doesNotContain("<html").doesNotContain("{").doesNotContain(TOKEN);
	}

	private static String visible(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints()
			.forEach((c) -> shown
				.append((c < 0x20 || c == 0x7f || c > 0x7e) ? "\\u%04x".formatted(c) : Character.toString(c)));
		return shown.isEmpty() ? "(none)" : shown.toString();
	}

}
