package org.formatfit.http;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header and parameter values of shapes nobody plans for: an empty language, a language
 * cookie with nothing in it, an {@code Origin} that is no URL, a wildcard
 * {@code Content-Type}, an {@code Accept} of nothing but a comma. Each is the reader's
 * mistake, or a probe's: the answer is below 500 on every kind of address, and the app
 * logs no failure for it.
 */
@AppTest
@ReadsTheAppLog
class HeaderShapesTests {

	@LocalServerPort
	int port;

	/** None of these is our failure: nothing at WARN or ERROR but Spring's 415s. */
	@AfterEach
	void logsNoFailure(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	/** A page, a result, the API, a static file, the health probe, nothing at all. */
	static final List<String> ADDRESSES = List.of("/", "/questionnaire",
			ShareTokens.LINK_PREFIX + ResponseHeadersTests.TOKEN, "/api/v1/questionnaire", "/assets/css/formatfit.css",
			"/actuator/health", "/nothing-here", "/groups/new");

	/** Header name and value pairs. */
	static final List<List<String>> HEADERS = List.of(List.of("Cookie", "formatfit-lang="),
			List.of("Cookie", "formatfit-lang=%20"), List.of("Cookie", "formatfit-lang=_"),
			List.of("Content-Type", "*/*"), List.of("Content-Type", "text/*"), List.of("Content-Type", ";"),
			List.of("Content-Type", "a/b/c"), List.of("Accept", ","), List.of("Accept", ";q=1"),
			List.of("Accept", "*/*;q=abc"), List.of("Accept", "text/html;;;"), List.of("Accept-Encoding", ",;q=,"),
			List.of("Origin", "http://%zz"), List.of("Origin", "http://127.0.0.1:8080.evil.example"),
			List.of("Origin", "null"), List.of("Sec-Fetch-Site", ""), List.of("X-Forwarded-For", "foo"),
			List.of("X-Forwarded-Proto", "gopher"), List.of("X-Forwarded-Host", "%zz:abc"),
			List.of("Forwarded", "for=\"[::1"));

	static Stream<Arguments> headerOnEveryAddress() {
		return ADDRESSES.stream()
			.flatMap(
					(address) -> HEADERS.stream().map((header) -> Arguments.of(address, header.get(0), header.get(1))));
	}

	@ParameterizedTest(name = "{1}: {2} on {0}")
	@MethodSource
	void headerOnEveryAddress(String address, String name, String value) throws Exception {
		HttpResponse<String> answer = Call.get(address).sendTo(this.port, name, value);
		assertThat(answer.statusCode()).isBetween(200, 499);
	}

	static Stream<String> emptyLanguages() {
		return Stream.of("", "%20", "_", "-", "und", "xx", "es_", "%00");
	}

	@ParameterizedTest(name = "?lang={0}")
	@MethodSource
	void emptyLanguages(String lang) throws Exception {
		for (String address : ADDRESSES) {
			HttpResponse<String> answer = Call.get(address + "?lang=" + lang).sendTo(this.port);
			assertThat(answer.statusCode()).as(address).isBetween(200, 499);
		}
	}

	/**
	 * The four forms that change a group refuse a broken {@code Origin} as one from
	 * another site: 403, never 500.
	 */
	@ParameterizedTest(name = "Origin: {0}")
	@MethodSource("brokenOrigins")
	void brokenOriginsOnGroupForms(String origin) throws Exception {
		for (String path : GROUP_FORMS) {
			HttpResponse<String> answer = Call.form(path, "label=x").sendTo(this.port, "Origin", origin);
			assertThat(answer.statusCode()).as(path).isEqualTo(403);
		}
	}

	/** Making a group, deleting one, sharing a result, withdrawing it. */
	static final List<String> GROUP_FORMS = List.of("/groups", "/groups/k9uhbpqk2xv5zwm3e7ra/delete",
			ShareTokens.LINK_PREFIX + ResponseHeadersTests.TOKEN + "/share", "/withdraw/k9uhbpqk2xv5zwm3e7ra");

	static Stream<String> brokenOrigins() {
		return Stream.of("http://%zz", "http://127.0.0.1:8080.evil.example", "http://[::1", "://", "http:// x",
				"\u00e9");
	}

}
