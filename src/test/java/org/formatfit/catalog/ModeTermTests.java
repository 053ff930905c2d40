package org.formatfit.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mapping table, row by row: each value the standards list, alone on an offering in a
 * catalog of its standard, gives the format written here, independently of the table;
 * then the values together, and the values no standard lists.
 */
class ModeTermTests {

	/**
	 * Every row of the table with what it must give alone: a new row fails
	 * {@link #everyRowOfTheTableHasATest} until it is added here.
	 */
	private static final List<Arguments> ROWS = List.of(
			Arguments.of(ModeTerm.SYNCHRONOUS, "synchronous", ProgramFormat.SYNCHRONOUS),
			Arguments.of(ModeTerm.ASYNCHRONOUS, "asynchronous", ProgramFormat.ASYNCHRONOUS),
			Arguments.of(ModeTerm.ONLINE, "online", ProgramFormat.ONLINE_FORMAT_NOT_STATED),
			Arguments.of(ModeTerm.ONSITE, "onsite", ProgramFormat.ON_SITE),
			Arguments.of(ModeTerm.BLENDED, "blended", ProgramFormat.PART_ON_CAMPUS),
			Arguments.of(ModeTerm.FULL_TIME, "full-time", ProgramFormat.NOT_STATED),
			Arguments.of(ModeTerm.PART_TIME, "part-time", ProgramFormat.NOT_STATED),
			Arguments.of(ModeTerm.CEDS_SYNCHRONOUS, "https://ceds.ed.gov/element/001311#Synchronous",
					ProgramFormat.SYNCHRONOUS),
			Arguments.of(ModeTerm.CEDS_ASYNCHRONOUS, "https://ceds.ed.gov/element/001311#Asynchronous",
					ProgramFormat.ASYNCHRONOUS),
			Arguments.of(ModeTerm.CTDL_IN_PERSON, "deliveryType:InPerson", ProgramFormat.ON_SITE),
			Arguments.of(ModeTerm.CTDL_ONLINE_ONLY, "deliveryType:OnlineOnly", ProgramFormat.ONLINE_FORMAT_NOT_STATED),
			Arguments.of(ModeTerm.CTDL_BLENDED_DELIVERY, "deliveryType:BlendedDelivery", ProgramFormat.PART_ON_CAMPUS),
			Arguments.of(ModeTerm.CTDL_SYNCHRONOUS, "deliveryType:Synchronous", ProgramFormat.SYNCHRONOUS),
			Arguments.of(ModeTerm.CTDL_ASYNCHRONOUS, "deliveryType:Asynchronous", ProgramFormat.ASYNCHRONOUS));

	static Stream<Arguments> rows() {
		return ROWS.stream();
	}

	@ParameterizedTest
	@MethodSource("rows")
	void eachValueAloneGivesItsFormatInACatalogOfItsStandard(ModeTerm row, String written, ProgramFormat alone) {
		assertThat(row.term()).isEqualTo(written);
		String catalog = (row.standard() == ModeTerm.Standard.CTDL) ? Catalogs.ctdlProgram("[\"" + written + "\"]")
				: Catalogs.course("\"Statistics\"", "\"" + written + "\"");
		assertThat(Catalogs.read(catalog).programs().get(0).offerings().get(0).format()).isEqualTo(alone);
	}

	@Test
	void everyRowOfTheTableHasATest() {
		assertThat(ROWS.stream().map((row) -> row.get()[0])).containsExactlyInAnyOrder((Object[]) ModeTerm.values());
	}

