package org.formatfit.recommendation;

import java.util.List;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerSets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The learners the trade-offs were written about, each with the format they should be
 * told fits and the trade-offs their result must cite. Answers are given in question bank
 * order.
 */
class LearnerProfilesTest {

	static Stream<Arguments> learners() {
		return Stream.of(argumentSet("on-call nurse who can never make set times",
				"on-call no main-reason helpful occasional fine one usually no-effect own reliable a-few-places own important degree",
				Format.ASYNCHRONOUS, List.of("rigid-schedule", "flexibility")),
				argumentSet("parent who needs people and flexibility, free most evenings",
						"mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree",
						Format.HYBRID, List.of("flexibility", "isolation", "classroom-engagement")),
				argumentSet("frequent traveller working from airports and hotels",
						"shifting rarely main-reason neutral occasional fine several always no-effect own public-only on-the-move own secondary certificate",
						Format.ASYNCHRONOUS, List.of("technical-difficulties", "rigid-schedule", "flexibility")),
				argumentSet("self-starter on a budget who wants skills",
						"mostly usually important neutral not-needed enjoy several always cramps-me own reliable one-place own top skills",
						Format.ASYNCHRONOUS, List.of("affordability", "self-pacing")),
				argumentSet("newcomer from a physical classroom",
						"fixed yes nice-to-have essential essential lonely none usually helps fast reliable one-place own secondary degree",
						Format.SYNCHRONOUS, List.of("classroom-engagement", "instructional-depth")),
				argumentSet("learner who needs a watching eye",
						"fixed yes not-a-factor helpful helpful lonely one rarely need-it steady reliable one-place own secondary degree",
						Format.SYNCHRONOUS, List.of("risk-of-apathy", "isolation")),
				argumentSet("fast thinker who loves a lively debate",
						"fixed yes not-a-factor essential helpful fine several usually no-effect fast reliable one-place own not-a-factor degree",
						Format.SYNCHRONOUS, List.of("dynamic-learning", "classroom-engagement")),
				argumentSet("shift worker drained by studying alone, free most weeks",
						"shifting usually main-reason essential helpful drains-me one sometimes helps steady reliable one-place own important degree",
						Format.HYBRID, List.of("isolation", "flexibility", "rigid-schedule")),
				argumentSet("learner who needs people but can never be online at set times",
						"mostly no important essential essential drains-me none rarely need-it steady reliable one-place own secondary degree",
						Format.ASYNCHRONOUS, List.of("isolation", "risk-of-apathy", "rigid-schedule")),
				argumentSet("learner on a shared computer with spotty internet",
						"mostly usually nice-to-have neutral occasional fine one usually no-effect steady spotty a-few-places shared secondary certificate",
						Format.ASYNCHRONOUS, List.of("technical-difficulties")),
				// Added with model v3 (issue 31): the learners the audit of v2 read.
				argumentSet("learner who wants live discussion, can attend and likes their own pace",
						"mostly usually important essential helpful fine one usually helps own reliable one-place own secondary degree",
						Format.HYBRID, List.of("classroom-engagement", "self-pacing")),
				argumentSet("classroom learner who is usually free at set times on a mostly reliable connection",
						"fixed usually nice-to-have essential helpful lonely none sometimes helps steady mostly one-place own secondary degree",
						Format.SYNCHRONOUS, List.of("classroom-engagement", "isolation")),
				argumentSet("learner for whom cost decides, after a skill",
						"mostly usually nice-to-have helpful occasional fine several usually no-effect steady reliable one-place own top skills",
						Format.ASYNCHRONOUS, List.of("affordability")),
				argumentSet("phone-only learner on public Wi-Fi who likes people",
						"mostly usually important helpful helpful lonely one sometimes helps steady public-only a-few-places none important certificate",
						Format.ASYNCHRONOUS, List.of("technical-difficulties")),
				argumentSet("parent with a shared computer who needs people and flexibility",
						"mostly usually main-reason essential helpful lonely one usually helps steady reliable one-place shared important degree",
						Format.HYBRID, List.of("flexibility", "classroom-engagement")));
	}

	@ParameterizedTest
	@MethodSource("learners")
	void recommendsTheFormatTheTradeOffsPointTo(String answers, Format expected, List<String> citedTradeOffs) {
		Assessment assessment = ScoringModels.current().assess(AnswerSets.parse(answers));

		assertThat(assessment.format()).isEqualTo(expected);
		assertThat(assessment.reasons()).extracting((reason) -> reason.tradeOff().id()).containsAll(citedTradeOffs);
	}

	@ParameterizedTest
	@MethodSource("learners")
	void citesTheQuestionsBehindEachReason(String answers, Format expected, List<String> citedTradeOffs) {
		Assessment assessment = ScoringModels.current().assess(AnswerSets.parse(answers));

		assertThat(assessment.reasons()).allSatisfy((reason) -> assertThat(reason.questions()).isNotEmpty());
	}

}
