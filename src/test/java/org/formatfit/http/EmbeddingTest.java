package org.formatfit.http;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which sites may frame FormatFit: https origins, wildcards below a domain, plain http on
 * localhost; anything else stops the app, since it would end up in the
 * Content-Security-Policy.
 */
class EmbeddingTest {

	@Test
	void takesHttpsOriginsWildcardsAndLocalhostAsAPolicyNamesThem() {
		Embedding embedding = new Embedding(List.of("https://Learn.Example.edu", "https://*.instructure.com/",
				"https://lms.example.edu:8443", "http://localhost:3000"));

		assertThat(embedding.allowedOrigins()).containsExactly("https://learn.example.edu", "https://*.instructure.com",
				"https://lms.example.edu:8443", "http://localhost:3000");
		assertThat(embedding.frameAncestors()).isEqualTo("'self' https://learn.example.edu https://*.instructure.com "
				+ "https://lms.example.edu:8443 http://localhost:3000");
	}

	@Test
	void aCommaLeftAtTheEndOfTheListIsNoOrigin() {
		new ApplicationContextRunner().withUserConfiguration(SecurityHeaders.Registration.class)
			.withPropertyValues("formatfit.embed.allowed-origins=https://learn.example.edu,")
			.run((context) -> assertThat(context.getBean(Embedding.class).allowedOrigins())
				.containsExactly("https://learn.example.edu"));
	}

	@Test
	void withoutOriginsNoPageMayBeFramed() {
		assertThat(new Embedding(null).frameAncestors()).isEqualTo("'none'");
		assertThat(new Embedding(List.of()).anyAllowed()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://learn.example.edu", "http://127.0.0.1:3000", "ftp://learn.example.edu",
			"learn.example.edu", "*.example.edu", "https://*", "https://*.*.example.edu",
			"https://learn.example.edu/lms", "https://learn.example.edu?x=1", "https://user@learn.example.edu",
			"https://learn.example.edu;script-src *", "https://learn.example.edu 'unsafe-inline'", "'self'", "*",
			"https://*.edu", "https://*.com", "https://learn.example.edu:0", "https://learn.example.edu:99999",
			"https://bücher.example" })
	void refusesAnythingButAnOrigin(String origin) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Embedding(List.of(origin)))
			.withMessageStartingWith("formatfit.embed.allowed-origins holds");
	}

	@Test
	void theAppRefusesToStartOnAPlainHttpSchoolSite() {
		new ApplicationContextRunner().withUserConfiguration(SecurityHeaders.Registration.class)
			.withPropertyValues("formatfit.embed.allowed-origins=https://learn.example.edu,http://lms.example.edu")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("formatfit.embed.allowed-origins holds \"http://lms.example.edu\"")
				.hasMessageContaining("only https"));
	}

}
