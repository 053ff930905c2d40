package org.formatfit.sharing.web;

import java.util.ArrayList;
import java.util.List;

import org.formatfit.http.ProvokedLogLines;
import org.formatfit.http.RawHttp;
import org.formatfit.http.ReadsTheAppLog;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A share token is a student's answers: it must never end up in the application's logs.
 */
@AppTest
@ReadsTheAppLog
class TokensStayOutOfLogsTests {

	@Autowired
	RestTestClient client;

	/** Links sent with a method they do not take are refused, and Spring says so. */
	@AfterEach
	void logsOnlyTheRefusedMethodsItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	@LocalServerPort
	int port;

	@Test
	void logsNoTokenWhateverHappensToALink(CapturedOutput output) {
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));
		String corrupt = token.substring(0, 11) + (token.endsWith("A") ? "B" : "A");

		for (String path : new String[] { ShareTokens.LINK_PREFIX + token, ShareTokens.LINK_PREFIX + token + "/advisor",
				ShareTokens.LINK_PREFIX + token + "/qr.png", ShareTokens.LINK_PREFIX + corrupt,
				ShareTokens.LINK_PREFIX + corrupt + "/advisor", ShareTokens.LINK_PREFIX + corrupt + "/qr.png",
				"/api/v1/recommendations/" + token, "/api/v1/recommendations/" + corrupt,
				"/questionnaire?from=" + token, ShareTokens.LINK_PREFIX + token + "/nothing-here" }) {
			this.client.get().uri(path).exchange();
		}
		this.client.put().uri(ShareTokens.LINK_PREFIX + token).exchange();
		this.client.post()
			.uri("/api/v1/recommendations/" + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange();

		// The refused PUT is logged, which shows that the logs of these requests were
		// captured.
		assertThat(output.getAll()).contains("PUT").doesNotContain(token).doesNotContain(corrupt);
	}

	/**
	 * Paths the static-file handler warns about, paths Tomcat refuses, and failures on
	 * the way to the error page: none of them puts the token in a log line.
	 */
	@Test
	void logsNoTokenFromCraftedPathsOrFailures(CapturedOutput output) throws Exception {
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));
		String many = "de-DE,de;q=0.9,fr-FR,fr;q=0.8,it;q=0.7,pt;q=0.6,nl;q=0.5,pl;q=0.4,sv;q=0.3,da;q=0.2,en;q=0.1";
		List<String> paths = new ArrayList<>();
		for (String template : new String[] { "/assets/../r/%s", "/assets/css/../../r/%s", "/css/..;/r/%s",
				"/assets/..;/r/%s", "/assets/%%2e%%2e/r/%s", "/assets/%%2E%%2E/r/%s", "/assets/.%%2e/r/%s",
				"/assets/css/..;/..;/r/%s", "/assets/;/../r/%s", "/assets/%%252e%%252e/r/%s", "/assets/..%%2fr/%s",
				"/assets/..%%5cr/%s", "/assets/..\\r\\%s", "/assets/%%c0%%ae%%c0%%ae/r/%s",
				ShareTokens.LINK_PREFIX + "%s%%00", ShareTokens.LINK_PREFIX + "%s%%",
				ShareTokens.LINK_PREFIX + "%s/%%zz", ShareTokens.LINK_PREFIX + "%s\"", ShareTokens.LINK_PREFIX + "%s{}",
				ShareTokens.LINK_PREFIX + "%s|", "/assets/%s", "/assets/css/%s.css",
				ShareTokens.LINK_PREFIX + "%s?x=%%", "/error?t=%s", ShareTokens.LINK_PREFIX + "%s/qr.png/..", "/%s" }) {
			paths.add(template.formatted(token));
		}
		for (String path : paths) {
			for (String acceptLanguage : new String[] { "es", many }) {
				RawHttp.send(this.port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: "
						+ acceptLanguage + "\r\nConnection: close\r\n\r\n");
			}
		}
		this.client.put().uri(ShareTokens.LINK_PREFIX + token).exchange();

		assertThat(output.getAll()).contains("PUT").doesNotContain(token);
	}

}
