package org.formatfit.catalog;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Catalogs made to hurt: each is refused quickly with a message of the catalog's own, or
 * read within its bounds, and no address in one is ever contacted.
 */
class HostileCatalogTests {

	@Test
	void refusesAFileOverItsSizeBeforeReadingIt() {
		byte[] huge = new byte[CatalogFile.MOST_BYTES + 1];
		java.util.Arrays.fill(huge, (byte) ' ');
		assertThatThrownBy(() -> CatalogFile.read(huge, Catalogs.SOURCE)).isInstanceOf(CatalogInvalid.class)
			.hasMessageStartingWith(Catalogs.SOURCE + " is over 4 MB");
	}

	@Test
	void refusesNestingDeeperThanItsBoundQuickly() {
		String deep = "{\"@context\": \"https://schema.org\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000)
				+ "}";
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> Catalogs.read(deep))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessageStartingWith(Catalogs.SOURCE
					+ " is no JSON FormatFit reads: Document nesting depth (33) exceeds the maximum allowed (32"));
	}

	@Test
	void refusesDuplicateKeysNamingWhere() {
		assertThatThrownBy(() -> Catalogs.read("""
				{"@context": "https://schema.org", "@type": "Course",
				 "name": "Statistics", "url": "https://www.northfield.example/statistics",
				 "name": "Something else"}""")).isInstanceOf(CatalogInvalid.class)
			.hasMessageStartingWith(Catalogs.SOURCE + " is no JSON FormatFit reads (line 3, column ")
			.hasMessageEndingWith(": Duplicate Object property \"name\"");
	}

	@Test
	void refusesAPropertyNameLongerThanItsBound() {
		String name = "x".repeat(CatalogFile.MOST_PROPERTY_NAME_CHARACTERS + 1);
		assertThatThrownBy(() -> Catalogs.read("{\"@context\": \"https://schema.org\", \"" + name + "\": 1}"))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessageContaining("Name length");
	}

	@Test
	void neverContactsTheAddressOfAContextOrAReferenceInTheFile() throws IOException {
		try (ServerSocketChannel listener = ServerSocketChannel.open()) {
			listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			listener.configureBlocking(false);
			String local = "http://127.0.0.1:" + listener.socket().getLocalPort();
			assertThatThrownBy(() -> Catalogs.read(Catalogs.course("\"Statistics\"", "\"online\"")
				.replace("\"https://schema.org\"", "\"" + local + "/context.jsonld\"")))
				.isInstanceOf(CatalogInvalid.class)
				.hasMessage(Catalogs.SOURCE + ": $.@context is \"" + local
						+ "/context.jsonld\"; FormatFit reads a catalog of schema.org (https://schema.org) or CTDL (https://credreg.net/ctdl/schema/context/json) only, and never fetches a context.");
			assertThatThrownBy(() -> Catalogs.read(Catalogs.course("\"Statistics\"", "\"online\"")
				.replace("\"https://schema.org\"", "[\"https://schema.org\", \"" + local + "/more.jsonld\"]")))
				.isInstanceOf(CatalogInvalid.class);
			assertThatThrownBy(() -> Catalogs.read("""
					{"@context": "https://schema.org", "@type": "Course", "name": "Ethics",
					 "url": "https://www.northfield.example/ethics", "hasCourseInstance": {"@id": "%s/instance"}}"""
				.formatted(local))).isInstanceOf(CatalogInvalid.class);
			// A connection, had one been made, would wait in the listener's backlog.
			assertThat(listener.accept()).isNull();
		}
	}

	@Test
	void refusesARemoteContextAtAnUnroutableAddressWithoutWaitingForIt() {
		String catalog = Catalogs.course("\"Statistics\"", "\"online\"")
			.replace("\"https://schema.org\"", "\"http://10.255.255.1/context.jsonld\"");
		assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> assertThatThrownBy(() -> Catalogs.read(catalog)).isInstanceOf(CatalogInvalid.class)
					.hasMessageContaining("never fetches a context"));
	}

	@Test
	void refusesAContextThatDefinesTermsOfItsOwn() {
		assertThatThrownBy(() -> Catalogs.read(Catalogs.course("\"Statistics\"", "\"online\"")
			.replace("\"https://schema.org\"",
					"[\"https://schema.org\", {\"courseMode\": \"https://evil.example/mode\"}]")))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessage(Catalogs.SOURCE
					+ ": $.@context defines \"courseMode\"; FormatFit reads schema.org's or CTDL's own terms only, with at most schema.org's @vocab and a @language.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					http://www.northfield.example/statistics        | url is no https address: "http://www.northfield.example/statistics"
					javascript:alert(1)                             | url is no https address: "javascript:alert(1)"
					//www.northfield.example/statistics             | url is no https address
					/statistics                                     | url is no https address
					https:///statistics                             | url names no host
					https://www.northfield example/statistics       | url is no address
					https://admin:secret@www.northfield.example/    | url holds a user name or password: www.northfield.example
					""")
	void refusesALinkThatIsNotAnAbsoluteHttpsAddress(String url, String problem) {
		String catalog = Catalogs.course("\"Statistics\"", "\"online\"")
			.replace("https://www.northfield.example/courses/one", url);
		assertThatThrownBy(() -> Catalogs.read(catalog)).isInstanceOf(CatalogInvalid.class)
			.hasMessageStartingWith(Catalogs.SOURCE + ": entry $ \"Statistics\": " + problem)
			.hasMessageNotContaining("secret");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(\\\"name\\\")</script> Statistics", "Statistics &amp; <b>Probability</b>",
			"<img src=x onerror=alert(1)>" })
	void keepsANameWithMarkupAsText(String name) {
		Catalog catalog = Catalogs.read(Catalogs.course("\"" + name + "\"", "\"online\""));
		assertThat(catalog.programs().get(0).name()).isEqualTo(name.replace("\\\"", "\""));
	}

	/**
	 * Zero-width spaces, direction marks and no-break spaces: a link no one could see.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "\\u200b\\u200b", "\\u202e", "\\u00a0\\u2060\\u200f", "\\ufeff " })
	void refusesANameWithNothingToSeeAsNoName(String name) {
		assertThatThrownBy(() -> Catalogs.read(Catalogs.course("\"" + name + "\"", "\"online\"")))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessage(Catalogs.SOURCE + ": entry $: has no name; each program needs one.");
	}

	@Test
	void keepsANameInAnotherScriptWithItsDirectionMarks() {
		String name = "\u200fالإحصاء";
		assertThat(Catalogs.read(Catalogs.course("\"" + name + "\"", "\"online\"")).programs().get(0).name())
			.isEqualTo(name);
	}

	@Test
	void refusesANameWithAControlCharacterQuotingItSafelyForTheLog() {
		assertThatThrownBy(() -> Catalogs.read(Catalogs.course("\"Statistics\\u0000\\u001b[2J\"", "\"online\"")))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessage(Catalogs.SOURCE
					+ ": entry $: name \"Statistics\\u0000\\u001b[2J\" holds a control character; a name is plain text.");
	}

	@Test
	void refusesANameLongerThanItsBound() {
		String name = "A".repeat(CatalogFile.MOST_NAME_CHARACTERS + 1);
		assertThatThrownBy(() -> Catalogs.read(Catalogs.course("\"" + name + "\"", "\"online\"")))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessageEndingWith(": name is 201 characters long; at most 200 are read.");
	}

	@Test
	void readsAsManyProgramsAsItsBoundAllowsAndRefusesOneMore() {
		assertThat(Catalogs.read(Catalogs.courses(CatalogFile.MOST_ENTRIES, Catalogs.SELF_PACED)).programs())
			.hasSize(CatalogFile.MOST_ENTRIES);
		assertThatThrownBy(() -> Catalogs.read(Catalogs.courses(CatalogFile.MOST_ENTRIES + 1, Catalogs.SELF_PACED)))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessage(Catalogs.SOURCE
					+ " holds more than 5000 programs; FormatFit reads at most that many. The first past them is at @graph[5000].");
	}

	@Test
	void refusesACourseWithMoreOfferingsThanItsBound() {
		StringJoiner many = new StringJoiner(",", "[", "]");
		for (int i = 0; i <= CatalogFile.MOST_OFFERINGS; i++) {
			many.add("{\"courseMode\": \"online\"}");
		}
		assertThatThrownBy(() -> Catalogs.read(Catalogs.course("\"Statistics\"", "\"online\"")
			.replace("{\"@type\": \"CourseInstance\", \"courseMode\": \"online\"}", many.toString())))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessageEndingWith("has 51 hasCourseInstance; FormatFit reads at most 50 a course.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "null", "42", "\"a catalog\"", "[1, 2]", "{}", "{\"@context\": 7}",
			"{\"@context\": \"https://schema.org\", \"@graph\": {}}", "{\"a\": 1} {\"b\": 2}", "\u00ff\u00fe" })
	void refusesWhatIsNoCatalogWithItsOwnException(String text) {
		assertThatThrownBy(() -> CatalogFile.read(text.getBytes(StandardCharsets.ISO_8859_1), Catalogs.SOURCE))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessageStartingWith(Catalogs.SOURCE);
	}

	/** A catalog of so many courses, each in about 200 bytes. */

}
