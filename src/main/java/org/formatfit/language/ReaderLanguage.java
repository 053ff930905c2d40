package org.formatfit.language;

import org.formatfit.http.ApiPaths;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Which of FormatFit's languages a request is answered in. A language the reader picked
 * wins: on the request that picks it ({@code ?lang=}), and afterwards through a cookie
 * that holds nothing but the language tag. Otherwise the browser's Accept-Language
 * decides. The JSON API follows Accept-Language only, as API clients expect.
 */
final class ReaderLanguage implements LocaleResolver {

	static final String COOKIE = "formatfit-lang";

	private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

	private static final String PICKED = ReaderLanguage.class.getName() + ".PICKED";

	private final List<Locale> languages;

	private final AcceptHeaderLocaleResolver acceptLanguage = new AcceptHeaderLocaleResolver();

	ReaderLanguage(List<Locale> languages) {
		this.languages = languages;
		this.acceptLanguage.setSupportedLocales(languages);
		this.acceptLanguage.setDefaultLocale(languages.get(0));
	}

	List<Locale> languages() {
		return this.languages;
	}

	/** One of our languages by its tag ({@code "es"}), or {@code null}. */
	Locale language(String tag) {
		if (tag == null) {
			return null;
		}
		for (Locale language : this.languages) {
			if (language.toLanguageTag().equalsIgnoreCase(tag.strip())) {
				return language;
			}
		}
		return null;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(PICKED) instanceof Locale picked) {
			return picked;
		}
		if (!ApiPaths.isApi(request)) {
			Locale remembered = language(cookie(request));
			if (remembered != null) {
				return remembered;
			}
		}
		return this.acceptLanguage.resolveLocale(request);
	}

	/** The reader picked a language: answer in it now, and remember it. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale language = language((locale != null) ? locale.toLanguageTag() : null);
		if (language == null) {
			return;
		}
		request.setAttribute(PICKED, language);
		ResponseCookie cookie = ResponseCookie.from(COOKIE, language.toLanguageTag())
			.path("/")
			.maxAge(REMEMBERED_FOR)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
