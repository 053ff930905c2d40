package org.formatfit.questionnaire.web;

import org.formatfit.sharing.ShareToken;
import org.formatfit.web.Pages;

import java.util.List;
import java.util.Map;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.QuestionnaireTime;
import org.formatfit.questionnaire.Section;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
public class QuestionnairePageTests {

	public static final String NURSE = "on-call no main-reason helpful occasional fine one usually no-effect own reliable a-few-places own important degree";

	@Autowired
	MockMvcTester mvc;

	@Test
	void rendersEveryQuestionAsALabelledRadioGroupInFiveSections() {
		MvcTestResult result = this.mvc.get().uri("/questionnaire").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		Document page = Pages.parse(result);
		assertThat(page.select("form.questionnaire > fieldset.section")).hasSize(5)
			.allSatisfy((section) -> assertThat(section.selectFirst("> legend")).isNotNull());
		for (Question question : Question.values()) {
			Element group = page.getElementById(question.id().replace('.', '-'));
			assertThat(group).as(question.id()).isNotNull();
			assertThat(group.tagName()).isEqualTo("fieldset");
			assertThat(group.selectFirst("> legend").text()).isNotBlank();
			assertThat(group.select("input[type=radio][name=" + question.id() + "]"))
				.extracting((input) -> input.attr("value"))
				.containsExactlyElementsOf(question.optionIds());
			for (Element input : group.select("input[type=radio]")) {
				assertThat(page.select("label[for=" + input.id() + "]").text()).isNotBlank();
				assertThat(input.hasAttr("checked")).isFalse();
			}
		}
		assertThat(page.select(".error-summary")).isEmpty();
		assertThat(page.title()).isEqualTo("Questionnaire – FormatFit");
	}

