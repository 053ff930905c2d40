package org.formatfit.questionnaire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AnswersTest {

	private static final String NURSE = "on-call no main-reason helpful occasional fine one usually no-effect own reliable a-few-places own important degree";

	private static ValidatorFactory validatorFactory;

	@BeforeAll
	static void startValidation() {
		validatorFactory = Validation.buildDefaultValidatorFactory();
	}

	@AfterAll
	static void stopValidation() {
		validatorFactory.close();
	}

	@Test
	void readsACompleteAnswerSet() {
		Answers answers = AnswerSets.parse(NURSE);

		assertThat(answers.optionId(Question.SCHEDULE_PREDICTABILITY)).isEqualTo("on-call");
		assertThat(answers.index(Question.SCHEDULE_LIVE_SESSIONS)).isEqualTo(3);
		assertThat(answers.is(Question.BUDGET_GOAL, "degree")).isTrue();
		assertThat(Answers.of(answers.asMap())).isEqualTo(answers);
	}

	@Test
	void reportsEveryMissingQuestionUnknownOptionAndUnknownQuestion() {
		Map<String, String> raw = new LinkedHashMap<>(AnswerSets.asMap(NURSE));
		raw.remove("schedule.predictability");
		raw.put("budget.goal", "phd");
		raw.put("motivation.pace", " ");
		raw.put("favourite.colour", "blue");

		assertThat(Answers.problemsIn(raw)).containsExactly(
				new AnswerProblem("schedule.predictability", AnswerProblem.Kind.MISSING),
				new AnswerProblem("motivation.pace", AnswerProblem.Kind.MISSING),
				new AnswerProblem("budget.goal", AnswerProblem.Kind.UNKNOWN_OPTION),
				new AnswerProblem("favourite.colour", AnswerProblem.Kind.UNKNOWN_QUESTION));
		assertThatExceptionOfType(IncompleteAnswers.class).isThrownBy(() -> Answers.of(raw))
			.satisfies((incomplete) -> assertThat(incomplete.problems()).hasSize(4));
	}

	@Test
	void treatsOptionIdsAsCaseSensitive() {
		Map<String, String> raw = new LinkedHashMap<>(AnswerSets.asMap(NURSE));
		raw.put("schedule.live-sessions", "No");

		assertThat(Answers.problemsIn(raw))
			.containsExactly(new AnswerProblem("schedule.live-sessions", AnswerProblem.Kind.UNKNOWN_OPTION));
	}

	@Test
	void changesOneAnswerWithoutTouchingTheOriginal() {
		Answers answers = AnswerSets.parse(NURSE);
		Answers changed = answers.with(Question.SCHEDULE_LIVE_SESSIONS, 1);

		assertThat(changed.optionId(Question.SCHEDULE_LIVE_SESSIONS)).isEqualTo("usually");
		assertThat(answers.optionId(Question.SCHEDULE_LIVE_SESSIONS)).isEqualTo("no");
		assertThat(changed).isNotEqualTo(answers);
		assertThatIllegalArgumentException().isThrownBy(() -> answers.with(Question.MOTIVATION_PACE, 3));
	}

	@Test
	void rejectsOptionPositionsOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> Answers.ofIndexes(0, 0));
		int[] indexes = new int[Question.count()];
		indexes[Question.BUDGET_GOAL.ordinal()] = 3;
		assertThatIllegalArgumentException().isThrownBy(() -> Answers.ofIndexes(indexes));
	}

	@Test
	void beanValidationReportsOneViolationPerProblemWithTheProblemAttached() {
		Validator validator = validatorFactory.getValidator();
		Set<ConstraintViolation<Form>> violations = validator
			.validate(new Form(Map.of("schedule.predictability", "fixed", "budget.goal", "phd")));

		assertThat(AnswerViolations.problems(violations)).hasSize(14)
			.startsWith(new AnswerProblem("schedule.live-sessions", AnswerProblem.Kind.MISSING))
			.contains(new AnswerProblem("budget.goal", AnswerProblem.Kind.UNKNOWN_OPTION))
			.doesNotContain(new AnswerProblem("schedule.predictability", AnswerProblem.Kind.MISSING));
	}

	@Test
	void beanValidationAcceptsEveryCompleteAnswerSet() {
		Validator validator = validatorFactory.getValidator();
		Random random = new Random(7);
		for (int i = 0; i < 200; i++) {
			assertThat(validator.validate(new Form(AnswerSets.random(random).asMap()))).isEmpty();
		}
	}

	record Form(@CompleteAnswers Map<String, String> answers) {

	}

}
