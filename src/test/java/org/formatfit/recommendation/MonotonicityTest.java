package org.formatfit.recommendation;

import java.util.Random;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving one answer along its scale moves the synchronous score one way only: a harder
 * week or setup never makes live classes fit better; a stronger wish for live contact
 * never makes them fit worse. Options are listed from one end of the scale to the other,
 * so "worse" is simply a later option for the first kind and an earlier one for the
 * second.
 */
class MonotonicityTest {

	/**
	 * Each answer set here is scored once for every step along a scale, about ten times a
	 * rule's one, so a fifth of a rule's count.
	 */
	private static final int SAMPLE = RandomSamples.PER_RULE / 5;

	/** Questions where a later option makes live classes harder to follow. */
	enum Hardship {

		SCHEDULE_PREDICTABILITY(Question.SCHEDULE_PREDICTABILITY),
		SCHEDULE_LIVE_SESSIONS(Question.SCHEDULE_LIVE_SESSIONS), CONNECTIVITY_INTERNET(Question.CONNECTIVITY_INTERNET),
		CONNECTIVITY_PLACES(Question.CONNECTIVITY_PLACES), CONNECTIVITY_EQUIPMENT(Question.CONNECTIVITY_EQUIPMENT);

		final Question question;

		Hardship(Question question) {
			this.question = question;
		}

	}

	/**
	 * Questions where an earlier option is a stronger wish for what live classes give.
	 */
	enum Need {

		INTERACTION_DISCUSSION(Question.INTERACTION_DISCUSSION),
		INTERACTION_INSTRUCTOR(Question.INTERACTION_INSTRUCTOR);

		final Question question;

		Need(Question question) {
			this.question = question;
		}

	}

	@ParameterizedTest
	@EnumSource(Hardship.class)
	void aHarderCircumstanceNeverRaisesTheSynchronousScore(Hardship hardship) {
		Question question = hardship.question;
		Random random = new Random(question.ordinal());
		for (int i = 0; i < SAMPLE; i++) {
			Answers answers = AnswerSets.random(random);
			for (int option = 1; option < question.optionCount(); option++) {
				int easier = synchronousScore(answers.with(question, option - 1));
				int harder = synchronousScore(answers.with(question, option));
				assertThat(harder)
					.as("%s %s -> %s for %s", question.id(), question.optionId(option - 1), question.optionId(option),
							answers)
					.isLessThanOrEqualTo(easier);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Need.class)
	void aStrongerNeedForLiveContactNeverLowersTheSynchronousScore(Need need) {
		Question question = need.question;
		Random random = new Random(100 + question.ordinal());
		for (int i = 0; i < SAMPLE; i++) {
			Answers answers = AnswerSets.random(random);
			for (int option = 1; option < question.optionCount(); option++) {
				int stronger = synchronousScore(answers.with(question, option - 1));
				int weaker = synchronousScore(answers.with(question, option));
				assertThat(stronger)
					.as("%s %s vs %s for %s", question.id(), question.optionId(option - 1), question.optionId(option),
							answers)
					.isGreaterThanOrEqualTo(weaker);
			}
		}
	}

	private static int synchronousScore(Answers answers) {
		return ScoringModels.current().assess(answers).score(Format.SYNCHRONOUS);
	}

}
