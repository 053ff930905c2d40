package org.formatfit.sharing.web;

import org.formatfit.questionnaire.web.QuestionnairePageTests;

import org.formatfit.web.Pages;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.ScoringModels;
import org.formatfit.sharing.ShareTokenCorrupt;
import org.formatfit.sharing.ShareTokens;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.List;

import org.formatfit.recommendation.Assessment;
import org.formatfit.sharing.ShareToken;
import org.formatfit.web.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
public class ResultPageTests {

	public static final String PARENT = "mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree";

	@Autowired
	MockMvcTester mvc;

	/**
	 * A tie is never a best fit: the headline names both formats, both score rows say
	 * "Tied", and how clear it is says what decides between them; on the advisor view
	 * too. (These answers give hybrid and asynchronous 52 each on the current model.)
	 */
	@Test
	void callsATieATieAndNeverABestFit() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(
				"on-call usually main-reason helpful occasional lonely one usually no-effect fast mostly one-place shared secondary certificate"));
		Assessment assessment = ShareTokens.open(ShareToken.parse(token)).recommendation().assessment();
		assertThat(assessment.score(assessment.runnerUp())).as("a tie on this model")
			.isEqualTo(assessment.score(assessment.format()));

		Document page = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token).exchange());
		assertThat(page.selectFirst("h1").text())
			.isEqualTo("An asynchronous course and a hybrid course fit you equally well.");
		assertThat(page.select(".score .badge").eachText()).containsExactly("Tied", "Tied");
		assertThat(page.select(".score .score-format").eachText()).startsWith("Asynchronous", "Hybrid");
		assertThat(page.select(".score-recommended")).isEmpty();
		assertThat(page.select(".summary-meaning")).as("one format's meaning under a headline of two").isEmpty();
		// Its reasons speak for one of the two, never call it the one that fits.
		assertThat(page.select(".summary-reasons-heading").first().text())
			.isEqualTo("What speaks for an asynchronous course");
		assertThat(page.select(".summary-confidence").text())
			.startsWith("How clear is this? A tie: an asynchronous course and a hybrid course score the same for you.");

		Document advisor = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token + "/advisor").exchange());
		assertThat(advisor.selectFirst("h1").text())
			.isEqualTo("An asynchronous course and a hybrid course fit this student equally well.");
		assertThat(advisor.select(".score .badge").eachText()).containsExactly("Tied", "Tied");
		assertThat(advisor.text()).doesNotContain("Best fit");

		Document spanish = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token + "?lang=es").exchange());
		assertThat(spanish.selectFirst("h1").text())
			.isEqualTo("Un curso asincrónico y un curso híbrido te convienen por igual.");
		assertThat(spanish.select(".score .badge").eachText()).containsExactly("Empate", "Empate");
	}

	@Test
	void showsTheFormatScoresReasonsAndWhatWouldChangeIt() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(PARENT));
		var recommendation = ScoringModels.current().recommend(AnswerSets.parse(PARENT));

		MvcTestResult result = this.mvc.get().uri(ShareTokens.LINK_PREFIX + token).exchange();

		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(recommendation.format()).isEqualTo(Format.HYBRID);
		assertThat(page.selectFirst("h1").text()).startsWith("A hybrid course");
		assertThat(page.title()).isEqualTo("Your result: Hybrid – FormatFit");
		for (Format format : Format.values()) {
			assertThat(page.select(".score").text())
				.contains(recommendation.assessment().score(format) + " out of 100");
		}
		assertThat(page.select(".score-recommended .score-format").text()).isEqualTo("Hybrid");
		// The summary card holds the student's short list; the section holds every
		// reason.
		assertThat(page.select(".summary-reasons li")).hasSize(recommendation.assessment().studentReasons().size());
		assertThat(page.select(".reason")).hasSize(recommendation.assessment().reasons().size());
		assertThat(page.select(".reason").text()).contains("Studying mostly on your own would feel lonely.");
		assertThat(page.select("summary:has(#why-heading) + p").text()).startsWith("You are pulled both ways");
		assertThat(page.select(".changes li")).hasSize(recommendation.changes().size());
		if (recommendation.changes().isEmpty()) {
			assertThat(page.select("summary:has(#changes-heading) ~ p").text())
				.startsWith("No single change in your answers");
		}
		else {
			assertThat(page.select(".changes li").first().text()).startsWith("If ").contains("(you answered “");
		}
		assertThat(page.select(".next-steps li")).isNotEmpty();
		assertThat(page.select(".checklist li")).extracting(Element::text)
			.hasSizeBetween(2, 5)
			.contains("When are the live sessions, on which days, and in which time zone?",
					"How many hours a week are live, and how much is self-paced?");
		assertThat(page.select(".recap dd")).hasSize(15);
		assertThat(page.selectFirst("#share-link").val()).isEqualTo("http://localhost/r/" + token);
		assertThat(page.select("a[href=/questionnaire?from=" + token + "]")).hasSize(1);
	}

	/**
	 * The summary card holds the result, what the format means, how clear it is, the
	 * reasons a student reads, and the two actions; everything else is in sections to
	 * open.
	 */
	@Test
	void opensWithASummaryCardAndKeepsTheRestInSectionsToOpen() {
		var recommendation = ScoringModels.current().recommend(AnswerSets.parse(PARENT));
		String token = ShareTokens.tokenFor(AnswerSets.parse(PARENT));

		Document page = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token).exchange());

		Element card = page.selectFirst("main > .summary-card");
		assertThat(card.selectFirst("h1").text()).startsWith("A hybrid course");
		assertThat(card.select(".summary-meaning").text()).isEqualTo("A planned mix of both");
		assertThat(card.select(".summary-confidence").text()).startsWith("How clear is this?");
		assertThat(card.select(".summary-reasons li")).hasSize(recommendation.assessment().studentReasons().size());
		assertThat(card.select(".summary-reasons").text()).contains("Studying mostly on your own would feel lonely.");
		// Why it fits apart from what to watch out for: the parent's shared computer is a
		// risk of the live sessions, said with what softens it, never a reason for
		// hybrid.
		assertThat(card.select(".summary-reasons-heading")).extracting(Element::text)
			.containsExactly("Why a hybrid course fits you", "What to watch out for");
		Element risks = card.select(".summary-reasons").get(1);
		assertThat(risks.text()).contains("You share your computer with others.").contains("backup");
		assertThat(card.select(".summary-reasons").get(0).text()).doesNotContain("computer");
		assertThat(card.select(".summary-actions a")).extracting(Element::text)
			.containsExactly("Send to my advisor", "Change my answers");
		assertThat(card.select(".summary-actions a").eachAttr("href")).containsExactly("#share-heading",
				"/questionnaire?from=" + token);
		assertThat(page.select("main > details > summary > h2")).extracting(Element::text)
			.containsExactly("How well each format fits you", "Every reason, weighed", "What would change this result",
					"Next steps, and questions to ask each school", "Your answers");
		assertThat(page.select("main details[open]")).isEmpty();
		assertThat(page.select("main > section.share #share-link")).hasSize(1);
	}

	@Test
	void saysPlainlyWhyLiveFormatsAreOutForALearnerWhoCanNeverMakeSetTimes() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(QuestionnairePageTests.NURSE));

		Document page = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token).exchange());

		assertThat(page.selectFirst("h1").text()).startsWith("An asynchronous course");
		assertThat(page.select(".notice").text()).contains("never be online at set times");
		assertThat(page.select(".score-value").eachText()).filteredOn("Not possible for you"::equals).hasSize(2);
		assertThat(page.select(".reason").text()).contains("You can be called away at any moment");
		assertThat(page.select(".confidence").text()).contains("the one you can take");
	}

	/**
	 * A corrupt token fails the path variable's conversion: what Spring makes of that
	 * failure is what an exception resolver would log, so it must not repeat the token.
	 */
	@Test
	void aCorruptLinkFailsItsConversionWithoutRepeatingTheToken() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(PARENT));
		String corrupt = token.substring(0, 11) + (token.endsWith("A") ? "B" : "A");

		for (String path : List.of(ShareTokens.LINK_PREFIX + corrupt, ShareTokens.LINK_PREFIX + corrupt + "/advisor",
				ShareTokens.LINK_PREFIX + corrupt + "/qr.png")) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();

			assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(result.getMvcResult().getResolvedException())
				.isInstanceOf(MethodArgumentTypeMismatchException.class)
				.hasRootCauseInstanceOf(ShareTokenCorrupt.class);
			for (Throwable failure = result.getMvcResult().getResolvedException(); failure != null; failure = failure
				.getCause()) {
				assertThat(failure.getMessage()).as(path).doesNotContain(corrupt);
				assertThat(failure.toString()).as(path).doesNotContain(corrupt);
			}
		}
	}

	@Test
	void neverClaimsALanguageItsWordsAreNotIn() {
		Document page = Pages.parse(this.mvc.get().uri("/").header("Accept-Language", "de-DE, de;q=0.9").exchange());

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Which online course format fits you?");
	}

	@Test
	void rendersTheHomePageWithTheThreeFormatsAndAWayIn() {
		Document page = Pages.parse(this.mvc.get().uri("/").exchange());

		assertThat(page.select(".formats h3")).extracting((h3) -> h3.text())
			.containsExactly("Synchronous", "Asynchronous", "Hybrid");
		assertThat(page.select("a[href=/questionnaire]")).isNotEmpty();
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void putsAStrengthThatWouldAlsoSuitSelfPacedStudyUnderItsOwnHeadingNotUnderRisks() {
		// Loves live classes and has a good setup, and also always keeps on track alone.
		String answers = "fixed yes not-a-factor essential essential fine none always no-effect fast reliable one-place own not-a-factor degree";
		var recommendation = ScoringModels.current().recommend(AnswerSets.parse(answers));

		Document page = Pages.parse(this.mvc.get()
			.uri(ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(answers)))
			.exchange());

		assertThat(recommendation.format()).isEqualTo(Format.SYNCHRONOUS);
		assertThat(page.select("h3").eachText()).contains("Strengths that would also suit an asynchronous course")
			.doesNotContain("What to watch out for");
		assertThat(page.select("h3:contains(Strengths) + ul .reason-name").eachText()).contains("Staying motivated");
	}

	/**
	 * A school that set none of its own pages ({@code formatfit.institution.*}, shown by
	 * {@code SchoolLinksTests}) leaves no trace of them: no list, no heading, and the
	 * summary card still ends with its buttons.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | Next, on the school’s website              | Your school’s pages, also on the student’s result
					es | Después, en el sitio web de la institución | Las páginas de tu institución, también en el resultado del estudiante
					""")
	void showsNoSchoolLinkNorItsHeadingWhenTheSchoolSetNone(String language, String heading, String advisorHeading) {
		String token = ShareTokens.tokenFor(AnswerSets.parse(PARENT));

		Document page = Pages
			.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token + "?lang=" + language).exchange());
		assertThat(page.select(".school-links")).isEmpty();
		// Nor any program: without a catalog, nothing of it shows.
		assertThat(page.select(".programs, .program-list, #programs-heading")).isEmpty();
		assertThat(page.select("h2, h3").eachText()).isNotEmpty().doesNotContain(heading);
		assertThat(page.selectFirst(".summary-card").children().last().hasClass("summary-actions")).isTrue();

		Document advisor = Pages
			.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + token + "/advisor?lang=" + language).exchange());
		assertThat(advisor.select(".school-links")).isEmpty();
		assertThat(advisor.select("h2, h3").eachText()).isNotEmpty().doesNotContain(advisorHeading);
	}

}
