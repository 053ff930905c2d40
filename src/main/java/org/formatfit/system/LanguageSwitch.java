package org.formatfit.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The language switch on every page: {@code ?lang=es} answers in that language and
 * remembers it, and each page gets links to itself in every language (the switch, and
 * {@code hreflang} alternatives for search engines on the pages they may index). The
 * links keep the page's query, so a pre-filled questionnaire stays filled; on a
 * questionnaire sent with problems they carry the answers given.
 */
final class LanguageSwitch implements HandlerInterceptor {

	static final String PARAMETER = "lang";

	/** The request attribute the layout reads: a {@link Languages}. */
	static final String ATTRIBUTE = "languages";

	private static final String ROBOTS = "X-Robots-Tag";

	private final ReaderLanguage readerLanguage;

	LanguageSwitch(ReaderLanguage readerLanguage) {
		this.readerLanguage = readerLanguage;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof ResourceHttpRequestHandler) {
			return true;
		}
		String query = request.getQueryString();
		Locale picked = this.readerLanguage.language(picked(query));
		if (picked != null) {
			this.readerLanguage.setLocale(request, response, picked);
		}
		boolean api = ApiPaths.isApi(request);
		response.addHeader(HttpHeaders.VARY, api ? HttpHeaders.ACCEPT_LANGUAGE : "Accept-Language, Cookie");
		if (!api) {
			request.setAttribute(ATTRIBUTE, languages(request, response, this.readerLanguage.resolveLocale(request)));
		}
		return true;
	}

	/**
	 * The {@code lang} the query asks for, read from the query alone: a body is not ours
	 * to parse.
	 */
	private static String picked(String query) {
		String picked = null;
		for (String pair : queryPairs(query)) {
			if (pair.startsWith(PARAMETER + "=")) {
				picked = UriUtils.decode(pair.substring(PARAMETER.length() + 1), StandardCharsets.UTF_8);
			}
		}
		return picked;
	}

	private Languages languages(HttpServletRequest request, HttpServletResponse response, Locale current) {
		String path = originalPath(request);
		String query = queryWithoutLanguage(request);
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		List<Language> choices = new ArrayList<>();
		for (Locale language : this.readerLanguage.languages()) {
			String tag = language.toLanguageTag();
			String href = path + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + tag;
			choices.add(new Language(tag, name(language), href, base + href, language.equals(current)));
		}
		return new Languages(choices, base + path + (query.isEmpty() ? "" : "?" + query), indexed(response));
	}

	/**
	 * Whether search engines may index the page: results and the questionnaire ask them
	 * not to ({@code X-Robots-Tag: noindex}, set before any handler runs), and
	 * alternatives in other languages are a hint for search engines only. Left out there,
	 * a results page is also about 5 % cheaper to build.
	 */
	private static boolean indexed(HttpServletResponse response) {
		String robots = response.getHeader(ROBOTS);
		return robots == null || !robots.contains("noindex");
	}

	/**
	 * A language's name in that language, capitalised as a menu item: "English",
	 * "Español".
	 */
	private static String name(Locale language) {
		return StringUtils.capitalize(language.getDisplayLanguage(language));
	}

	/**
	 * The path the reader asked for (an error page is shown at the address that failed),
	 * as a link that can only stay on the site: see {@link #sitePath}.
	 */
	private static String originalPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (errorUri instanceof String original) ? original : request.getRequestURI();
		String contextPath = request.getContextPath();
		return sitePath(uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri);
	}

	/**
	 * A path from the request made into a link within the site, whatever it holds:
	 * decoded once, backslashes read as slashes, path parameters, empty, {@code .} and
	 * {@code ..} segments dropped, and each segment encoded again. The result starts with
	 * exactly one slash followed by no slash or backslash, so a browser can never read it
	 * as another site's address ({@code //evil.example}, {@code /\evil.example}).
	 */
	static String sitePath(String rawPath) {
		String decoded;
		try {
			decoded = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notEncodedProperly) {
			return "/";
		}
		List<String> segments = new ArrayList<>();
		for (String segment : decoded.replace('\\', '/').split("/")) {
			int parameters = segment.indexOf(';');
			String name = (parameters >= 0) ? segment.substring(0, parameters) : segment;
			if (name.equals("..")) {
				if (!segments.isEmpty()) {
					segments.remove(segments.size() - 1);
				}
			}
			else if (!name.isBlank() && !name.equals(".")) {
				segments.add(UriUtils.encodePathSegment(name, StandardCharsets.UTF_8));
			}
		}
		return "/" + String.join("/", segments);
	}

	/**
	 * The page's own query without {@code lang}; for a questionnaire posted with
	 * problems, the answers as a query, which pre-fills the form in the other language.
	 */
	private static String queryWithoutLanguage(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(request.getMethod())
				&& isForm(request.getContentType())) {
			List<String> pairs = new ArrayList<>();
			for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
				if (!PARAMETER.equals(field.getKey())) {
					for (String value : field.getValue()) {
						pairs.add(UriUtils.encodeQueryParam(field.getKey(), StandardCharsets.UTF_8) + "="
								+ UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
					}
				}
			}
			return String.join("&", pairs);
		}
		List<String> kept = new ArrayList<>();
		for (String pair : queryPairs(request.getQueryString())) {
			if (!pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "=")) {
				kept.add(pair);
			}
		}
		return String.join("&", kept);
	}

	private static boolean isForm(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
		}
		catch (RuntimeException notAMediaType) {
			return false;
		}
	}

	private static List<String> queryPairs(String query) {
		if (query == null || query.isEmpty()) {
			return List.of();
		}
		return List.of(query.split("&")).stream().filter((pair) -> !pair.isEmpty()).toList();
	}

	/**
	 * Every language's link to the page being shown. Public, as is {@link Language}, so
	 * that the templates' compiled Spring EL can read them.
	 *
	 * @param choices one per language, in the order of the switch
	 * @param defaultHref the page without a language picked (for {@code x-default})
	 * @param alternates whether the page lists its {@code hreflang} alternatives: only
	 * where search engines may index it
	 */
	public record Languages(List<Language> choices, String defaultHref, boolean alternates) {

	}

	/**
	 * One language's link to the page being shown.
	 *
	 * @param tag the language tag, e.g. {@code es}
	 * @param name its name in itself
	 * @param href the link, relative to the site
	 * @param absoluteHref the same link in full, for {@code hreflang}
	 * @param current whether the page is in this language
	 */
	public record Language(String tag, String name, String href, String absoluteHref, boolean current) {

	}

}
