package org.formatfit.questionnaire;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.validation.ConstraintViolation;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/** Reads the {@link AnswerProblem}s back out of {@link CompleteAnswers} violations. */
public final class AnswerViolations {

	private static final Comparator<AnswerProblem> PAGE_ORDER = Comparator
		.comparingInt((AnswerProblem problem) -> (problem.kind() == AnswerProblem.Kind.MORE_UNKNOWN_QUESTIONS)
				? Integer.MAX_VALUE
				: Question.byId(problem.questionId()).map(Question::ordinal).orElse(Integer.MAX_VALUE - 1))
		.thenComparing(AnswerProblem::questionId);

	private AnswerViolations() {
	}

	/**
	 * The problems, in question bank order, then unknown question ids alphabetically,
	 * then how many more unknown ids there were.
	 */
	public static List<AnswerProblem> problems(Collection<? extends ConstraintViolation<?>> violations) {
		return violations.stream()
			.map((violation) -> (AnswerProblem) violation.unwrap(HibernateConstraintViolation.class)
				.getDynamicPayload(AnswerProblem.class))
			.filter(Objects::nonNull)
			.sorted(PAGE_ORDER)
			.toList();
	}

}