	/**
	 * The time the home page promises ({@link QuestionnaireTime#MINUTES}), measured on
	 * the page itself in either language: every word of the questionnaire read at 120
	 * words a minute (a slow reader: tired, on a phone, or not in their first language),
	 * plus two seconds a tap for each answer, each Next and See my result, fits in it,
	 * with less than a minute and a half to spare, so that the promise does not scare
	 * anyone off either.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void theTimeTheHomePagePromisesIsWhatTheQuestionnaireTakes(String language) {
		Document questionnaire = Pages.parse(this.mvc.get().uri("/questionnaire?lang=" + language).exchange());
		// What a student reads: not the error messages that wait, hidden, by each
		// question, nor the buttons, which count as taps.
		questionnaire.select("main [hidden], main button").remove();
		int words = questionnaire.selectFirst("main").text().split("\\s+").length;
		int taps = Question.values().length + Section.values().length;

		double slowSeconds = words * 60.0 / 120 + taps * 2.0;
		assertThat(slowSeconds).as("%d words and %d taps, read slowly, in seconds", words, taps)
			.isLessThanOrEqualTo(QuestionnaireTime.MINUTES * 60.0)
			.isGreaterThan(QuestionnaireTime.MINUTES * 60.0 - 90);
		for (String page : List.of("/", "/advisors")) {
			Document promise = Pages.parse(this.mvc.get().uri(page + "?lang=" + language).exchange());
			assertThat(promise.selectFirst("main").text()).as(page).contains(" " + QuestionnaireTime.MINUTES + " ");
		}
	}

	@Test
	void preselectsAnswersGivenInTheLink() {
		Document page = Pages.parse(this.mvc.get()
			.uri("/questionnaire?schedule.predictability=shifting&connectivity.equipment=none&budget.goal=mba")
			.exchange());

		assertThat(page.select("input[checked]")).extracting((input) -> input.attr("name") + "=" + input.val())
			.containsExactlyInAnyOrder("schedule.predictability=shifting", "connectivity.equipment=none");
		assertThat(page.select(".error-summary")).isEmpty();
	}

	@Test
	void preselectsEveryAnswerOfAResultToChange() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(NURSE));

		Document page = Pages.parse(this.mvc.get().uri("/questionnaire?from=" + token).exchange());

		assertThat(page.select("input[checked]")).extracting((input) -> input.attr("name") + "=" + input.val())
			.containsExactlyInAnyOrderElementsOf(AnswerSets.asMap(NURSE)
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.toList());
	}

	@Test
	void opensAnEmptyFormWhenTheResultToChangeIsNotAValidLink() {
		MvcTestResult result = this.mvc.get().uri("/questionnaire?from=not-a-token").exchange();

		assertThat(result).hasStatusOk();
		assertThat(Pages.parse(result).select("input[checked]")).isEmpty();
	}

	@Test
	void showsTheFormAgainWithEachProblemAndEveryAnswerKept() {
		MvcTestResult result = this.mvc.post()
			.uri("/questionnaire")
			.param("schedule.predictability", "on-call")
			.param("schedule.live-sessions", "sometimes")
			.param("budget.goal", "skills")
			.exchange();

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.title()).isEqualTo("There is a problem – FormatFit");
		assertThat(page.select("input[checked]")).extracting((input) -> input.attr("name") + "=" + input.val())
			.containsExactlyInAnyOrder("schedule.predictability=on-call", "budget.goal=skills");

		Element summary = page.selectFirst(".error-summary");
		assertThat(summary).isNotNull();
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		assertThat(summary.text()).contains("13 questions need an answer.").contains("The answers you gave are kept.");
		assertThat(summary.select("a")).hasSize(13);
		assertThat(summary.select("a").first().attr("href")).isEqualTo("#schedule-live-sessions-yes");
		assertThat(summary.select("a").first().text())
			.isEqualTo("Could you be online at set times each week, for example two evenings? – "
					+ "That answer is not one of the choices. Choose one of them.");

		Element missing = page.getElementById("connectivity-internet");
		assertThat(missing.select(".error-message").text()).isEqualTo("Choose one answer.");
		assertThat(missing.attr("aria-invalid")).isEqualTo("true");
		assertThat(missing.attr("role")).isEqualTo("radiogroup");
		assertThat(missing.attr("aria-describedby").split(" ")).contains("connectivity-internet-error");
		assertThat(page.getElementById("connectivity-internet-error")).isNotNull();
		assertThat(page.getElementById(missing.attr("aria-labelledby")).text())
			.isEqualTo("How reliable is the internet where you would study?");

		Element answered = page.getElementById("schedule-predictability");
		assertThat(answered.select(".error-message:not([hidden])")).isEmpty();
		assertThat(answered.hasAttr("aria-invalid")).isFalse();
		assertThat(answered.attr("aria-describedby")).isEqualTo("schedule-predictability-hint");
	}

	@Test
	void saysSoWhenOnlyOneQuestionIsLeft() {
		var post = this.mvc.post().uri("/questionnaire");
		AnswerSets.asMap(NURSE)
			.entrySet()
			.stream()
			.filter((answer) -> !answer.getKey().equals("budget.goal"))
			.forEach((answer) -> post.param(answer.getKey(), answer.getValue()));

		Document page = Pages.parse(post.exchange());

		assertThat(page.selectFirst(".error-summary").text()).contains("One question needs an answer.");
		assertThat(Pages.parse(this.mvc.post().uri("/questionnaire").exchange()).selectFirst(".error-summary").text())
			.contains("15 questions need an answer.")
			.doesNotContain("kept");
		assertThat(page.select("input[checked]")).hasSize(14);
	}

	@Test
	void movesOnToTheResultsOwnAddressWithSeeOther() {
		var post = this.mvc.post().uri("/questionnaire");
		AnswerSets.asMap(NURSE).forEach((question, option) -> post.param(question, option));

		MvcTestResult result = post.exchange();

		assertThat(result).hasStatus(HttpStatus.SEE_OTHER);
		String location = result.getResponse().getHeader("Location");
		assertThat(location).startsWith(ShareTokens.LINK_PREFIX);
		assertThat(ShareToken.parse(location.substring(ShareTokens.LINK_PREFIX.length())).answers())
			.isEqualTo(AnswerSets.parse(NURSE));
	}

	@Test
	void ignoresFieldsThatAreNoQuestion() {
		var post = this.mvc.post()
			.uri("/questionnaire")
			.param("answers[300]", "x")
			.param("class.module.classLoader.URLs[0]", "x")
			.param("utm_source", "school-site");
		AnswerSets.asMap(NURSE).forEach((question, option) -> post.param(question, option));

		assertThat(post.exchange()).hasStatus(HttpStatus.SEE_OTHER);
	}

	@Test
	void keepsTheFirstValueWhenAFieldIsSentTwice() {
		var post = this.mvc.post().uri("/questionnaire");
		Map<String, String> answers = AnswerSets.asMap(NURSE);
		answers.forEach((question, option) -> post.param(question, option));
		post.param("schedule.live-sessions", "yes");

		MvcTestResult result = post.exchange();

		assertThat(result).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(
				ShareToken.parse(result.getResponse().getHeader("Location").substring(ShareTokens.LINK_PREFIX.length()))
					.answers()
					.optionId(Question.SCHEDULE_LIVE_SESSIONS))
			.isEqualTo("no");
	}

}
