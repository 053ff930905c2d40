package org.formatfit.errors;

import org.formatfit.http.ApiPaths;
import org.formatfit.http.RequestIds;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container's error page: a broken link, a method
 * that is not allowed, a body of the wrong type. Pages get the app's own error page; the
 * API gets RFC 9457 problem details. Never Boot's whitelabel page, never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPagesController implements ErrorController {

	private final MessageSource messages;

	ErrorPagesController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		if (ApiPaths.isApi(request)) {
			ProblemDetail problem = ErrorPages.problem(status, this.messages, locale);
			problem.setProperty("requestId", request.getAttribute(RequestIds.ATTRIBUTE));
			// The address the client asked for, not the error page's.
			problem.setInstance(instance(request));
			return ProblemJson.response(problem);
		}
		return ErrorPages.page(status, request.getAttribute(RequestIds.ATTRIBUTE));
	}

	private static URI instance(HttpServletRequest request) {
		Object address = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		try {
			return (address instanceof String path) ? URI.create(path) : null;
		}
		catch (IllegalArgumentException ex) {
			// Not an address a URI can hold: Spring names the error path instead.
			return null;
		}
	}

	/**
	 * The status of the error being shown; a request for the error path itself, which is
	 * no error, is answered as the page that does not exist.
	 */
	private static HttpStatus status(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.ERROR) {
			return HttpStatus.NOT_FOUND;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
