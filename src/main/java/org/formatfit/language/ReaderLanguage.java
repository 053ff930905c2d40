package org.formatfit.language;

import org.formatfit.http.ApiPaths;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Which of FormatFit's languages a request is answered in: a language the reader picked,
 * remembered in a cookie that holds nothing but its tag (Spring's
 * {@link CookieLocaleResolver}), else Accept-Language
 * ({@link LanguageConfiguration#fromAcceptLanguage}). Two things Spring's resolver does
 * not do alone: the JSON API follows Accept-Language only, as API clients expect, and
 * neither reads nor sets the cookie; and the cookie is {@code Secure} exactly when the
 * request came over HTTPS, since FormatFit also runs on plain HTTP, where a browser would
 * drop a {@code Secure} cookie. Spring's resolver fixes that attribute for all requests,
 * so there is one for each.
 */
final class ReaderLanguage implements LocaleResolver {

	/** The name browsers already hold the language under: never rename it. */
	static final String COOKIE = "formatfit-lang";

	private final CookieLocaleResolver overHttp = remembered(false);

	private final CookieLocaleResolver overHttps = remembered(true);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return ApiPaths.isApi(request) ? LanguageConfiguration.fromAcceptLanguage(request)
				: cookies(request).resolveLocale(request);
	}

	/** The reader picked a language: answer in it now, and remember it. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (LanguageConfiguration.isOurs(locale) && !ApiPaths.isApi(request)) {
			cookies(request).setLocale(request, response, locale);
		}
	}

	private CookieLocaleResolver cookies(HttpServletRequest request) {
		return request.isSecure() ? this.overHttps : this.overHttp;
	}

	private static CookieLocaleResolver remembered(boolean secure) {
		CookieLocaleResolver cookies = new CookieLocaleResolver(COOKIE) {

			/** A cookie naming a language we have no words for counts as none. */
			@Override
			protected Locale parseLocaleValue(String value) {
				Locale language = super.parseLocaleValue(value);
				return LanguageConfiguration.isOurs(language) ? language : null;
			}

		};
		cookies.setCookiePath("/");
		cookies.setCookieMaxAge(Duration.ofDays(365));
		cookies.setCookieHttpOnly(true);
		cookies.setCookieSecure(secure);
		cookies.setCookieSameSite("Lax");
		// A cookie that is no language at all is ignored, not a 500.
		cookies.setRejectInvalidCookies(false);
		cookies.setDefaultLocaleFunction(LanguageConfiguration::fromAcceptLanguage);
		return cookies;
	}

}
