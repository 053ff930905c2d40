package org.formatfit.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Requests the container could not make sense of, such as form fields with broken percent
 * encoding: a 400 in the shape the caller expects, not a failure. Nothing is logged,
 * since the container's message quotes what was sent.
 */
@ControllerAdvice
class BadRequests {

	private final MessageSource messages;

	BadRequests(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidParameterException.class)
	Object unreadableParameters(HttpServletRequest request, Locale locale) {
		if (request.getRequestURI().startsWith("/api/")) {
			return ProblemJson.response(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					this.messages.getMessage("error.400.lead", null, locale)));
		}
		return ErrorPages.page(HttpStatus.BAD_REQUEST, request.getAttribute(RequestIds.ATTRIBUTE));
	}

}
