package org.formatfit.language;

import org.formatfit.http.ApiPaths;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.formatfit.http.PrivacyHeaders;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to the page being shown in every language, for the switch on every page and the
 * {@code hreflang} alternatives on the pages search engines may index. They keep the
 * page's query, so a pre-filled questionnaire stays filled; on a questionnaire sent with
 * problems they carry the answers kept ({@link #carryQuery}). Answers say which headers
 * pick their language ({@code Vary}), for caches.
 */
public final class LanguageSwitch implements HandlerInterceptor {

	static final String PARAMETER = "lang";

	/** The request attribute the layout reads: a {@link Links}. */
	static final String ATTRIBUTE = "languages";

	/** Each language by its name in itself, capitalised as a menu item: "Español". */
	private static final List<Language> LANGUAGES = LanguageConfiguration.LANGUAGES.stream()
		.map((language) -> new Language(language.toLanguageTag(),
				StringUtils.capitalize(language.getDisplayLanguage(language))))
		.toList();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		boolean api = ApiPaths.isApi(request);
		response.addHeader(HttpHeaders.VARY, api ? HttpHeaders.ACCEPT_LANGUAGE : "Accept-Language, Cookie");
		if (!api) {
			boolean alternates = indexed(response);
			String base = alternates ? ServletUriComponentsBuilder.fromContextPath(request).toUriString() : "";
			request.setAttribute(ATTRIBUTE,
					new Links(base, originalPath(request), queryWithoutLanguage(request), alternates, LANGUAGES));
		}
		return true;
	}

	/**
	 * Makes the language links of the page being built carry this query instead of the
	 * request's own: a questionnaire sent with problems passes the answers it kept, so
	 * that the other language shows them too.
	 * @param request the request whose page is being built
	 * @param query the query, already encoded, without {@code lang}
	 */
	public static void carryQuery(HttpServletRequest request, String query) {
		if (request.getAttribute(ATTRIBUTE) instanceof Links links) {
			request.setAttribute(ATTRIBUTE,
					new Links(links.base(), links.path(), query, links.alternates(), links.choices()));
		}
	}

	/**
	 * Whether search engines may index the page: results and the questionnaire ask them
	 * not to ({@code X-Robots-Tag: noindex}, set by a filter before any handler runs),
	 * and alternatives in other languages are a hint for search engines only. Left out
	 * there, a results page is also about 5 % cheaper to build.
	 */
	private static boolean indexed(HttpServletResponse response) {
		return !PrivacyHeaders.NOT_INDEXED.equals(response.getHeader(PrivacyHeaders.ROBOTS_TAG));
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
	 * The page's own query, as sent, without {@code lang}. A form's body is not carried:
	 * only the handler knows which of its fields are worth keeping ({@link #carryQuery}),
	 * and echoing 16 KB of fields into every link made a bad post cost dozens of valid
	 * ones.
	 */
	private static String queryWithoutLanguage(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null
				|| (request.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(request.getMethod()))) {
			return "";
		}
		String kept = UriComponentsBuilder.newInstance().query(query).replaceQueryParam(PARAMETER).build().getQuery();
		return (kept != null) ? kept : "";
	}

	/**
	 * Every language's link to the page being shown. Public, as is {@link Language}, so
	 * that the templates' compiled Spring EL can read them.
	 *
	 * @param base the site's address, for the links in full (only where they are listed)
	 * @param path the page's path within the site
	 * @param query the query the links keep, encoded, without {@code lang}
	 * @param alternates whether the page lists its {@code hreflang} alternatives: only
	 * where search engines may index it
	 * @param choices the languages, in the order of the switch
	 */
	public record Links(String base, String path, String query, boolean alternates, List<Language> choices) {

		/** The link to the page in this language, relative to the site. */
		public String href(Language language) {
			return this.path + "?" + (this.query.isEmpty() ? "" : this.query + "&") + PARAMETER + "=" + language.tag();
		}

		/** The same link in full, for {@code hreflang}. */
		public String absoluteHref(Language language) {
			return this.base + href(language);
		}

		/** The page without a language picked, in full (for {@code x-default}). */
		public String defaultHref() {
			return this.base + this.path + (this.query.isEmpty() ? "" : "?" + this.query);
		}

	}

	/**
	 * One language of the switch.
	 *
	 * @param tag the language tag, e.g. {@code es}
	 * @param name its name in itself
	 */
	public record Language(String tag, String name) {

		/** Whether this is the language of the page: the one Spring resolved. */
		public boolean isOf(Locale page) {
			return this.tag.equals(page.toLanguageTag());
		}

	}

}
