package org.formatfit.groups.web;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.web.SharingPageTests;
import org.formatfit.web.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that keep a script from filling the database or finding groups by guessing,
 * set low here: groups made, results shared and join codes missed per client address and
 * hour, and results per group. Each refusal is a page that says what happened, and
 * nothing is stored.
 */
@SpringBootTest(properties = { "formatfit.groups.creates-per-hour=2", "formatfit.groups.shares-per-hour=3",
		"formatfit.groups.max-results=2", "formatfit.groups.code-misses-per-hour=3" })
@AutoConfigureMockMvc
class GroupLimitsTests {

	private static final String[] ANSWER_SETS = { SharingPageTests.DRIFTER,
			"mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree",
			"fixed yes nice-to-have essential essential lonely one usually helps fast reliable one-place own secondary degree" };

	@Autowired
	MockMvcTester mvc;

	@Test
	void refusesAThirdGroupFromOneAddressWithinTheHourButNotFromAnother() {
		assertThat(create("10.0.0.1")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(create("10.0.0.1")).hasStatus(HttpStatus.SEE_OTHER);

		MvcTestResult third = create("10.0.0.1");
		assertThat(third).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Pages.parse(third).selectFirst("h1").text()).isEqualTo("Too many at once");
		assertThat(create("10.0.0.2")).hasStatus(HttpStatus.SEE_OTHER);
	}

	/** One home or phone has a whole IPv6 /64: a new address in it is no new count. */
	@Test
	void countsAnIpv6NetworkAsOneClient() {
		assertThat(create("2001:db8:5:6::1")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(create("2001:db8:5:6::2")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(create("2001:db8:5:6:ffff::3")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(create("2001:db8:5:7::1")).hasStatus(HttpStatus.SEE_OTHER);
	}

	@Test
	void takesNoMoreResultsThanAGroupHoldsAndSaysSo() {
		String group = create("10.0.1.1").getResponse().getHeader(HttpHeaders.LOCATION);
		String code = joinCode(group);

		assertThat(share(ANSWER_SETS[0], code, "10.0.1.2")).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(share(ANSWER_SETS[1], code, "10.0.1.3")).hasStatus(HttpStatus.SEE_OTHER);
		MvcTestResult full = share(ANSWER_SETS[2], code, "10.0.1.4");

		assertThat(full).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(full).selectFirst("h1").text()).isEqualTo("This group is full");
		assertThat(Pages.parse(full).select("a.button-primary").attr("href"))
			.isEqualTo("/r/" + ShareTokens.tokenFor(AnswerSets.parse(ANSWER_SETS[2])) + "?group=" + code);
		assertThat(Pages.parse(this.mvc.get().uri(group).exchange()).select(".group-count").text())
			.startsWith("2 results");
	}

	@Test
	void refusesAFourthShareFromOneAddressWithinTheHour() {
		String code = joinCode(create("10.0.2.1").getResponse().getHeader(HttpHeaders.LOCATION));

		for (String answers : ANSWER_SETS) {
			assertThat(share(answers, code, "10.0.2.2").getResponse().getStatus()).isNotEqualTo(429);
		}
		MvcTestResult fourth = share(ANSWER_SETS[0], code, "10.0.2.2");
		assertThat(fourth).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Pages.parse(fourth).selectFirst("h1").text()).isEqualTo("Too many at once");
	}

	/**
	 * After three codes that open no group, an address gets the "too many" page for any
	 * code, even a right one; another address still joins. Every unknown code is the same
	 * page until then.
	 */
	@Test
	void refusesJoinCodesFromAnAddressAfterThreeMissesWithinTheHour() {
		String code = joinCode(create("10.0.3.1").getResponse().getHeader(HttpHeaders.LOCATION));

		assertThat(join("/join/zzzzzzzz", "10.0.3.2")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(join("/join/yyyyyyyy/qr.png", "10.0.3.2")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(join("/join/" + code, "10.0.3.2")).as("a hit costs nothing").hasStatus(HttpStatus.SEE_OTHER);
		assertThat(join("/join?code=xxxxxxxx", "10.0.3.2")).hasStatus(HttpStatus.NOT_FOUND);

		MvcTestResult refused = join("/join/" + code, "10.0.3.2");
		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Pages.parse(refused).selectFirst("h1").text()).isEqualTo("Too many at once");
		assertThat(join("/join?code=" + code, "10.0.3.2")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(join("/join/" + code + "/qr.png", "10.0.3.2")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(join("/join/" + code, "10.0.3.3")).hasStatus(HttpStatus.SEE_OTHER);
	}

	/**
	 * The questionnaire and a result opened with a group's code name the group: each code
	 * that opens none counts as a miss too, and past the limit the page opens without the
	 * invitation, telling the address nothing more.
	 */
	@Test
	void countsCodesTriedOnTheQuestionnaireAndResultsAndThenDropsThem() {
		String code = joinCode(create("10.0.4.1").getResponse().getHeader(HttpHeaders.LOCATION));
		String result = "/r/" + ShareTokens.tokenFor(AnswerSets.parse(ANSWER_SETS[0]));

		assertThat(Pages.parse(join("/questionnaire?group=" + code, "10.0.4.2")).select(".invitation")).isNotEmpty();
		assertThat(join("/questionnaire?group=zzzzzzzz", "10.0.4.2")).hasStatusOk();
		assertThat(join(result + "?group=yyyyyyyy", "10.0.4.2")).hasStatusOk();
		assertThat(join("/questionnaire?group=xxxxxxxx&schedule.predictability=fixed", "10.0.4.2")).hasStatusOk();

		MvcTestResult dropped = join("/questionnaire?group=" + code + "&schedule.predictability=fixed", "10.0.4.2");
		assertThat(dropped).hasStatus3xxRedirection()
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/questionnaire?schedule.predictability=fixed");
		assertThat(join(result + "?group=" + code, "10.0.4.2")).hasStatus3xxRedirection()
			.headers()
			.hasValue(HttpHeaders.LOCATION, result);
		assertThat(Pages.parse(join("/questionnaire?group=" + code, "10.0.4.3")).select(".invitation")).isNotEmpty();
	}

	private MvcTestResult join(String path, String address) {
		return this.mvc.get().uri(path).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange();
	}

	private MvcTestResult create(String address) {
		return this.mvc.post().uri("/groups").param("label", "Limits").with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange();
	}

	private String joinCode(String group) {
		return Pages.parse(this.mvc.get().uri(group).exchange())
			.getElementById("join-link")
			.val()
			.substring("http://localhost/join/".length());
	}

	private MvcTestResult share(String answers, String code, String address) {
		return this.mvc.post()
			.uri("/r/" + ShareTokens.tokenFor(AnswerSets.parse(answers)) + "/share")
			.param("group", code)
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

}
