package org.formatfit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.formatfit.explaining.Explainer;
import org.formatfit.explaining.Explanation.RecapAnswer;
import org.formatfit.explaining.Explanation.RecapSection;
import org.formatfit.explaining.Explanation.ScoreLine;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.scoring.Assessment;
import org.formatfit.scoring.Format;
import org.formatfit.scoring.Recommendation;
import org.formatfit.sharing.ShareTokens;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recap rows and the score lines are rendered once and reused ({@link KeptMarkup}):
 * every page must still show its own answers and its own scores, in its own language, and
 * what is kept must stay bounded by the question bank and the scale of scores however
 * many results are shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeptMarkupTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	KeptMarkup keptMarkup;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	Explainer explainer;

	@Test
	void everyResultShowsItsOwnAnswersUnderItsOwnQuestionsInBothLanguages() {
		Random random = new Random(7);
		for (int i = 0; i < 40; i++) {
			Answers answers = AnswerSets.random(random);
			String path = "/r/" + ShareTokens.tokenFor(answers);
			assertRecapShows(answers, page(path), Locale.ENGLISH);
			assertRecapShows(answers, page(path + "?lang=es"), SPANISH);
			assertRecapShows(answers, page(path + "/advisor"), Locale.ENGLISH);
		}
	}

	@Test
	void everyResultShowsItsOwnScoresInBothLanguages() {
		Random random = new Random(5);
		for (int i = 0; i < 40; i++) {
			Answers answers = AnswerSets.random(random);
			String token = ShareTokens.tokenFor(answers);
			Assessment assessment = ShareTokens.open(token).recommendation().assessment();
			String path = "/r/" + token;
			assertScoresShow(assessment, page(path), Locale.ENGLISH);
			assertScoresShow(assessment, page(path + "?lang=es"), SPANISH);
			assertScoresShow(assessment, page(path + "/advisor?lang=es"), SPANISH);
		}
	}

	@Test
	void keepsNoMoreRowsThanTheQuestionBankHasAnswersInBothLanguages() {
		Random random = new Random(11);
		for (int i = 0; i < 150; i++) {
			String path = "/r/" + ShareTokens.tokenFor(AnswerSets.random(random));
			page(path);
			page(path + "?lang=es");
		}
		int options = 0;
		for (Question question : Question.values()) {
			options += question.optionCount();
		}
		assertThat(this.keptMarkup.kept("recap-item")).isPositive().isLessThanOrEqualTo(2 * options);
	}

	/**
	 * Many more lines are shown than kept: one piece per distinct line and language,
	 * never one per result.
	 */
	@Test
	void keepsOneScoreLinePerDistinctLineAndLanguageNotPerResult() {
		KeptMarkup markup = new KeptMarkup(this.templates);
		Set<List<Object>> distinct = new HashSet<>();
		int shown = 0;
		Random random = new Random(13);
		for (int i = 0; i < 300; i++) {
			Recommendation recommendation = ShareTokens.open(ShareTokens.tokenFor(AnswerSets.random(random)))
				.recommendation();
			for (Locale locale : List.of(Locale.ENGLISH, SPANISH)) {
				List<ScoreLine> lines = this.explainer.explain(recommendation, locale).scores();
				markup.scores(lines, locale);
				lines.forEach((line) -> distinct.add(List.of(line, locale)));
				shown += lines.size();
			}
		}
		// Each format's score from 0 to 100, as the best fit, ruled out, or neither.
		int bound = 2 * Format.values().length * 101 * 3;
		assertThat(markup.kept("score-line")).isEqualTo(distinct.size())
			.isLessThan(shown / 2)
			.isLessThanOrEqualTo(bound);
	}

	@Test
	void escapesTheWordsItIsGiven() {
		RecapSection section = new RecapSection("Title",
				List.of(new RecapAnswer("test.question", "Is <b>this</b> bold?", "Fish & chips")));

		// A row of its own, so that the memo shared with the other tests keeps only real
		// ones.
		String html = new KeptMarkup(this.templates).recap(List.of(section), Locale.ENGLISH).get(0);
		String score = new KeptMarkup(this.templates).scores(
				List.of(new ScoreLine(Format.HYBRID, "<i>Mixed</i>", 50, "50 & more", false, false)), Locale.ENGLISH);

		assertThat(html).contains("Is &lt;b&gt;this&lt;/b&gt; bold?")
			.contains("Fish &amp; chips")
			.doesNotContain("<b>");
		assertThat(score).contains("&lt;i&gt;Mixed&lt;/i&gt;").contains("50 &amp; more").doesNotContain("<i>");
	}

	@Test
	void rendersEveryTimeInsteadOfKeepingBeyondItsSafetyNet() {
		KeptMarkup markup = new KeptMarkup(this.templates, 50);
		for (int i = 0; i < 60; i++) {
			markup.recap(List.of(new RecapSection("Title", List.of(new RecapAnswer("q", "Question " + i, "Answer")))),
					Locale.ENGLISH);
		}
		String late = markup
			.recap(List.of(new RecapSection("Title", List.of(new RecapAnswer("q", "Question late", "Answer")))),
					Locale.ENGLISH)
			.get(0);

		assertThat(markup.kept("recap-item")).isEqualTo(50);
		assertThat(late).contains("Question late");
	}

	private Document page(String path) {
		return Pages.parse(this.mvc.get().uri(path).exchange());
	}

	private void assertScoresShow(Assessment assessment, Document page, Locale locale) {
		Elements lines = page.select(".scores .score");
		assertThat(lines).hasSize(Format.values().length);
		assertThat(lines.get(0).selectFirst(".score-name").text())
			.isEqualTo(this.messages.getMessage(assessment.format().nameKey(), null, locale));
		for (Element line : lines) {
			Format format = Arrays.stream(Format.values())
				.filter((candidate) -> this.messages.getMessage(candidate.nameKey(), null, locale)
					.equals(line.selectFirst(".score-name").text()))
				.findFirst()
				.orElseThrow();
			int score = assessment.score(format);
			assertThat(line.selectFirst(".score-value").text()).isEqualTo(
					this.messages.getMessage("result.score.value", new Object[] { String.valueOf(score) }, locale));
			assertThat(line.selectFirst(".bar-fill").attr("width")).isEqualTo(String.valueOf(score));
			assertThat(line.hasClass("score-recommended")).isEqualTo(format == assessment.format());
			assertThat(line.select(".badge").eachText()).containsExactlyElementsOf(badges(assessment, format, locale));
		}
	}

	private List<String> badges(Assessment assessment, Format format, Locale locale) {
		List<String> badges = new ArrayList<>();
		if (format == assessment.format()) {
			badges.add(this.messages.getMessage("result.score.recommended", null, locale));
		}
		if (assessment.ruledOut().contains(format)) {
			badges.add(this.messages.getMessage("result.score.ruled-out", null, locale));
		}
		return badges;
	}

	private void assertRecapShows(Answers answers, Document page, Locale locale) {
		Elements rows = page.select(".recap .recap-item");
		assertThat(rows).hasSize(Question.count());
		int row = 0;
		for (Question question : Question.values()) {
			Element item = rows.get(row++);
			assertThat(item.selectFirst("dt").text())
				.isEqualTo(this.messages.getMessage(question.textKey(), null, locale));
			assertThat(item.selectFirst("dd").text())
				.isEqualTo(this.messages.getMessage(question.optionKey(answers.optionId(question)), null, locale));
		}
	}

}
