package org.formatfit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The message files as written, one per language, for tests that compare them. */
public final class MessageFiles {

	/** The language of {@code messages.properties}. */
	public static final String BASE = "en";

	private static final Path FOLDER = Path.of("src/main/resources");

	private static final Pattern LANGUAGE_FILE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

	private MessageFiles() {
	}

	/** Every language with a message file, the base language first. */
	public static List<String> languages() {
		List<String> languages = new ArrayList<>(List.of(BASE));
		try (Stream<Path> files = Files.list(FOLDER)) {
			files.map((file) -> LANGUAGE_FILE.matcher(file.getFileName().toString()))
				.filter(Matcher::matches)
				.map((matcher) -> matcher.group(1))
				.sorted()
				.forEach(languages::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return languages;
	}

	/** One language's messages, e.g. {@code load("es")}. */
	public static Properties load(String language) {
		Path file = FOLDER
			.resolve(BASE.equals(language) ? "messages.properties" : "messages_" + language + ".properties");
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return messages;
	}

}
