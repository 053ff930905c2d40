package org.formatfit.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UrlPathHelper;

/**
 * The JSON API's addresses, and whether a request, or the request an error page is for,
 * is one for the JSON API. Here, not in {@code api}, because the modules the API is built
 * on need them too (the results' privacy headers, the error answers).
 */
public final class ApiPaths {

	/** Every API address starts so; a wrong one gets a problem, not a page. */
	public static final String PREFIX = "/api/";

	/** Version 1, whose ids never change. */
	public static final String V1 = PREFIX + "v1";

	/** {@code POST} an answer set; {@code GET …/{token}} a result. */
	public static final String RECOMMENDATIONS = V1 + "/recommendations";

	/** {@code GET …/{key}}: an advisor group's summary, by its private key. */
	public static final String GROUPS = V1 + "/groups";

	/** The question bank, with labels in the reader's language. */
	public static final String QUESTIONNAIRE = V1 + "/questionnaire";

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
		return path != null && clean(path).startsWith(PREFIX);
	}

	private static String clean(String uri) {
		String path = UrlPathHelper.defaultInstance.removeSemicolonContent(uri);
		return path.replaceAll("/{2,}", "/");
	}

}
