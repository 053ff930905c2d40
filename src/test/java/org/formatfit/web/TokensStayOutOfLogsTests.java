package org.formatfit.web;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A share token is a student's answers: it must never end up in the application's logs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ExtendWith(OutputCaptureExtension.class)
class TokensStayOutOfLogsTests {

	@Autowired
	RestTestClient client;

	@Test
	void logsNoTokenWhateverHappensToALink(CapturedOutput output) {
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));
		String corrupt = token.substring(0, 11) + (token.endsWith("A") ? "B" : "A");

		for (String path : new String[] { "/r/" + token, "/r/" + token + "/advisor", "/r/" + token + "/qr.png",
				"/r/" + corrupt, "/r/" + corrupt + "/advisor", "/r/" + corrupt + "/qr.png",
				"/api/v1/recommendations/" + token, "/api/v1/recommendations/" + corrupt,
				"/questionnaire?from=" + token, "/r/" + token + "/nothing-here" }) {
			this.client.get().uri(path).exchange();
		}
		this.client.put().uri("/r/" + token).exchange();
		this.client.post()
			.uri("/api/v1/recommendations/" + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange();

		// The refused PUT is logged, which shows that the logs of these requests were
		// captured.
		assertThat(output.getAll()).contains("PUT").doesNotContain(token).doesNotContain(corrupt);
	}

}