	@ParameterizedTest
	@ValueSource(strings = { "docs/catalog.md", "docs/production.md" })
	void everyRowOfTheTableIsInTheDocs(String document) throws IOException {
		String docs = Files.readString(Path.of(document));
		assertThat(Arrays.stream(ModeTerm.values()).map(ModeTerm::term))
			.allSatisfy((term) -> assertThat(docs).contains("`" + term + "`"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			"online", "synchronous"                       | SYNCHRONOUS
			"online", "asynchronous"                      | ASYNCHRONOUS
			"synchronous", "asynchronous"                 | HYBRID
			"online", "synchronous", "asynchronous"       | HYBRID
			"blended", "synchronous"                      | PART_ON_CAMPUS
			"blended", "online", "asynchronous"           | PART_ON_CAMPUS
			"onsite", "synchronous"                       | ON_SITE
			"onsite", "online"                            | ONLINE_FORMAT_NOT_STATED
			"onsite", "online", "asynchronous"            | ASYNCHRONOUS
			"online", "full-time"                         | ONLINE_FORMAT_NOT_STATED
			"ONLINE", " Synchronous "                     | SYNCHRONOUS
			"http://purl.org/ctdl/vocabs/deliveryType/Asynchronous" | ASYNCHRONOUS
			{"@id": "https://ceds.ed.gov/element/001311#Synchronous"}, "online" | SYNCHRONOUS
			""")
	void valuesOnOneOfferingTogetherGiveOneFormat(String courseModes, ProgramFormat format) {
		Catalog catalog = Catalogs.read(Catalogs.course("\"Statistics\"", "[" + courseModes + "]"));
		assertThat(catalog.programs().get(0).offerings().get(0).format()).isEqualTo(format);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					"deliveryType:InPerson", "deliveryType:OnlineOnly"                                       | ONLINE_FORMAT_NOT_STATED
					"deliveryType:InPerson", "deliveryType:Synchronous"                                      | ON_SITE
					"deliveryType:BlendedDelivery", "deliveryType:Asynchronous"                              | PART_ON_CAMPUS
					"http://purl.org/ctdl/vocabs/deliveryType/OnlineOnly", {"@id": "deliveryType:Asynchronous"} | ASYNCHRONOUS
					"https://purl.org/ctdl/vocabs/deliveryType/Synchronous", "deliveryType:Asynchronous"     | HYBRID
					""")
	void deliveryTypesTogetherGiveOneFormat(String deliveryTypes, ProgramFormat format) {
		Catalog catalog = Catalogs.read(Catalogs.ctdlProgram("[" + deliveryTypes + "]"));
		assertThat(catalog.programs().get(0).offerings().get(0).format()).isEqualTo(format);
	}

	@Test
	void onlyTheFirstThreeAreFormatFitsFormats() {
		assertThat(Arrays.stream(ProgramFormat.values()).filter((format) -> format.format().isPresent()))
			.containsExactly(ProgramFormat.SYNCHRONOUS, ProgramFormat.ASYNCHRONOUS, ProgramFormat.HYBRID);
		assertThat(ProgramFormat.HYBRID.format()).contains(org.formatfit.recommendation.Format.HYBRID);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					hybrid                                            | courseMode "hybrid" is no mode FormatFit knows
					in-person                                         | courseMode "in-person" is no mode FormatFit knows
					deliveryType:OnlineOnly                           | courseMode "deliveryType:OnlineOnly" is no mode FormatFit knows
					https://ceds.ed.gov/element/001311#Blended        | courseMode "https://ceds.ed.gov/element/001311#Blended" is no mode
					""")
	void reportsAModeNoStandardListsNamingTheEntryAndTheValue(String written, String problem) {
		assertThatThrownBy(() -> Catalogs.read(Catalogs.course("\"Statistics\"", "[\"online\", \"" + written + "\"]")))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessageStartingWith(Catalogs.SOURCE + ": entry $ \"Statistics\": hasCourseInstance." + problem)
			.hasMessageContaining("not guessed");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			deliveryType:VariableSite
			deliveryType:Accelerated
			online
			deliveryType:onlineonly
			""")
	void reportsADeliveryTypeOutsideTheTableNamingTheEntryAndTheValue(String written) {
		assertThatThrownBy(
				() -> Catalogs.read(Catalogs.ctdlProgram("[\"deliveryType:OnlineOnly\", \"" + written + "\"]")))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessageStartingWith(Catalogs.SOURCE + ": entry @graph[0] \"Bookkeeping\": ceterms:deliveryType[1] \""
					+ written + "\" is no delivery type FormatFit knows");
	}

}
