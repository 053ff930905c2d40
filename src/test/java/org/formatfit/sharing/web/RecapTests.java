package org.formatfit.sharing.web;

import org.formatfit.web.Pages;

import java.util.Locale;
import java.util.Random;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer recap: every result shows its own answers under its own questions, in its
 * own language, on the student's page and in the advisor view.
 */
@AppTest
class RecapTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@Test
	void everyResultShowsItsOwnAnswersUnderItsOwnQuestionsInBothLanguages() {
		Random random = new Random(7);
		for (int i = 0; i < 40; i++) {
			Answers answers = AnswerSets.random(random);
			String path = ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(answers);
			String token = path.substring(ShareTokens.LINK_PREFIX.length());
			assertRecapShows(answers, page(path), Locale.ENGLISH, token);
			assertRecapShows(answers, page(path + "?lang=es"), SPANISH, token);
			assertRecapShows(answers, page(path + "/advisor"), Locale.ENGLISH, null);
		}
	}

	private Document page(String path) {
		return Pages.parse(this.mvc.get().uri(path).exchange());
	}

	/**
	 * Every answer, in order; on the student's page each with a link that opens the
	 * questionnaire at its question, on the advisor's without.
	 */
	private void assertRecapShows(Answers answers, Document page, Locale locale, String changeToken) {
		Elements rows = page.select(".recap .recap-item");
		assertThat(rows).hasSize(Question.count());
		int row = 0;
		for (Question question : Question.values()) {
			Element item = rows.get(row++);
			assertThat(item.selectFirst("dt").text())
				.isEqualTo(this.messages.getMessage(question.textKey(), null, locale));
			assertThat(item.selectFirst("dd > span").text())
				.isEqualTo(this.messages.getMessage(question.optionKey(answers.optionId(question)), null, locale));
			if (changeToken != null) {
				assertThat(item.select("dd > a.recap-change").attr("href"))
					.isEqualTo("/questionnaire?from=" + changeToken + "#" + question.htmlId());
			}
			else {
				assertThat(item.select("a")).isEmpty();
			}
		}
	}

}
