package org.formatfit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Catalogs for the tests: the samples of Northfield College, and ones written in place.
 */
final class Catalogs {

	/** Northfield College's catalog in schema.org JSON-LD. */
	static final String SCHEMA_ORG_SAMPLE = "catalog/northfield-schema.jsonld";

	/** Northfield College's catalog in CTDL. */
	static final String CTDL_SAMPLE = "catalog/northfield-ctdl.json";

	static final String SOURCE = "test catalog";

	/** The modes of a self-paced online course, as schema.org writes them. */
	static final String SELF_PACED = "[\"online\", \"asynchronous\"]";

	private Catalogs() {
	}

	static byte[] sample(String name) {
		try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Catalog read(String json) {
		return CatalogFile.read(json.getBytes(StandardCharsets.UTF_8), SOURCE);
	}

	/** A schema.org catalog of one course, its one instance given these modes. */
	static String course(String name, String courseModes) {
		return """
				{"@context": "https://schema.org", "@type": "Course", "name": %s,
				 "url": "https://www.northfield.example/courses/one",
				 "hasCourseInstance": {"@type": "CourseInstance", "courseMode": %s}}
				""".formatted(name, courseModes);
	}

	/** A CTDL catalog of one learning program with these delivery types. */
	static String ctdlProgram(String deliveryTypes) {
		return """
				{"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [
				  {"@type": "ceterms:LearningProgram", "ceterms:name": {"en-US": "Bookkeeping"},
				   "ceterms:subjectWebpage": "https://www.northfield.example/programs/bookkeeping",
				   "ceterms:deliveryType": %s}]}
				""".formatted(deliveryTypes);
	}

	/**
	 * A schema.org catalog of this many courses, each with one instance of these modes.
	 */
	static String courses(int count, String courseModes) {
		StringJoiner graph = new StringJoiner(",\n", "{\"@context\": \"https://schema.org\", \"@graph\": [", "]}");
		for (int i = 0; i < count; i++) {
			graph.add("{\"@type\": \"Course\", \"name\": \"Course " + i
					+ "\", \"url\": \"https://www.northfield.example/c/" + i
					+ "\", \"hasCourseInstance\": {\"courseMode\": " + courseModes + "}}");
		}
		return graph.toString();
	}

}
