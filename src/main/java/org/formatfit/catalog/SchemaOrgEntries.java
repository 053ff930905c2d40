package org.formatfit.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The entries of a schema.org catalog: a {@code Course}, offered as its
 * {@code hasCourseInstance}s ({@code CourseInstance}: {@code courseMode},
 * {@code courseSchedule}), or an {@code EducationalOccupationalProgram} (or its
 * {@code WorkBasedProgram}), offered as a whole ({@code educationalProgramMode}). Each
 * needs a {@code name} and a {@code url}. A {@code CourseInstance} or {@code Schedule}
 * may be given in place or as {@code {"@id": …}} of an object elsewhere in the file;
 * nothing outside the file is followed.
 */
final class SchemaOrgEntries {

	private static final Set<String> PROGRAMS = Set.of("EducationalOccupationalProgram", "WorkBasedProgram");

	private static final String COURSE = "Course";

	private SchemaOrgEntries() {
	}

	/** The program an object describes, or empty when it is of another type. */
	static Optional<Program> read(JsonNode node, Entry at, Map<String, JsonNode> byId) {
		Set<String> types = types(node);
		boolean course = types.contains(COURSE);
		if (!course && types.stream().noneMatch(PROGRAMS::contains)) {
			return Optional.empty();
		}
		checkContext(node, at, "");
		String name = Values.name(node.get("name"), at, "name");
		if (name == null) {
			throw new CatalogInvalid(at, "has no name; each program needs one.");
		}
		Entry entry = at.named(name);
		URI link = Values.link(node.get("url"), entry, "url");
		List<Offering> offerings = new ArrayList<>();
		if (course) {
			List<JsonNode> instances = Values.all(node.get("hasCourseInstance"));
			if (instances.size() > CatalogFile.MOST_OFFERINGS) {
				throw new CatalogInvalid(entry, "has " + instances.size()
						+ " hasCourseInstance; FormatFit reads at most " + CatalogFile.MOST_OFFERINGS + " a course.");
			}
			for (int i = 0; i < instances.size(); i++) {
				String place = "hasCourseInstance" + ((instances.size() > 1) ? "[" + i + "]" : "");
				JsonNode instance = resolve(instances.get(i), entry, place, byId);
				checkContext(instance, entry, place + ".");
				List<ModeTerm> terms = modes(instance.get("courseMode"), entry, place + ".courseMode");
				offerings.add(new Offering(ProgramFormat.of(terms),
						liveSessions(instance.get("courseSchedule"), entry, place + ".courseSchedule", byId)));
			}
		}
		else if (node.has("educationalProgramMode")) {
			List<ModeTerm> terms = modes(node.get("educationalProgramMode"), entry, "educationalProgramMode");
			offerings.add(new Offering(ProgramFormat.of(terms), null));
		}
		return Optional.of(new Program(name, link, offerings));
	}

	/** The rows of a mode's values; a value not in the table stops the app. */
	private static List<ModeTerm> modes(JsonNode value, Entry entry, String property) {
		List<ModeTerm> terms = new ArrayList<>();
		for (String written : Values.strings(value, entry, property)) {
			terms.add(ModeTerm.ofSchemaOrg(written)
				.orElseThrow(() -> new CatalogInvalid(entry, property + " " + Values.quoted(written)
						+ " is no mode FormatFit knows, and it is not guessed. schema.org's are online, onsite, blended, synchronous, asynchronous, full-time and part-time, or a CEDS address such as https://ceds.ed.gov/element/001311#Synchronous (docs/catalog.md).")));
		}
		return terms;
	}

	/**
	 * What a {@code courseSchedule} says of live sessions: at set times when a schedule
	 * names a day ({@code byDay}) or a start time ({@code startTime}); the first time
	 * zone given.
	 */
	private static LiveSessions liveSessions(JsonNode value, Entry entry, String property, Map<String, JsonNode> byId) {
		List<JsonNode> schedules = Values.all(value);
		if (schedules.isEmpty()) {
			return null;
		}
		if (schedules.size() > CatalogFile.MOST_OFFERINGS) {
			throw new CatalogInvalid(entry, "has " + schedules.size() + " " + property + "; FormatFit reads at most "
					+ CatalogFile.MOST_OFFERINGS + ".");
		}
		boolean atSetTimes = false;
		String timeZone = null;
		for (int i = 0; i < schedules.size(); i++) {
			String place = property + ((schedules.size() > 1) ? "[" + i + "]" : "");
			JsonNode schedule = resolve(schedules.get(i), entry, place, byId);
			checkContext(schedule, entry, place + ".");
			atSetTimes |= given(schedule.get("byDay"), entry, place + ".byDay")
					|| given(schedule.get("startTime"), entry, place + ".startTime");
			if (timeZone == null && schedule.has("scheduleTimezone")) {
				timeZone = timeZone(schedule.get("scheduleTimezone"), entry, place + ".scheduleTimezone");
			}
		}
		return new LiveSessions(atSetTimes, timeZone);
	}

	private static boolean given(JsonNode value, Entry entry, String property) {
		for (String text : Values.strings(value, entry, property)) {
			if (!text.isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static String timeZone(JsonNode value, Entry entry, String property) {
		List<String> zones = Values.strings(value, entry, property);
		if (zones.size() != 1) {
			throw new CatalogInvalid(entry, property + " is not one time zone; give one, e.g. America/Chicago.");
		}
		String zone = zones.get(0).strip();
		if (zone.length() > CatalogFile.MOST_TIME_ZONE_CHARACTERS || zone.chars().anyMatch(Character::isISOControl)) {
			throw new CatalogInvalid(entry,
					property + " " + Values.quoted(zone) + " is no time zone; give one as text of at most "
							+ CatalogFile.MOST_TIME_ZONE_CHARACTERS + " characters, e.g. America/Chicago.");
		}
		return zone.isEmpty() ? null : zone;
	}

	/**
	 * An object given in place, or the object of the file that {@code {"@id": …}} names.
	 */
	private static JsonNode resolve(JsonNode value, Entry entry, String property, Map<String, JsonNode> byId) {
		if (!value.isObject()) {
			throw new CatalogInvalid(entry, property + " is no object.");
		}
		JsonNode id = value.get("@id");
		if (value.size() == 1 && id != null && id.isString()) {
			JsonNode found = byId.get(id.stringValue());
			if (found == null) {
				throw new CatalogInvalid(entry, property + " names " + Values.quoted(id.stringValue())
						+ ", which no object of the file has as its @id; FormatFit follows nothing outside the file.");
			}
			return found;
		}
		return value;
	}

	private static void checkContext(JsonNode node, Entry entry, String place) {
		if (node.has("@context") && Vocabulary.of(node.get("@context"), entry, place) != Vocabulary.SCHEMA_ORG) {
			throw new CatalogInvalid(entry, place + "@context names CTDL inside a schema.org catalog.");
		}
	}

	/**
	 * The schema.org types of an object, by their short names ({@code Course}), whether
	 * written short or as {@code https://schema.org/Course}.
	 */
	private static Set<String> types(JsonNode node) {
		Set<String> types = new HashSet<>();
		for (JsonNode type : Values.all(node.get("@type"))) {
			if (type.isString()) {
				String name = type.stringValue();
				for (String prefix : List.of("https://schema.org/", "http://schema.org/")) {
					if (name.startsWith(prefix)) {
						name = name.substring(prefix.length());
					}
				}
				types.add(name);
			}
		}
		return types;
	}

}
