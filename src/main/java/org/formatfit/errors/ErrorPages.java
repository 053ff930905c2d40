package org.formatfit.errors;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;

/**
 * The app's one error page ({@code templates/error.html}) and its words, for the error
 * controller, for controllers that answer a broken link, and for Tomcat's own refusals.
 */
public final class ErrorPages {

	/** The template, whoever renders it. */
	static final String VIEW = "error";

	private ErrorPages() {
	}

	/** The error page with the given status. */
	public static ModelAndView page(HttpStatus status) {
		return new ModelAndView(VIEW, model(status), status);
	}

	/**
	 * The error page with the given status and the request's id, to quote when reporting
	 * it.
	 */
	static ModelAndView page(HttpStatus status, Object requestId) {
		ModelAndView page = page(status);
		if (requestId != null) {
			page.addObject("requestId", requestId);
		}
		return page;
	}

	/** What the template reads: the status and which of its texts fits. */
	static Map<String, Object> model(HttpStatus status) {
		return Map.of("status", status.value(), "kind", ErrorKind.of(status));
	}

	/**
	 * The same error for the API: problem details whose detail is the page's lead, or,
	 * for a kind the API's contract names, that problem type with its own words. Every
	 * error answer of the API that is not about the answers themselves is made here.
	 */
	public static ProblemDetail problem(HttpStatus status, MessageSource messages, Locale locale) {
		ErrorKind kind = ErrorKind.of(status);
		if (kind.problemType() == null) {
			return ProblemDetail.forStatusAndDetail(status, messages.getMessage(kind.leadKey(), null, locale));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(ProblemJson.detailKey(kind.problemType()), null, locale));
		problem.setType(ProblemJson.type(kind.problemType()));
		problem.setTitle(messages.getMessage(ProblemJson.titleKey(kind.problemType()), null, locale));
		return problem;
	}

}
