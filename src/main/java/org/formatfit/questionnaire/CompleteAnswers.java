package org.formatfit.questionnaire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated map of question id to option id must be a complete answer set. Each
 * problem is reported as its own violation carrying the {@link AnswerProblem} as dynamic
 * payload, so that a form or an API can point at each question.
 */
@Documented
@Constraint(validatedBy = CompleteAnswersValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface CompleteAnswers {

	String message() default "{problem.missing}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
