package org.formatfit.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UrlPathHelper;

/** Whether a request, or the request an error page is for, is one for the JSON API. */
public final class ApiPaths {

	private ApiPaths() {
	}

	/**
	 * Judged on the cleaned-up path, so that {@code //api/…} or {@code /api;x/…} count
	 * too.
	 */
	public static boolean isApi(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? clean(uri)
				: UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		return isApi(path);
	}

	public static boolean isApi(String path) {
		return path != null && clean(path).startsWith("/api/");
	}

	private static String clean(String uri) {
		String path = UrlPathHelper.defaultInstance.removeSemicolonContent(uri);
		return path.replaceAll("/{2,}", "/");
	}

}
