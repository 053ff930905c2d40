package org.formatfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.formatfit.questionnaire.Question;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Option ids are defined once, in the question bank ({@link Question}). Code refers to
 * the bank rather than spelling an id; the message files spell them inside keys, so every
 * such key must name an option the bank has. The model files name options too: those are
 * checked when they are read, and a file naming an option the bank lacks stops the app
 * from starting ({@code ModelFilesTest}).
 */
class OptionIdsTests {

	private static final Pattern STRING_LITERAL = Pattern.compile("([\"'])((?:(?!\\1)[^\\\\\\n]|\\\\.)*)\\1");

	private static final Path BANK = Path.of("src/main/java/org/formatfit/questionnaire/Question.java");

	@Test
	void noCodeOutsideTheBankSpellsAnOptionId() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path source : files(Path.of("src/main/java"), ".java")) {
			if (!source.equals(BANK)) {
				found.addAll(optionIdLiterals(source.toString(), Files.readString(source)));
			}
		}
		for (Path script : files(Path.of("src/main/resources/static"), ".js")) {
			found.addAll(optionIdLiterals(script.toString(), Files.readString(script)));
		}
		assertThat(found).as("option ids spelled outside the question bank: refer to Question instead").isEmpty();
	}

	@Test
	void theScanFindsAnOptionIdSpelledInCode() {
		assertThat(optionIdLiterals("Example.java", "if (answers.is(Question.BUDGET_GOAL, \"degree\")) {"))
			.containsExactly("Example.java: \"degree\"");
		assertThat(optionIdLiterals("example.js", "if (value === 'on-call') {"))
			.containsExactly("example.js: \"on-call\"");
	}

	@Test
	void everyMessageKeyThatNamesAnOptionNamesOneTheBankHas() {
		for (String language : MessageFiles.languages()) {
			Properties messages = MessageFiles.load(language);
			List<String> unknown = messages.stringPropertyNames()
				.stream()
				.filter((key) -> namesAnOptionTheBankLacks(key))
				.sorted()
				.toList();
			assertThat(unknown).as("keys in the %s messages naming no option of the bank", language).isEmpty();
		}
	}

	@Test
	void aKeyForAnOptionTheBankLacksIsFound() {
		Question question = Question.BUDGET_GOAL;
		assertThat(namesAnOptionTheBankLacks(question.optionKey("diploma"))).isTrue();
		assertThat(namesAnOptionTheBankLacks(question.answerPhraseKey("diploma"))).isTrue();
		assertThat(namesAnOptionTheBankLacks(question.conditionKey("diploma"))).isTrue();
		assertThat(namesAnOptionTheBankLacks(question.optionKey("degree"))).isFalse();
		assertThat(namesAnOptionTheBankLacks(question.hintKey())).isFalse();
	}

	/**
	 * Whether the key is one of the per-option keys of some question (the bank's own key
	 * builders say where the option id goes) and names an option it does not have.
	 */
	private static boolean namesAnOptionTheBankLacks(String key) {
		for (Question question : Question.values()) {
			for (String prefix : List.of(question.optionKey(""), question.answerPhraseKey(""),
					question.conditionKey(""))) {
				if (key.startsWith(prefix) && !question.optionIds().contains(key.substring(prefix.length()))) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> optionIdLiterals(String file, String code) {
		Set<String> optionIds = Stream.of(Question.values())
			.flatMap((question) -> question.optionIds().stream())
			.collect(Collectors.toSet());
		List<String> found = new ArrayList<>();
		for (String line : withoutComments(code).split("\n")) {
			Matcher literal = STRING_LITERAL.matcher(line);
			while (literal.find()) {
				if (optionIds.contains(literal.group(2))) {
					found.add(file + ": \"" + literal.group(2) + "\"");
				}
			}
		}
		return found;
	}

	private static String withoutComments(String code) {
		return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
	}

	private static List<Path> files(Path folder, String... suffixes) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((file) -> Stream.of(suffixes).anyMatch(file.toString()::endsWith)).sorted().toList();
		}
	}

}
