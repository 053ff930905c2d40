package org.formatfit.scoring;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

class AdvisorFlagsTest {

	static Stream<Arguments> students() {
		return Stream.of(argumentSet("self-paced, but keeps on track only sometimes",
				"on-call no main-reason helpful occasional fine one sometimes no-effect own reliable one-place own important degree",
				Format.ASYNCHRONOUS, List.of(AdvisorFlag.RISK_OF_APATHY)),
				argumentSet("self-paced, but studying alone drains them",
						"on-call no main-reason neutral occasional drains-me several always no-effect own reliable one-place own important degree",
						Format.ASYNCHRONOUS, List.of(AdvisorFlag.ISOLATION)),
				argumentSet("live classes, on spotty internet",
						"fixed yes nice-to-have essential essential lonely one usually helps fast spotty one-place own secondary degree",
						Format.SYNCHRONOUS, List.of(AdvisorFlag.TECHNICAL_DIFFICULTIES)),
				argumentSet("live classes, with cost the top concern",
						"fixed yes not-a-factor essential essential lonely several usually helps fast reliable one-place own top degree",
						Format.SYNCHRONOUS, List.of(AdvisorFlag.COST)),
				argumentSet("first online course, self-paced",
						"shifting rarely main-reason neutral occasional fine none always no-effect own reliable one-place own important certificate",
						Format.ASYNCHRONOUS, List.of(AdvisorFlag.FIRST_ONLINE_COURSE)),
				argumentSet("a steady self-starter",
						"on-call no main-reason neutral not-needed enjoy several always cramps-me own reliable one-place own important skills",
						Format.ASYNCHRONOUS, List.of()));
	}

	@ParameterizedTest
	@MethodSource("students")
	void raisesTheRisksThatWorkAgainstTheRecommendedFormat(String answers, Format format, List<AdvisorFlag> flags) {
		Recommendation recommendation = ScoringModels.current().recommend(AnswerSets.parse(answers));

		assertThat(recommendation.format()).isEqualTo(format);
		assertThat(AdvisorFlags.raise(recommendation)).containsExactlyElementsOf(flags);
	}

	@Test
	void neverWarnsAboutLiveSessionsWhenTheRecommendationHasNone() {
		Random random = new Random(21);
		for (int i = 0; i < 5_000; i++) {
			Answers answers = AnswerSets.random(random);
			Recommendation recommendation = ScoringModels.current().recommend(answers);
			List<AdvisorFlag> flags = AdvisorFlags.raise(recommendation);
			if (recommendation.format() == Format.ASYNCHRONOUS) {
				assertThat(flags).doesNotContain(AdvisorFlag.TECHNICAL_DIFFICULTIES, AdvisorFlag.RIGID_SCHEDULE,
						AdvisorFlag.COST);
			}
			if (recommendation.format() == Format.SYNCHRONOUS) {
				assertThat(flags).doesNotContain(AdvisorFlag.RISK_OF_APATHY, AdvisorFlag.ISOLATION);
			}
			assertThat(flags.contains(AdvisorFlag.CLOSE_CALL))
				.isEqualTo(recommendation.assessment().confidence() == Confidence.LOW);
			for (AdvisorFlag flag : flags) {
				assertThat(flag.raisedBy(answers).isEmpty()).isEqualTo(flag == AdvisorFlag.CLOSE_CALL);
			}
		}
	}

}
