package org.formatfit.errors;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The app's own error page, for the error controller and for controllers that answer a
 * broken link.
 */
public final class ErrorPages {

	private ErrorPages() {
	}

	/** The error page with the given status. */
	public static ModelAndView page(HttpStatus status) {
		return new ModelAndView("error", Map.of("status", status.value(), "kind", kind(status)), status);
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

	/** Which of the three error texts fits: not found, the request's fault, or ours. */
	static String kind(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND || status == HttpStatus.CONTENT_TOO_LARGE) {
			return String.valueOf(status.value());
		}
		return status.is5xxServerError() ? "500" : "400";
	}

}
