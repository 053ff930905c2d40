package org.formatfit.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.ConstraintViolation;
import org.formatfit.api.ApiBodies.ProblemError;
import org.formatfit.questionnaire.AnswerProblem;
import org.formatfit.questionnaire.AnswerViolations;
import org.formatfit.sharing.ShareTokenCorrupt;
import org.formatfit.http.BodyTooLarge;
import org.formatfit.errors.ErrorPages;
import org.formatfit.errors.ProblemJson;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns what can go wrong in the API into RFC 9457 problem details, so that a client
 * always gets JSON it can act on, never a page or a stack trace.
 */
@RestControllerAdvice(assignableTypes = RecommendationsController.class)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidAnswers(MethodArgumentNotValidException exception, Locale locale) {
		List<ConstraintViolation<?>> violations = exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.<ConstraintViolation<?>>map(ApiProblems::unwrap)
			.filter(Objects::nonNull)
			.toList();
		List<ProblemError> errors = AnswerViolations.problems(violations)
			.stream()
			.map((problem) -> error(problem, locale))
			.toList();
		ProblemDetail problem = problem(ProblemType.INVALID_ANSWERS, locale);
		problem.setProperty("errors", errors);
		return response(problem);
	}

	/**
	 * One entry of {@code errors}: the question and what is wrong with it, or, for the
	 * unknown ids not named one by one, how many there were.
	 */
	private ProblemError error(AnswerProblem problem, Locale locale) {
		String detail = this.messages.getMessage(problem.kind().messageKey(), new Object[] { problem.count() }, locale);
		if (problem.kind() == AnswerProblem.Kind.MORE_UNKNOWN_QUESTIONS) {
			return ProblemError.count(problem.count(), problem.kind().code(), detail);
		}
		return ProblemError.question(problem.questionId(), problem.kind().code(), detail);
	}

	/**
	 * A body that is not JSON of the expected shape: 400, naming the fields that are not
	 * part of the request, or 413 when it went past the size limit while being read.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> malformed(HttpMessageNotReadableException exception, Locale locale) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
		if (cause instanceof BodyTooLarge) {
			return response(ErrorPages.problem(HttpStatus.CONTENT_TOO_LARGE, this.messages, locale));
		}
		ProblemDetail problem = problem(ProblemType.MALFORMED, locale);
		if (cause instanceof UnrecognizedPropertyException unknown) {
			problem.setProperty("errors", List.of(ProblemError.field(unknown.getPropertyName(),
					ProblemType.UNKNOWN_FIELD, text(ProblemType.UNKNOWN_FIELD_KEY, locale))));
		}
		return response(problem);
	}

	/** Also the cause of a token path variable's failed conversion. */
	@ExceptionHandler(ShareTokenCorrupt.class)
	ResponseEntity<ProblemDetail> notFound(Locale locale) {
		return response(problem(ProblemType.NOT_FOUND, locale));
	}

	private ProblemDetail problem(ProblemType type, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), text(type.detailKey(), locale));
		problem.setType(type.uri());
		problem.setTitle(text(type.titleKey(), locale));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ProblemJson.response(problem);
	}

	private static ConstraintViolation<?> unwrap(FieldError error) {
		return error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
