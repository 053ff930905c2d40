package org.formatfit.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The values of an entry as FormatFit keeps them: names as text, links as https
 * addresses, time zones as bounded text, and JSON-LD's several spellings of one value (a
 * string, {@code {"@value": …}}, {@code {"@id": …}}, a language map, an array) read
 * alike.
 */
final class Values {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	/**
	 * What a message in the log writes as an escape: controls, and the marks that reorder
	 * a line.
	 */
	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** The most characters of a value quoted in a message. */
	private static final int MOST_QUOTED = 80;

	/** The most characters of Jackson's own words in a message. */
	private static final int MOST_PROBLEM = 300;

	/** Jackson's note on where its input came from, which says nothing here. */
	private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\([^()]*\\[Source: .*$");

	private Values() {
	}

	/**
	 * A value quoted for a message in the log: at most {@value #MOST_QUOTED} characters,
	 * with anything unprintable written as an escape, so that a catalog cannot write
	 * lines of its own into the log.
	 */
	static String quoted(String value) {
		return "\"" + printable(value, MOST_QUOTED, true) + "\"";
	}

	/**
	 * Jackson's own words for what is wrong with a file, without its note on the input's
	 * source, printable as {@link #quoted} is.
	 */
	static String problem(JacksonException ex) {
		return printable(SOURCE_NOTE.matcher(String.valueOf(ex.getOriginalMessage())).replaceAll(""), MOST_PROBLEM,
				false);
	}

	private static String printable(String value, int most, boolean inQuotes) {
		StringBuilder printable = new StringBuilder();
		value.codePoints().limit(most).forEach((c) -> {
			if (UNPRINTABLE.matcher(Character.toString(c)).matches() || (inQuotes && (c == '"' || c == '\\'))) {
				printable.append(String.format(Locale.ROOT, "\\u%04x", c));
			}
			else {
				printable.appendCodePoint(c);
			}
		});
		return printable.append((value.codePointCount(0, value.length()) > most) ? "…" : "").toString();
	}

	/**
	 * The values of a property, one or an array of them; empty when it is absent or
	 * {@code null}.
	 */
	static List<JsonNode> all(JsonNode value) {
		if (value == null || value.isMissingNode() || value.isNull()) {
			return List.of();
		}
		return value.isArray() ? List.copyOf(value.values()) : List.of(value);
	}

	/**
	 * A value as a string: a string, or the string in {@code {"@value": …}} or
	 * {@code {"@id": …}}; {@code null} for any other shape.
	 */
	static String string(JsonNode value) {
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isObject()) {
			JsonNode inner = value.has("@value") ? value.get("@value") : value.get("@id");
			if (inner != null && inner.isString()) {
				return inner.stringValue();
			}
		}
		return null;
	}

	/**
	 * A name: a string, {@code {"@value": …}}, an array of them (the English one, else
	 * the first), or a CTDL language map such as {@code {"en-US": …}} (English, else the
	 * first language). Kept as text, markup and all; runs of spaces and line breaks
	 * become one space. {@code null} when there is none, or nothing of it can be seen
	 * (only spaces and format characters such as zero-width spaces).
	 */
	static String name(JsonNode value, Entry entry, String property) {
		String name = englishOrFirst(value, entry, property);
		if (name == null) {
			return null;
		}
		if (CONTROL.matcher(SPACES.matcher(name).replaceAll(" ")).find()) {
			throw new CatalogInvalid(entry,
					property + " " + quoted(name) + " holds a control character; a name is plain text.");
		}
		name = SPACES.matcher(name).replaceAll(" ").strip();
		if (name.codePoints().allMatch(Values::invisible)) {
			// Nothing a reader could see: no link to click.
			return null;
		}
		if (name.codePointCount(0, name.length()) > CatalogFile.MOST_NAME_CHARACTERS) {
			throw new CatalogInvalid(entry.named(name), property + " is " + name.codePointCount(0, name.length())
					+ " characters long; at most " + CatalogFile.MOST_NAME_CHARACTERS + " are read.");
		}
		return name;
	}

	/** A space or a format character such as a zero-width space or a direction mark. */
	private static boolean invisible(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT;
	}

	private static String englishOrFirst(JsonNode value, Entry entry, String property) {
		if (value == null || value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (value.isArray()) {
			String first = null;
			for (JsonNode each : value.values()) {
				String text = englishOrFirst(each, entry, property);
				if (text != null && isEnglish(each.path("@language").asString(""))) {
					return text;
				}
				first = (first != null) ? first : text;
			}
			return first;
		}
		String text = string(value);
		if (text != null) {
			return text;
		}
		if (value.isObject() && !value.isEmpty()) {
			String first = null;
			for (Map.Entry<String, JsonNode> language : value.properties()) {
				if (!language.getValue().isString()) {
					throw new CatalogInvalid(entry, property + "." + language.getKey()
							+ " is no text; a name is a string, or a language map of strings such as {\"en-US\": \"…\"}.");
				}
				if (isEnglish(language.getKey())) {
					return language.getValue().stringValue();
				}
				first = (first != null) ? first : language.getValue().stringValue();
			}
			return first;
		}
		throw new CatalogInvalid(entry,
				property + " is no text; a name is a string, or a language map of strings such as {\"en-US\": \"…\"}.");
	}

	private static boolean isEnglish(String language) {
		String lower = language.toLowerCase(Locale.ROOT);
		return lower.equals("en") || lower.startsWith("en-");
	}

	/**
	 * A program's page: an absolute https address with a host and no user name or
	 * password, at most {@value CatalogFile#MOST_LINK_CHARACTERS} characters. A student
	 * follows it from a page of FormatFit's.
	 */
	static URI link(JsonNode value, Entry entry, String property) {
		List<JsonNode> values = all(value);
		if (values.isEmpty()) {
			throw new CatalogInvalid(entry,
					"has no " + property + "; each program needs the https address of its page at the school.");
		}
		String text = string(values.get(0));
		if (values.size() > 1 || text == null) {
			throw new CatalogInvalid(entry,
					property + " is not one address; give the https address of the program's page.");
		}
		if (text.length() > CatalogFile.MOST_LINK_CHARACTERS) {
			throw new CatalogInvalid(entry, property + " is " + text.length() + " characters long; at most "
					+ CatalogFile.MOST_LINK_CHARACTERS + " are read.");
		}
		URI link;
		try {
			link = new URI(text.strip());
		}
		catch (URISyntaxException ex) {
			throw new CatalogInvalid(entry, property + " is no address: " + quoted(text), ex);
		}
		// The address is quoted only once it is known to hold no password.
		if (link.getRawUserInfo() != null) {
			throw new CatalogInvalid(entry, property + " holds a user name or password: " + link.getHost());
		}
		if (!"https".equalsIgnoreCase(link.getScheme())) {
			throw new CatalogInvalid(entry, property + " is no https address: " + quoted(text)
					+ ". A student follows it from FormatFit's pages, which link to https only.");
		}
		if (link.getHost() == null) {
			throw new CatalogInvalid(entry, property + " names no host: " + quoted(text));
		}
		return link;
	}

	/**
	 * Every string of a property that takes several (a mode), whatever its spelling.
	 */
	static List<String> strings(JsonNode value, Entry entry, String property) {
		List<String> strings = new ArrayList<>();
		for (JsonNode each : all(value)) {
			String text = string(each);
			if (text == null) {
				throw new CatalogInvalid(entry, property
						+ " holds a value that is neither text nor an address: give each as a string or as {\"@id\": \"…\"}.");
			}
			strings.add(text);
		}
		return strings;
	}

}
