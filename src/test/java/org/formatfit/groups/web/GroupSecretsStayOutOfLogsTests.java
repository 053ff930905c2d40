package org.formatfit.groups.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.formatfit.http.ProvokedLogLines;
import org.formatfit.http.RawHttp;
import org.formatfit.http.ReadsTheAppLog;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.web.SharingPageTests;
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
 * A group's key opens its page, a join code finds it, a withdraw secret takes a result
 * back, and a token is a student's answers: none of them may reach a log line, whatever
 * is done with them, right or wrong; nor does the name a student shares under.
 */
@AppTest
@ReadsTheAppLog
class GroupSecretsStayOutOfLogsTests {

	private static final Pattern JOIN_CODE = Pattern.compile("/join/([2-9a-z]{8})\"");

	/** The name a student shares under: as private as the secrets. */
	private static final String NAME = "Quillon";

	@Autowired
	RestTestClient client;

	@LocalServerPort
	int port;

	/** Methods an address does not take are refused, and Spring says so. */
	@AfterEach
	void logsOnlyTheRefusedMethodsItProvokes(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, ProvokedLogLines.REFUSED_BY_SPRING);
	}

	@Test
	void logsNoKeyCodeSecretOrTokenWhateverIsDoneWithThem(CapturedOutput output) throws Exception {
		String group = this.client.post()
			.uri("/groups")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("label=Logs")
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.getPath();
		String key = group.substring("/groups/".length());
		Matcher join = JOIN_CODE.matcher(page(group));
		assertThat(join.find()).isTrue();
		String code = join.group(1);
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));
		String withdraw = this.client.post()
			.uri("/r/" + token + "/share")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("group=" + code + "&name=" + NAME)
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.getPath();
		String secret = withdraw.substring("/withdraw/".length());
		String result = group + "/results/" + resultId(group);

		for (String path : new String[] { group, group + "/results.csv", group + "/delete", "/api/v1" + group,
				"/join/" + code, "/join/" + code + "/qr.png", "/questionnaire?group=" + code,
				"/r/" + token + "?group=" + code, withdraw, group + "x", "/join/" + code + "x", withdraw + "x",
				group + "/%zz", "/join/" + code + "/%", withdraw + "/..;/x", result, result + "/remove",
				group + "/sheet", "/join?code=" + code, "/join?code=%zz", group + "." }) {
			RawHttp.send(this.port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		}
		for (String path : new String[] { group, "/join/" + code, withdraw, "/api/v1" + group }) {
			this.client.put().uri(path).exchange();
		}
		this.client.post()
			.uri("/r/" + token + "/share")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Origin", "https://elsewhere.example")
			.body("group=" + code)
			.exchange();
		this.client.post()
			.uri("/r/" + token + "/share")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("group=" + code + "&name=" + NAME + "x".repeat(40))
			.exchange();
		this.client.post().uri(group + "/close").exchange();
		this.client.post().uri(group + "/open").exchange();
		this.client.post().uri(withdraw).exchange();
		this.client.post().uri(group + "/delete").exchange();

		// The refused PUTs are logged, which shows these requests' logs were captured.
		assertThat(output.getAll()).contains("PUT")
			.doesNotContain(key)
			.doesNotContain(code)
			.doesNotContain(secret)
			.doesNotContain(token)
			.doesNotContain(NAME);
	}

	/** The id of the group's first result, from the link to it on the group's page. */
	private String resultId(String group) {
		Matcher result = Pattern.compile(Pattern.quote(group) + "/results/(\\d+)\"").matcher(page(group));
		assertThat(result.find()).isTrue();
		return result.group(1);
	}

	private String page(String path) {
		return new String(this.client.get().uri(path).exchange().expectBody().returnResult().getResponseBody(),
				StandardCharsets.UTF_8);
	}

}
