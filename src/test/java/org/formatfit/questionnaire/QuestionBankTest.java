package org.formatfit.questionnaire;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the public contract of questionnaire.md: ids and their order never change once
 * released, because schools post to the form and advisors keep share links for years.
 */
class QuestionBankTest {

	@Test
	void asksTheFifteenQuestionsOfTheContractInOrderWithTheirOptionIds() {
		assertThat(Arrays.stream(Question.values()).map((q) -> q.id() + " " + String.join(" ", q.optionIds())))
			.containsExactly("schedule.predictability fixed mostly shifting on-call",
					"schedule.live-sessions yes usually rarely no",
					"schedule.flexibility-need main-reason important nice-to-have not-a-factor",
					"interaction.discussion essential helpful neutral prefer-without",
					"interaction.instructor essential helpful occasional not-needed",
					"interaction.studying-alone enjoy fine lonely drains-me",
					"interaction.online-experience several one none",
					"motivation.self-start always usually sometimes rarely",
					"motivation.oversight cramps-me no-effect helps need-it", "motivation.pace fast steady own",
					"connectivity.internet reliable mostly spotty public-only",
					"connectivity.places one-place a-few-places on-the-move", "connectivity.equipment own shared none",
					"budget.priority top important secondary not-a-factor", "budget.goal degree certificate skills");
	}

	@Test
	void groupsTheQuestionsInTheFiveSectionsOfTheContract() {
		assertThat(Arrays.stream(Section.values()).map(Section::id)).containsExactly("schedule", "interaction",
				"motivation", "connectivity", "budget");
		for (Section section : Section.values()) {
			assertThat(section.questions()).isNotEmpty()
				.allSatisfy((question) -> assertThat(question.id()).startsWith(section.id() + "."));
		}
		assertThat(Arrays.stream(Section.values()).mapToInt((section) -> section.questions().size()).sum())
			.isEqualTo(15);
	}

	@Test
	void findsQuestionsByTheirIdOnly() {
		assertThat(Question.byId("schedule.live-sessions")).contains(Question.SCHEDULE_LIVE_SESSIONS);
		assertThat(Question.byId("SCHEDULE_LIVE_SESSIONS")).isEmpty();
		assertThat(Question.byId("")).isEmpty();
	}

	@Test
	void derivesEveryMessageKeyFromTheIds() {
		Question question = Question.CONNECTIVITY_PLACES;
		assertThat(List.of(question.textKey(), question.optionKey("on-the-move"),
				question.answerPhraseKey("on-the-move"), question.conditionKey("on-the-move")))
			.containsExactly("question.connectivity.places", "question.connectivity.places.option.on-the-move",
					"answer.connectivity.places.on-the-move", "condition.connectivity.places.on-the-move");
	}

}
