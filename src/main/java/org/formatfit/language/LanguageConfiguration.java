package org.formatfit.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language, from Spring's parts: {@code ?lang=es} picks a language
 * ({@link LocaleChangeInterceptor}), {@link ReaderLanguage} remembers it; else the
 * browser's Accept-Language decides, limited to the languages FormatFit is written in, so
 * that a page never claims a language its words are not in.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration implements WebMvcConfigurer {

	/** The language of {@code messages.properties}, and the default. */
	public static final Locale BASE_LANGUAGE = Locale.ENGLISH;

	/**
	 * English, then every language with a {@code messages_xx.properties} file. Adding a
	 * language is adding its file: the key-sync test makes sure it is complete.
	 */
	static final List<Locale> LANGUAGES = languagesWithMessageFiles();

	private static final AcceptHeaderLocaleResolver ACCEPT_LANGUAGE = new AcceptHeaderLocaleResolver();

	static {
		ACCEPT_LANGUAGE.setSupportedLocales(LANGUAGES);
		ACCEPT_LANGUAGE.setDefaultLocale(BASE_LANGUAGE);
	}

	private final String staticFiles;

	LanguageConfiguration(WebMvcProperties mvc) {
		this.staticFiles = mvc.getStaticPathPattern();
	}

	/**
	 * Whether FormatFit is written in this language. An empty {@code ?lang=} or cookie
	 * parses to no language at all ({@code null}), which is none of ours.
	 */
	static boolean isOurs(Locale language) {
		return language != null && LANGUAGES.contains(language);
	}

	/**
	 * The first of our languages the request's Accept-Language asks for, else the base
	 * language. Alone, without the cookie, for the API and for the answers Tomcat writes
	 * itself.
	 */
	public static Locale fromAcceptLanguage(HttpServletRequest request) {
		return ACCEPT_LANGUAGE.resolveLocale(request);
	}

	@Bean
	LocaleResolver localeResolver() {
		return new ReaderLanguage();
	}

	/**
	 * The switch comes first so that a page whose form cannot be read, which fails the
	 * second, still links to itself in every language.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor picked = new LocaleChangeInterceptor();
		picked.setParamName(LanguageSwitch.PARAMETER);
		picked.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new LanguageSwitch()).excludePathPatterns(this.staticFiles);
		registry.addInterceptor(picked).excludePathPatterns(this.staticFiles);
	}

	/**
	 * Tomcat 11 reads Accept-Language for Spring's resolvers, and its {@code getLocale()}
	 * throws an {@code IllegalArgumentException} once the header has more than
	 * {@code maxLocaleCount} entries, 10 by default: a browser set up with five or six
	 * languages sends more, and that was a 500 (with the default,
	 * {@code OddRequestsTests} fails on 11, 13, 50 and 300 entries and on 8 KB of them).
	 * Junk tags and q-values that are no number or out of range its parser skips on its
	 * own, so FormatFit needs no parser of its own. The header is at most 8 KB
	 * ({@code server.max-http-request-header-size}), which bounds the work.
	 */
	@Bean
	TomcatConnectorCustomizer anyNumberOfAcceptedLanguages() {
		return (connector) -> connector.setMaxLocaleCount(-1);
	}

	/**
	 * Looks each ISO 639 language up by name, which works in a jar as well as in a folder
	 * (a wildcard search at the class path's root does not).
	 */
	private static List<Locale> languagesWithMessageFiles() {
		List<Locale> languages = new ArrayList<>(List.of(BASE_LANGUAGE));
		ClassLoader classLoader = LanguageConfiguration.class.getClassLoader();
		Arrays.stream(Locale.getISOLanguages())
			.sorted()
			.filter((tag) -> !tag.equals(BASE_LANGUAGE.getLanguage()))
			.filter((tag) -> classLoader.getResource("messages_" + tag + ".properties") != null)
			.map(Locale::forLanguageTag)
			.forEach(languages::add);
		return List.copyOf(languages);
	}

}
