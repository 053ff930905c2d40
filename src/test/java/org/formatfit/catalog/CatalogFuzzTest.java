package org.formatfit.catalog;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes a catalog file holds, reading it either gives the programs, each with a
 * name, an https page and its offerings, or says what is wrong with the catalog's own
 * exception; nothing else can come out. In {@code ./mvnw verify} this replays the inputs
 * under {@code src/test/resources/org/formatfit/catalog/CatalogFuzzTestInputs}; to fuzz
 * for real, run {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=CatalogFuzzTest}.
 */
class CatalogFuzzTest {

	@FuzzTest(maxDuration = "30s")
	void anyFileGivesProgramsOrTheCatalogsOwnRefusal(FuzzedDataProvider data) {
		Catalog catalog;
		try {
			catalog = CatalogFile.read(data.consumeRemainingAsBytes(), "fuzzed catalog");
		}
		catch (CatalogInvalid invalid) {
			assertThat(invalid.getMessage()).startsWith("fuzzed catalog");
			return;
		}
		assertThat(catalog.programs()).isNotEmpty().hasSizeLessThanOrEqualTo(CatalogFile.MOST_ENTRIES);
		assertThat(catalog.programs()).allSatisfy((program) -> {
			assertThat(program.name()).isNotBlank().hasSizeLessThanOrEqualTo(2 * CatalogFile.MOST_NAME_CHARACTERS);
			assertThat(program.link().getScheme()).isEqualToIgnoringCase("https");
			assertThat(program.link().getHost()).isNotNull();
		});
	}

}
