package org.formatfit.questionnaire;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link CompleteAnswers}; public so that any Bean Validation provider can create
 * it.
 */
public class CompleteAnswersValidator implements ConstraintValidator<CompleteAnswers, Map<String, String>> {

	@Override
	public boolean isValid(Map<String, String> answers, ConstraintValidatorContext context) {
		List<AnswerProblem> problems = Answers.problemsIn((answers != null) ? answers : Map.of());
		if (problems.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		HibernateConstraintValidatorContext hibernateContext = context
			.unwrap(HibernateConstraintValidatorContext.class);
		for (AnswerProblem problem : problems) {
			hibernateContext.withDynamicPayload(problem)
				.buildConstraintViolationWithTemplate("{" + problem.kind().messageKey() + "}")
				// One node per question keeps the violations apart: without it, two
				// questions with the same problem would be one and the same violation.
				.addBeanNode()
				.inIterable()
				.atKey(problem.questionId())
				.addConstraintViolation();
		}
		return false;
	}

}
