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
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The language switch on every page: {@code ?lang=es} answers in that language and
 * remembers it, and each page gets links to itself in every language (the switch, and
 * {@code hreflang} alternatives for search engines on the pages they may index). The
 * links keep the page's query, so a pre-filled questionnaire stays filled; on a
 * questionnaire sent with problems they carry the answers kept ({@link #carryQuery}).
 */
public final class LanguageSwitch implements HandlerInterceptor {

	static final String PARAMETER = "lang";

	/** The request attribute the layout reads: a {@link Languages}. */
	static final String ATTRIBUTE = "languages";

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
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		List<Language> choices = new ArrayList<>();
		for (Locale language : this.readerLanguage.languages()) {
			String tag = language.toLanguageTag();
			choices.add(new Language(tag, name(language), "", "", language.equals(current)));
		}
		return new Languages(choices, "", indexed(response), base, originalPath(request))
			.withQuery(queryWithoutLanguage(request));
	}

	/**
	 * Makes the language links of the page being built carry this query instead of the
	 * request's own: a questionnaire sent with problems passes the answers it kept, so
	 * that the other language shows them too.
	 * @param request the request whose page is being built
	 * @param query the query, already encoded, without {@code lang}
	 */
	public static void carryQuery(HttpServletRequest request, String query) {
		if (request.getAttribute(ATTRIBUTE) instanceof Languages languages) {
			request.setAttribute(ATTRIBUTE, languages.withQuery(query));
		}
	}

	/**
	 * Whether search engines may index the page: results and the questionnaire ask them
	 * not to ({@code X-Robots-Tag: noindex}, set before any handler runs), and
	 * alternatives in other languages are a hint for search engines only. Left out there,
	 * a results page is also about 5 % cheaper to build.
	 */
	private static boolean indexed(HttpServletResponse response) {
		String robots = response.getHeader(PrivacyHeaders.ROBOTS_TAG);
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
	 * The page's own query without {@code lang}. A form's body is not carried: only the
	 * handler knows which of its fields are worth keeping ({@link #carryQuery}), and
	 * echoing 16 KB of fields into every link made a bad post cost dozens of valid ones.
	 */
	private static String queryWithoutLanguage(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(request.getMethod())) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String pair : queryPairs(request.getQueryString())) {
			if (!pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "=")) {
				kept.add(pair);
			}
		}
		return String.join("&", kept);
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
	 * @param base the site's address, for the links in full
	 * @param path the page's path within the site
	 */
	public record Languages(List<Language> choices, String defaultHref, boolean alternates, String base, String path) {

		/** The same links, to the same page with this query. */
		Languages withQuery(String query) {
			List<Language> links = new ArrayList<>();
			for (Language language : this.choices) {
				String href = this.path + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + language.tag();
				links.add(new Language(language.tag(), language.name(), href, this.base + href, language.current()));
			}
			return new Languages(links, this.base + this.path + (query.isEmpty() ? "" : "?" + query), this.alternates,
					this.base, this.path);
		}

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
