package org.formatfit.http;

import org.formatfit.sharing.web.SharingPageTests;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd requests over real HTTP: a clear answer in the right shape, never a 500. */
@AppTest
class RobustnessTests {

	@Autowired
	RestTestClient client;

	@Test
	void treatsABrokenMultipartPostAsAnEmptyForm() {
		String html = this.client.post()
			.uri("/questionnaire")
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=x"))
			.body("--x\r\nbroken")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(Jsoup.parse(html).title()).isEqualTo("There is a problem – FormatFit");
	}

	@Test
	void answersApiRequestsThatMissEveryHandlerWithProblemDetails() {
		this.client.post()
			.uri("/api/v1/recommendations")
			.contentType(MediaType.TEXT_PLAIN)
			.body("answers")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(415);
		this.client.get()
			.uri("/api/v1/recommendations")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/api/v1/nothing-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void answersAnUnknownTokenWithNotFoundWhateverJsonTheClientAccepts() {
		this.client.get()
			.uri("/api/v1/recommendations/AAAAAAAAAAAA")
			.accept(MediaType.APPLICATION_PROBLEM_JSON)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void keepsAPrefilledQuestionnaireOutOfCachesAndReferrers() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));

		this.client.get()
			.uri("/questionnaire?from=" + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", PrivacyHeaders.NOT_STORED)
			.expectHeader()
			.valueEquals("Referrer-Policy", SecurityHeaders.NO_REFERRER);
	}

	@Test
	void buildsShareLinksWithTheAddressThePublicUsedBehindAProxy() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));

		String html = this.client.get()
			.uri(ShareTokens.LINK_PREFIX + token)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "formatfit.example.edu")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(Jsoup.parse(html).getElementById("share-link").val())
			.isEqualTo("https://formatfit.example.edu/r/" + token);
	}

}
