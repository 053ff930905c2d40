package org.formatfit.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code formatfit.catalog.location}: left out, the catalog is off; set, the catalog is
 * read as the app starts, and one that cannot be read stops the start with a message
 * naming the setting, the entry and what is wrong.
 */
class CatalogStartupTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(CatalogConfiguration.class);

	@Test
	void isOffWhenTheSchoolGivesNoCatalog() {
		this.context.run((started) -> {
			assertThat(started).hasNotFailed();
			assertThat(started.getBean(Catalog.class)).isSameAs(Catalog.NONE);
			assertThat(started.getBean(Catalog.class).present()).isFalse();
		});
	}

	@Test
	void isOffWhenTheSettingIsEmpty() {
		this.context.withPropertyValues("formatfit.catalog.location=")
			.run((started) -> assertThat(started.getBean(Catalog.class)).isSameAs(Catalog.NONE));
	}

	@Test
	void readsTheCatalogAtItsLocationAsTheAppStarts() {
		this.context.withPropertyValues("formatfit.catalog.location=classpath:" + Catalogs.CTDL_SAMPLE)
			.run((started) -> assertThat(started.getBean(Catalog.class).programs()).hasSize(7)
				.first()
				.extracting(Program::name)
				.isEqualTo("Certificate in Cybersecurity"));
	}

	@Test
	void refusesToStartOnAnUnknownModeNamingTheSettingTheEntryAndTheValue(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("catalog.jsonld");
		Files.writeString(file, Catalogs.course("\"Statistics\"", "\"hybrid\""));
		this.context.withPropertyValues("formatfit.catalog.location=file:" + file).run((started) -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.isInstanceOf(CatalogInvalid.class)
				.hasMessageStartingWith("formatfit.catalog.location URL [file:" + file
						+ "]: entry $ \"Statistics\": hasCourseInstance.courseMode \"hybrid\" is no mode FormatFit knows, and it is not guessed.");
		});
	}

	@Test
	void refusesToStartOnAMalformedCatalogNamingTheSetting(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("catalog.jsonld");
		Files.writeString(file, "{\"@context\": \"https://schema.org\", \"@graph\": [");
		this.context.withPropertyValues("formatfit.catalog.location=file:" + file).run((started) -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageStartingWith(
						"formatfit.catalog.location URL [file:" + file + "] is no JSON FormatFit reads");
		});
	}

	@Test
	void refusesToStartOnALocationOverTheNetworkWithoutContactingIt() {
		assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> this.context.withPropertyValues("formatfit.catalog.location=https://10.255.255.1/catalog.jsonld")
					.run((started) -> {
						assertThat(started).hasFailed();
						assertThat(started.getStartupFailure()).rootCause()
							.hasMessageStartingWith(
									"formatfit.catalog.location URL [https://10.255.255.1/catalog.jsonld]"
											+ " is neither a file: nor a classpath: location");
					}));
	}

	@Test
	void refusesToStartOnALocationThatDoesNotExist(@TempDir Path folder) {
		this.context.withPropertyValues("formatfit.catalog.location=file:" + folder.resolve("missing.jsonld"))
			.run((started) -> {
				assertThat(started).hasFailed();
				assertThat(started.getStartupFailure()).rootCause()
					.hasMessageStartingWith("formatfit.catalog.location URL [file:" + folder.resolve("missing.jsonld")
							+ "] does not exist");
			});
	}

}
