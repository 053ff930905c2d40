package org.formatfit.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reader's language: a language they picked on a page ({@code ?lang=es}, then
 * remembered), else their browser's Accept-Language, limited to the languages FormatFit
 * is written in, so that a page never claims a language its words are not in.
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

	private final ReaderLanguage readerLanguage = new ReaderLanguage(LANGUAGES);

	@Bean
	LocaleResolver localeResolver() {
		return this.readerLanguage;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch(this.readerLanguage));
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
