package org.formatfit.catalog;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.recommendation.ScoringModel;
import org.formatfit.recommendation.ScoringModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists worked out once, as the app starts, are the lists the rules give each
 * student: for random answer sets, ruled-out formats and students who can rarely be
 * online at set times among them.
 */
class FittingProgramsTest {

	private static final Catalog NORTHFIELD = CatalogFile.read(Catalogs.sample(Catalogs.SCHEMA_ORG_SAMPLE),
			Catalogs.SOURCE);

	/** Every released model: an old result's link shows the school's programs too. */
	@ParameterizedTest
	@MethodSource("models")
	void givesEachStudentTheListTheRulesGiveThem(ScoringModel model) {
		FittingPrograms fitting = new FittingPrograms(NORTHFIELD);
		Random random = new Random(34);
		int ruledOut = 0;
		int rarely = 0;
		for (int i = 0; i < 2_000; i++) {
			Answers answers = AnswerSets.random(random);
			Recommendation recommendation = model.recommend(answers);
			Assessment assessment = recommendation.assessment();
			boolean rarelyOnline = FittingPrograms.rarelyOnlineAtSetTimes(recommendation);
			ruledOut += assessment.ruledOut().isEmpty() ? 0 : 1;
			rarely += rarelyOnline ? 1 : 0;

			assertThat(fitting.forStudent(recommendation)).as(answers.toString())
				.isEqualTo(ProgramsThatFit.of(NORTHFIELD, assessment.format(), assessment.runnerUp(),
						assessment.ruledOut().keySet(), rarelyOnline));
		}
		// The draw met the cases that matter.
		assertThat(ruledOut).isPositive();
		assertThat(rarely).isPositive();
	}

	static List<ScoringModel> models() {
		return ScoringModels.released();
	}

	@Test
	void aStudentWhoSaidTheyCanRarelyOrNeverBeOnlineAtSetTimesIsToldOfSetTimes() {
		assertThat(FittingPrograms.rarelyOnlineAtSetTimes(liveSessions("rarely"))).isTrue();
		assertThat(FittingPrograms.rarelyOnlineAtSetTimes(liveSessions("no"))).isTrue();
		assertThat(FittingPrograms.rarelyOnlineAtSetTimes(liveSessions("usually"))).isFalse();
		assertThat(FittingPrograms.rarelyOnlineAtSetTimes(liveSessions("yes"))).isFalse();
	}

	@Test
	void withoutACatalogNothingIsListedAndTheCatalogIsNotGiven() {
		FittingPrograms fitting = new FittingPrograms(Catalog.NONE);

		assertThat(fitting.catalogGiven()).isFalse();
		assertThat(fitting.forStudent(ScoringModels.current().recommend(AnswerSets.random(new Random(1)))))
			.isSameAs(ProgramsThatFit.NONE);
	}

	/** A student's recommendation, with this answer to the question of live sessions. */
	private static Recommendation liveSessions(String option) {
		return ScoringModels.current()
			.recommend(AnswerSets.parse("mostly " + option
					+ " important helpful helpful lonely none usually helps steady reliable one-place shared important degree"));
	}

}
