package org.formatfit.groups.web;

import java.util.regex.Pattern;

import org.formatfit.http.ProvokedLogLines;
import org.formatfit.http.ReadsTheAppLog;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.web.SharingPageTests;
import org.formatfit.web.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FormatFit with its groups' database out of reach (a PostgreSQL address where nothing
 * listens): it starts, the questionnaire and results work as ever, and every group page
 * and share says plainly that groups are unavailable and that nothing was done.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/formatfit",
		"spring.datasource.username=formatfit", "spring.datasource.password=" })
@AutoConfigureMockMvc
@ReadsTheAppLog
class GroupsUnavailableTests {

	/** Said at startup and each time groups find the database still out of reach. */
	private static final Pattern UNAVAILABLE = Pattern
		.compile("Groups are unavailable( until their database can be reached)?: ");

	private static final String CODE = "abcdefgh";

	@Autowired
	MockMvcTester mvc;

	@AfterEach
	void logsOnlyThatGroupsAreUnavailable(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output, UNAVAILABLE);
	}

	@Test
	void stillAnswersTheQuestionnaireAndShowsResults() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));

		assertThat(this.mvc.get().uri("/questionnaire").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/r/" + token).exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/r/" + token + "/advisor").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk();
	}

	@Test
	void saysGroupsAreUnavailableOnEveryGroupPageWithA503() {
		for (MvcTestResult answer : new MvcTestResult[] {
				this.mvc.post().uri("/groups").param("label", "Tuesday").exchange(),
				this.mvc.get().uri("/groups/AAAAAAAAAAAAAAAAAAAAAA").exchange(),
				this.mvc.get().uri("/groups/AAAAAAAAAAAAAAAAAAAAAA/results.csv").exchange(),
				this.mvc.post().uri("/groups/AAAAAAAAAAAAAAAAAAAAAA/delete").exchange(),
				this.mvc.get().uri("/withdraw/AAAAAAAAAAAAAAAAAAAAAA").exchange() }) {
			assertThat(answer).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(Pages.parse(answer).selectFirst("h1").text()).isEqualTo("Groups are unavailable right now");
		}
	}

	/**
	 * A student who came through a join link answers as ever; the pages say sharing must
	 * wait, and a share that could not happen says it did not.
	 */
	@Test
	void letsAnInvitedStudentAnswerAndSaysTheShareDidNotHappen() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));

		assertThat(this.mvc.get().uri("/join/" + CODE).exchange()).hasStatus(HttpStatus.SEE_OTHER)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/questionnaire?group=" + CODE);
		Document questionnaire = Pages.parse(this.mvc.get().uri("/questionnaire?group=" + CODE).exchange());
		assertThat(questionnaire.select(".invitation").text()).contains("groups are unavailable right now");
		assertThat(questionnaire.select("input[type=hidden][name=group]").val()).isEqualTo(CODE);
		Document result = Pages.parse(this.mvc.get().uri("/r/" + token + "?group=" + CODE).exchange());
		assertThat(result.select("section.group-share").text()).contains("Groups are unavailable right now");
		assertThat(result.select("section.group-share form")).isEmpty();

		MvcTestResult share = this.mvc.post().uri("/r/" + token + "/share").param("group", CODE).exchange();

		assertThat(share).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		Document page = Pages.parse(share);
		assertThat(page.select(".lead").text()).contains("nothing was shared");
		assertThat(page.select("a.button-primary").attr("href")).isEqualTo("/r/" + token + "?group=" + CODE);
	}

}
