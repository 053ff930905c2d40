package org.formatfit.groups.web;

import org.formatfit.http.PrivacyHeaders;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.web.SharingPageTests;
import org.formatfit.web.AppTest;
import org.formatfit.web.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's summary as JSON: the same counts as its page, by ids, never cached; an
 * unknown key is a problem, not a page. (Its schema is checked against the OpenAPI
 * document by {@code api.ApiContractTests}.)
 */
@AppTest
class GroupApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void summarisesTheGroupByIds() {
		String group = this.mvc.post()
			.uri("/groups")
			.param("label", "API")
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		String code = Pages.parse(this.mvc.get().uri(group).exchange())
			.getElementById("join-link")
			.val()
			.substring("http://localhost/join/".length());
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));
		this.mvc.post().uri("/r/" + token + "/share").param("group", code).param("name", "Ana M.").exchange();
		this.mvc.post().uri("/r/" + token + "/share").param("group", code).exchange();
		Recommendation recommendation = ShareTokens.open(ShareToken.parse(token)).recommendation();

		MvcTestResult summary = this.mvc.get().uri("/api/v1" + group).accept(MediaType.APPLICATION_JSON).exchange();

		assertThat(summary).hasStatusOk().hasContentType("application/json;charset=UTF-8");
		assertThat(summary).headers().hasValue(HttpHeaders.CACHE_CONTROL, PrivacyHeaders.NOT_STORED);
		assertThat(summary).bodyJson().extractingPath("$.label").isEqualTo("API");
		assertThat(summary).bodyJson().extractingPath("$.results").isEqualTo(2);
		assertThat(summary).bodyJson()
			.extractingPath("$.formats[?(@.format == '" + recommendation.format().name() + "')].results")
			.asArray()
			.containsExactly(2);
		assertThat(summary).bodyJson().extractingPath("$.sharedResults[0].token").isEqualTo(token);
		assertThat(summary).bodyJson().extractingPath("$.sharedResults[0].name").isEqualTo("Ana M.");
		assertThat(summary).bodyJson().extractingPath("$.sharedResults[1].name").isNull();
		assertThat(summary).bodyJson().extractingPath("$.sharedResults[1].number").isEqualTo(2);
		for (Format format : Format.values()) {
			assertThat(summary).bodyJson()
				.extractingPath("$.sharedResults[0].scores[" + format.ordinal() + "]")
				.isEqualTo(java.util.Map.of("format", format.name(), "score", recommendation.assessment().score(format),
						"possible", !recommendation.assessment().isRuledOut(format)));
		}
		assertThat(summary).bodyJson()
			.extractingPath("$.sharedResults[0].flags[0]")
			.isEqualTo(recommendation.assessment().flags().get(0).id());
		assertThat(summary).bodyJson()
			.extractingPath("$.flags[0].id")
			.isEqualTo(recommendation.assessment().flags().get(0).id());
	}

	@Test
	void answersAnUnknownKeyWithAProblem() {
		MvcTestResult unknown = this.mvc.get()
			.uri("/api/v1/groups/AAAAAAAAAAAAAAAAAAAAAA")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();

		assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
	}

}
