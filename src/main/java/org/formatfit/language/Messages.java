package org.formatfit.language;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * Where every word comes from: {@code messages.properties} (English) and one
 * {@code messages_xx.properties} file per other language, read as UTF-8.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

	/**
	 * Spring's reloadable message source, never reloaded: it merges each language's file
	 * with the English one once and keeps the result, so finding a message is one map
	 * lookup. Boot's default, a {@code ResourceBundleMessageSource}, walks the language's
	 * bundle and its parent on every message (a results page has about a hundred): that
	 * was 4 % of the page's time. A reader's language is always one of
	 * {@link LanguageConfiguration#LANGUAGES}, so the kept copies are few.
	 */
	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
