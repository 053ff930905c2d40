package org.formatfit.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.formatfit.web.FailingPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Requests Tomcat refuses itself, before any of the app's filters runs, sent over a raw
 * socket: each class of refusal with many members, at results' addresses and elsewhere.
 * Every answer carries the security headers of the app's own pages; an answer Tomcat
 * wrote, and any answer at a result's address, is never cached nor indexed; none quotes
 * the address or a stack trace; none is a 500.
 */
@AppTest
@ReadsTheAppLog
class TomcatRefusalsTests {

	/**
	 * Refused methods and content types are logged by Spring at WARN; the failing
	 * controller and the too-large headers at ERROR. Nothing else may be logged at WARN
	 * or above.
	 */
	@AfterEach
	void logsOnlyTheRefusalsAndFailuresItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING, ProvokedLogLines.REQUEST_FAILED);
	}

	static final String TOKEN = SecurityHeadersTests.TOKEN;

	/** Where a refused request may point: results above all. */
	static final List<String> PATHS = List.of(ShareTokens.LINK_PREFIX + TOKEN,
			ShareTokens.LINK_PREFIX + TOKEN + "/advisor", "/", "/api/v1/recommendations", "/assets/css/formatfit.css");

	private static final String HOST = "Host: localhost\r\n";

	private static final String CLOSE = "Connection: close\r\n";

	@LocalServerPort
	int port;

	/**
	 * Raw requests by class; {@code PATH} stands for the address, {@code LINE} for the
	 * end of a line.
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

	@ParameterizedTest
	@MethodSource("refusals")
	void answersEveryRefusalWithTheSecurityAndPrivacyHeaders(String template, CapturedOutput output) throws Exception {
		for (String path : PATHS) {
			Answer answer = send(template.replace("PATH", path));

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

	/** A failure inside the app at a result's address: the app's own 500, all headers. */
	@Test
	void keepsEveryHeaderOnAFailureAtAResultsAddress(CapturedOutput output) throws Exception {
		for (String path : List.of(ShareTokens.LINK_PREFIX + TOKEN + "/test-failure",
				FailingPages.AT_A_RESULT + TOKEN)) {
			Answer answer = send("GET " + path + " HTTP/1.1\r\n" + HOST + CLOSE + "\r\n");

			assertThat(answer.status()).as(path).isEqualTo(500);
			assertThat(answer.head()).as(path)
				.contains("\r\nContent-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY + "\r\n")
				.contains("\r\nX-Content-Type-Options: " + SecurityHeaders.NO_SNIFF + "\r\n")
				.contains("\r\nCache-Control: " + PrivacyHeaders.NOT_STORED + "\r\n")
				.contains("\r\n" + PrivacyHeaders.ROBOTS_TAG + ": " + PrivacyHeaders.NOT_INDEXED + "\r\n");
			assertThat(answer.body()).as(path).doesNotContain("IllegalStateException");
		}
		assertThat(output.getAll().lines().filter((line) -> line.contains("ERROR"))).hasSize(2)
			.allMatch((line) -> line.contains("IllegalStateException"));
		assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain("\tat ");
	}

	/**
	 * Response headers over Tomcat's limit (server.max-http-response-header-size), sent
	 * while the app writes its answer: the app's own 500. (No answer of the app has
	 * headers that grow with what a request sends.)
	 */
	@Test
	void keepsEveryHeaderWhenTheAnswersHeadersAreTooLargeToSend(CapturedOutput output) throws Exception {
		String path = ShareTokens.LINK_PREFIX + TOKEN + "/test-large-headers";
		Answer answer = send("GET " + path + " HTTP/1.1\r\n" + HOST + CLOSE + "\r\n");

		assertThat(answer.status()).isEqualTo(500);
		assertThat(answer.head()).contains("\r\nContent-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY)
			.contains("\r\nX-Content-Type-Options: " + SecurityHeaders.NO_SNIFF + "\r\n")
			.contains("\r\nCache-Control: " + PrivacyHeaders.NOT_STORED + "\r\n")
			.contains("\r\n" + PrivacyHeaders.ROBOTS_TAG + ": " + PrivacyHeaders.NOT_INDEXED + "\r\n")
			.doesNotContain("X-Large");
		assertThat(output.getAll().lines().filter((line) -> line.contains("ERROR"))).hasSize(1);
		assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain("\tat ");
	}

	private Answer send(String request) throws IOException {
		return new Answer(RawHttp.send(this.port, request));
	}

	private static String visible(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints()
			.forEach((c) -> shown
				.append((c < 0x20 || c == 0x7f || c > 0x7e) ? "\\u%04x".formatted(c) : Character.toString(c)));
		return shown.isEmpty() ? "(none)" : shown.toString();
	}

	/** What came back: the status line and headers, then the body. */
	record Answer(String text) {

		String head() {
			int end = this.text.indexOf("\r\n\r\n");
			return (end < 0) ? this.text : this.text.substring(0, end + 2);
		}

		String body() {
			int end = this.text.indexOf("\r\n\r\n");
			return (end < 0) ? "" : this.text.substring(end + 4);
		}

		int status() {
			assertThat(this.text).as("an HTTP/1.1 answer").startsWith("HTTP/1.1 ");
			return Integer.parseInt(this.text.substring(9, 12));
		}

	}

}
