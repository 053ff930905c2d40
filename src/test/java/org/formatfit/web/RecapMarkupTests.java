package org.formatfit.web;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.formatfit.explaining.Explanation.RecapAnswer;
import org.formatfit.explaining.Explanation.RecapSection;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
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
 * The recap rows are rendered once and reused ({@link RecapMarkup}): every page must
 * still show its own answers, in its own language, and the rows kept must stay bounded by
 * the question bank however many results are shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecapMarkupTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	RecapMarkup recapMarkup;

	@Autowired
	ITemplateEngine templates;

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
		assertThat(this.recapMarkup.rendered()).isPositive().isLessThanOrEqualTo(2 * options);
	}

	@Test
	void escapesTheWordsItIsGiven() {
		RecapSection section = new RecapSection("Title",
				List.of(new RecapAnswer("test.question", "Is <b>this</b> bold?", "Fish & chips")));

		// A row of its own, so that the memo shared with the other tests keeps only real
		// ones.
		String html = new RecapMarkup(this.templates).sections(List.of(section)).get(0);

		assertThat(html).contains("Is &lt;b&gt;this&lt;/b&gt; bold?")
			.contains("Fish &amp; chips")
			.doesNotContain("<b>");
	}

	private Document page(String path) {
		return Pages.parse(this.mvc.get().uri(path).exchange());
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
