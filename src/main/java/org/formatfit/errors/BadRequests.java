package org.formatfit.errors;

import org.formatfit.http.ApiPaths;
import org.formatfit.http.PrivacyHeaders;
import org.formatfit.http.RequestIds;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Requests the container could not make sense of, such as form fields with broken percent
 * encoding: a 400 in the shape the caller expects, not a failure. Nothing is logged,
 * since the container's message quotes what was sent. Answered here, not through the
 * error controller: an error dispatch would read the same broken parameters again. Like
 * every error answer, never cached nor indexed, whatever the address
 * ({@code http.PrivateByDefault} does it for the others).
 */
@ControllerAdvice
class BadRequests {

	private final MessageSource messages;

	private final ResourceUrlProvider staticFiles;

	BadRequests(MessageSource messages, ResourceUrlProvider staticFiles) {
		this.messages = messages;
		this.staticFiles = staticFiles;
	}

	/**
	 * Tomcat says which status fits: 413 for a form too large to parse, 400 otherwise.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	Object unreadableParameters(InvalidParameterException exception, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		PrivacyHeaders.set(response::setHeader);
		HttpStatus status = HttpStatus.resolve(exception.getErrorCode());
		if (status == null || !status.is4xxClientError()) {
			status = HttpStatus.BAD_REQUEST;
		}
		if (ApiPaths.isApi(request)) {
			return ProblemJson.response(ErrorPages.problem(status, this.messages, locale));
		}
		// Refused while the handler was looked up, before Spring MVC's interceptor that
		// lets the page link to its stylesheet by its content-hashed address.
		request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, this.staticFiles);
		return ErrorPages.page(status, request.getAttribute(RequestIds.ATTRIBUTE));
	}

}
