package org.formatfit.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The reader's language comes from their browser's Accept-Language, limited to the
 * languages FormatFit is written in, so that a page never claims a language its words are
 * not in.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	/** The languages with a complete message file. */
	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(LANGUAGES);
		resolver.setDefaultLocale(Locale.ENGLISH);
		return resolver;
	}

}
