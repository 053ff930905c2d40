package org.formatfit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;

/**
 * Reads a catalog: a JSON-LD file of schema.org ({@link SchemaOrgEntries}: one object, an
 * array of them, or an {@code @graph}) or of CTDL ({@link CtdlEntries}: an {@code @graph}
 * of {@code ceterms:} objects). Objects of other types (the school itself, a place) are
 * passed over.
 * <p>
 * A catalog is the school's, not an attacker's, but a mistake in it should cost a
 * message, not the app: the file is read whole within {@value #MOST_BYTES} bytes, by
 * Jackson's tree reader with limits of its own (nesting depth, the length of a property
 * name, duplicate properties refused), and no address in it is ever fetched. Whatever is
 * wrong throws {@link CatalogInvalid}, naming the entry and what is wrong; nothing else
 * comes out ({@code CatalogFuzzTest}).
 */
final class CatalogFile {

	/** The largest file read: thousands of programs take well under a megabyte. */
	static final int MOST_BYTES = 4 * 1024 * 1024;

	/**
	 * The deepest nesting of objects and arrays: an {@code @graph}, a course, its
	 * instances, their schedules and values take about 8.
	 */
	static final int MOST_DEPTH = 32;

	static final int MOST_PROPERTY_NAME_CHARACTERS = 200;

	static final int MOST_ENTRIES = 5_000;

	/** The most offerings ({@code hasCourseInstance}) one entry may have. */
	static final int MOST_OFFERINGS = 50;

	static final int MOST_NAME_CHARACTERS = 200;

	static final int MOST_LINK_CHARACTERS = 2_000;

	static final int MOST_TIME_ZONE_CHARACTERS = 64;

	private static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxDocumentLength(MOST_BYTES)
				.maxNestingDepth(MOST_DEPTH)
				.maxNameLength(MOST_PROPERTY_NAME_CHARACTERS)
				.maxStringLength(MOST_BYTES)
				.build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build())
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private CatalogFile() {
	}

	/**
	 * Reads the catalog at a location, read whole first within {@value #MOST_BYTES}
	 * bytes.
	 * @param location where the file is
	 * @param source how messages name the file, e.g. its setting and address
	 */
	static Catalog read(Resource location, String source) {
		byte[] json;
		try (InputStream in = location.getInputStream()) {
			json = in.readNBytes(MOST_BYTES + 1);
		}
		catch (IOException ex) {
			throw new CatalogInvalid(source + " cannot be read: " + ex.getMessage(), ex);
		}
		return read(json, source);
	}

	/**
	 * Reads a catalog from its bytes (UTF-8, or what Jackson detects from its first
	 * bytes).
	 * @param json the file
	 * @param source how messages name the file
	 */
	static Catalog read(byte[] json, String source) {
		if (json.length > MOST_BYTES) {
			throw new CatalogInvalid(source + " is over " + MOST_BYTES / (1024 * 1024)
					+ " MB; a catalog of thousands of programs takes well under one. Leave out what FormatFit does not read (descriptions, prices).");
		}
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			// Jackson's words and place say it all; its exception would only add a stack.
			throw new CatalogInvalid(
					source + " is no JSON FormatFit reads" + at(ex.getLocation()) + ": " + Values.problem(ex));
		}
		if (root == null || root.isMissingNode()) {
			throw new CatalogInvalid(source + " is empty.");
		}
		List<Node> nodes = nodes(root, source);
		Map<String, JsonNode> byId = new HashMap<>();
		for (Node node : nodes) {
			JsonNode id = node.json().get("@id");
			if (id != null && id.isString() && node.json().size() > 1) {
				byId.putIfAbsent(id.stringValue(), node.json());
			}
		}
		List<Program> programs = new ArrayList<>();
		for (Node node : nodes) {
			Entry entry = new Entry(source, node.place(), null);
			Optional<Program> program = switch (node.vocabulary()) {
				case SCHEMA_ORG -> SchemaOrgEntries.read(node.json(), entry, byId);
				case CTDL -> CtdlEntries.read(node.json(), entry);
			};
			if (program.isPresent()) {
				if (programs.size() == MOST_ENTRIES) {
					throw new CatalogInvalid(source + " holds more than " + MOST_ENTRIES
							+ " programs; FormatFit reads at most that many. The first past them is at " + node.place()
							+ ".");
				}
				programs.add(program.get());
			}
		}
		if (programs.isEmpty()) {
			throw new CatalogInvalid(source
					+ " holds no program: no schema.org Course or EducationalOccupationalProgram, no CTDL LearningProgram, Course or LearningOpportunityProfile.");
		}
		return new Catalog(programs);
	}

	/**
	 * The objects at the top of the file, each with its place and the standard its
	 * {@code @context} names.
	 */
	private static List<Node> nodes(JsonNode root, String source) {
		List<Node> nodes = new ArrayList<>();
		if (root.isArray()) {
			int i = 0;
			for (JsonNode each : root.values()) {
				String place = "[" + i++ + "]";
				if (!each.isObject()) {
					throw new CatalogInvalid(source + ": " + place + " is no object; a catalog's array holds objects.");
				}
				if (!each.has("@context")) {
					throw new CatalogInvalid(source + ": " + place
							+ " has no @context; each object of a top-level array names schema.org's.");
				}
				nodes.add(new Node(each, place, Vocabulary.of(each.get("@context"), source, place)));
			}
			return nodes;
		}
		if (!root.isObject()) {
			throw new CatalogInvalid(source + " holds neither an object nor an array.");
		}
		if (!root.has("@context")) {
			throw new CatalogInvalid(source
					+ " has no @context; a catalog names schema.org's (https://schema.org) or CTDL's (https://credreg.net/ctdl/schema/context/json).");
		}
		Vocabulary vocabulary = Vocabulary.of(root.get("@context"), source, "$");
		JsonNode graph = root.get("@graph");
		if (graph == null) {
			nodes.add(new Node(root, "$", vocabulary));
			return nodes;
		}
		if (!graph.isArray()) {
			throw new CatalogInvalid(source + ": @graph is no array.");
		}
		int i = 0;
		for (JsonNode each : graph.values()) {
			String place = "@graph[" + i++ + "]";
			if (!each.isObject()) {
				throw new CatalogInvalid(source + ": " + place + " is no object; @graph holds objects.");
			}
			if (each.has("@context") && Vocabulary.of(each.get("@context"), source, place) != vocabulary) {
				throw new CatalogInvalid(source + ": " + place + ".@context names another standard than the file's.");
			}
			nodes.add(new Node(each, place, vocabulary));
		}
		return nodes;
	}

	private static String at(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

	/**
	 * An object at the top of the file.
	 *
	 * @param json the object
	 * @param place where it is
	 * @param vocabulary the standard it is written in
	 */
	private record Node(JsonNode json, String place, Vocabulary vocabulary) {
	}

}
