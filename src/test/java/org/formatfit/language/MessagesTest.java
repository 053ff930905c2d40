package org.formatfit.language;

import java.util.Locale;
import java.util.Properties;

import org.formatfit.MessageFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

	private final MessageSource messages = new Messages().messageSource();

	static Iterable<String> languages() {
		return MessageFiles.languages();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void givesEveryMessageAsItsLanguageFileWritesIt(String language) {
		Properties file = MessageFiles.load(language);
		Locale locale = Locale.forLanguageTag(language);

		assertThat(file.stringPropertyNames()).isNotEmpty()
			.allSatisfy((key) -> assertThat(this.messages.getMessage(key, null, locale)).as(key)
				.isEqualTo(file.getProperty(key)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void fillsInArguments(String language) {
		Locale locale = Locale.forLanguageTag(language);
		String pattern = MessageFiles.load(language).getProperty("list.two");

		assertThat(this.messages.getMessage("list.two", new Object[] { "A", "B" }, locale))
			.isEqualTo(pattern.replace("{0}", "A").replace("{1}", "B"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void readsARegionalVariantInItsLanguage(String language) {
		Locale regional = new Locale.Builder().setLanguage(language).setRegion("MX").build();
		Properties file = MessageFiles.load(language);

		assertThat(this.messages.getMessage("app.tagline", null, regional)).isEqualTo(file.getProperty("app.tagline"));
	}

}
