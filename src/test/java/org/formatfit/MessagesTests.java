package org.formatfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerProblem;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;
import org.formatfit.api.ApiProblemKeys;
import org.formatfit.errors.ErrorKind;
import org.formatfit.recommendation.words.AdvisorNotes;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.ScoringModel;
import org.formatfit.recommendation.ScoringModels;
import org.formatfit.recommendation.Confidence;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.TradeOff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a person reads comes from messages.properties: each key the question bank,
 * the trade-off model and the templates ask for must be there, and every other language's
 * file has the same keys, taking the same arguments.
 */
class MessagesTests {

	private static Properties messages;

	@BeforeAll
	static void load() {
		messages = MessageFiles.load(MessageFiles.BASE);
	}

	static List<String> otherLanguages() {
		return MessageFiles.languages().stream().filter((language) -> !language.equals(MessageFiles.BASE)).toList();
	}

	@Test
	void isWrittenInEnglishAndSpanishAtLeast() {
		assertThat(MessageFiles.languages()).startsWith("en").contains("es");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherLanguages")
	void everyLanguageHasExactlyTheKeysOfTheEnglishFile(String language) {
		Properties translated = MessageFiles.load(language);

		assertThat(translated.stringPropertyNames()).as("keys in messages_%s.properties", language)
			.containsExactlyInAnyOrderElementsOf(messages.stringPropertyNames());
		assertThat(translated.stringPropertyNames())
			.allSatisfy((key) -> assertThat(translated.getProperty(key)).as(key).isNotBlank());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherLanguages")
	void everyTranslationTakesTheSameArguments(String language) {
		Properties translated = MessageFiles.load(language);

		assertThat(messages.stringPropertyNames())
			.allSatisfy((key) -> assertThat(placeholders(translated.getProperty(key, "")))
				.as("%s in messages_%s.properties", key, language)
				.isEqualTo(placeholders(messages.getProperty(key))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherLanguages")
	void everyTranslationUsesOnlyTypographicApostrophes(String language) {
		Properties translated = MessageFiles.load(language);

		assertThat(translated.stringPropertyNames())
			.allSatisfy((key) -> assertThat(translated.getProperty(key)).as(key).doesNotContain("'"));
	}

	/** The arguments a message takes, e.g. [{0}, {1}]: the choices inside may differ. */
	private static List<String> placeholders(String message) {
		Matcher matcher = Pattern.compile("\\{(\\d+)[,}]").matcher(message);
		List<String> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found.stream().distinct().sorted().toList();
	}

	@Test
	void hasWordsForEveryQuestionOptionAndAnswer() {
		List<String> keys = new ArrayList<>();
		for (Section section : Section.values()) {
			keys.add(section.titleKey());
			keys.add(section.hintKey());
		}
		for (Question question : Question.values()) {
			keys.add(question.textKey());
			keys.add(question.hintKey());
			for (String option : question.optionIds()) {
				keys.add(question.optionKey(option));
				keys.add(question.answerPhraseKey(option));
				keys.add(question.conditionKey(option));
			}
		}
		for (AnswerProblem.Kind kind : AnswerProblem.Kind.values()) {
			keys.add(kind.messageKey());
		}
		assertThat(keys).allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void hasWordsForEveryFormatTradeOffConfidenceFlagAndNextStep() {
		List<String> keys = new ArrayList<>(List.of("list.two", Assessment.ONLY_CHOICE_CONFIDENCE_KEY,
				"result.score.ruled-out", Assessment.confidenceKey(Confidence.MEDIUM, Assessment.SettledBy.WEIGHTS),
				Assessment.confidenceKey(Confidence.MEDIUM, Assessment.SettledBy.LIMITS),
				Assessment.confidenceKey(Confidence.LOW, Assessment.SettledBy.WEIGHTS), "result.changes.lead.close",
				"result.changes.lead.tie", "result.reasons.strengths", "result.reasons.for.tie",
				"result.change.together", "result.reasons.for", "result.reasons.against", "result.why.lead",
				"result.why.lead.hybrid", "result.change", "result.share.email.subject", "result.share.email.body"));
		for (Format format : Format.values()) {
			keys.addAll(List.of(format.nameKey(), format.descriptionKey(), format.inlineKey(), format.shortKey()));
		}
		for (TradeOff tradeOff : TradeOff.values()) {
			keys.addAll(List.of(tradeOff.nameKey(), tradeOff.summaryKey(),
					tradeOff.explanationKey(TradeOff.Wording.STRONG), tradeOff.explanationKey(TradeOff.Wording.MILD),
					tradeOff.explanationKey(TradeOff.Wording.AGAINST)));
			// The costs of live sessions, which a hybrid course keeps.
			if (tradeOff.effect() == TradeOff.Effect.COSTS && tradeOff.format() == Format.SYNCHRONOUS) {
				keys.add(tradeOff.explanationKey(TradeOff.Wording.HYBRID));
			}
		}
		for (Confidence confidence : Confidence.values()) {
			keys.add(confidence.messageKey());
		}
		// The advisor view says the same about "this student".
		for (String key : List.copyOf(keys)) {
			if (key.startsWith("confidence.") || key.equals("result.score.ruled-out")) {
				keys.add(AdvisorNotes.aboutTheStudent(key));
			}
		}
		for (ScoringModel model : ScoringModels.released()) {
			keys.addAll(ModelMessageKeys.of(model));
		}
		for (ErrorKind kind : ErrorKind.values()) {
			keys.addAll(List.of(kind.titleKey(), kind.headingKey(), kind.leadKey()));
		}
		keys.addAll(ApiProblemKeys.all());
		assertThat(keys).allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
	}

	/**
	 * The advisor view's own words are about the student, and address no one: no "you" or
	 * "your" in English, no "tú", "tu", "te", "ti" or "contigo" in Spanish, in every
	 * headline, confidence, ruled-out note and score text under {@code advisor.}.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void theAdvisorsWordsAreAboutTheStudentNotToThem(String language) {
		Properties words = MessageFiles.load(language);
		Pattern second = Pattern.compile(language.equals("en") ? "(?iu)\\b(you|your|yours)\\b"
				: "(?iu)(?<!\\p{L})(tú|tu|tus|te|ti|contigo)(?!\\p{L})");
		List<String> keys = words.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("advisor.headline.") || key.startsWith("advisor.confidence.")
					|| key.startsWith("advisor.limit.") || key.startsWith("advisor.result."))
			.toList();
		assertThat(keys).hasSizeGreaterThan(20)
			.allSatisfy((key) -> assertThat(second.matcher(words.getProperty(key)).find())
				.as("%s: %s", key, words.getProperty(key))
				.isFalse());
	}

	@Test
	void hasEveryKeyTheTemplatesUse() throws IOException {
		Pattern literalKey = Pattern.compile("#\\{([a-z0-9.\\-]+)[}(]");
		List<String> keys = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(template));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		assertThat(keys).isNotEmpty().allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void usesOnlyTheTypographicApostropheSoThatMessagesWithArgumentsKeepIt() {
		assertThat(messages.stringPropertyNames())
			.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).doesNotContain("'"));
	}

}
