package org.formatfit.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.formatfit.questionnaire.AnswerProblem;
import org.formatfit.questionnaire.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Learner profiles written from the trade-offs article (tradeoffs.md), each resting on a
 * sentence of it, with what the scoring model must (and must never) say about them. The
 * article is the judge, not the model: a persona that fails shows where the model
 * contradicts the article, and the fix belongs in the model. Never change an expectation
 * to match what a model outputs.
 */
class PersonaSuiteTest {

	private static final String FILE = "/personas/personas.yaml";

	private static final int MINIMUM_PERSONAS = 44;

	/** Every trade-off must be a cited reason this often, so none goes untested. */
	private static final int MINIMUM_CITES_PER_TRADE_OFF = 2;

	private static final Set<String> EXPECTATION_KEYS = Set.of("format", "notFormat", "cites", "confidence",
			"notConfidence", "ruledOut", "notRuledOut");

	private static final Set<String> KNOWN_KEYS = Stream
		.concat(Stream.of("name", "article", "answers"), EXPECTATION_KEYS.stream())
		.collect(Collectors.toUnmodifiableSet());

	private static final Map<String, TradeOff> TRADE_OFFS_BY_ID = Arrays.stream(TradeOff.values())
		.collect(Collectors.toUnmodifiableMap(TradeOff::id, Function.identity()));

	private static final List<Map<String, Object>> ENTRIES = load();

	static Stream<Arguments> personas() {
		return ENTRIES.stream().map(Persona::of).map((persona) -> argumentSet(persona.name(), persona));
	}

	@ParameterizedTest(name = "{argumentSetName}")
	@MethodSource("personas")
	void scoresThePersonaAsTheArticleSays(Persona persona) {
		List<String> misses = misses(persona, ScoringModels.current());
		if (!misses.isEmpty()) {
			fail("Persona \"" + persona.name() + "\" contradicts the article:\n  - " + String.join("\n  - ", misses)
					+ "\n  article: " + persona.article());
		}
	}

	/**
	 * Every way a model departs from the article for this learner, all at once, so one
	 * run shows them all; none when it holds. Also read by {@code ModelTrial}.
	 */
	static List<String> misses(Persona persona, ScoringModel model) {
		Recommendation recommendation = model.recommend(Answers.of(persona.answers()));
		Assessment assessment = recommendation.assessment();
		List<Reason> shown = shownReasons(recommendation);
		List<String> misses = new ArrayList<>();
		if (persona.format() != null && recommendation.format() != persona.format()) {
			misses.add("format: expected " + persona.format() + ", got " + outcome(assessment));
		}
		if (persona.notFormat().contains(recommendation.format())) {
			misses.add("notFormat " + persona.notFormat() + ": got " + outcome(assessment));
		}
		for (Cite cite : persona.cites()) {
			if (shown.stream().noneMatch(cite::matches)) {
				misses.add("cites " + cite + ": shown reasons were " + describe(shown));
			}
		}
		if (persona.confidence() != null && assessment.confidence() != persona.confidence()) {
			misses.add("confidence: expected " + persona.confidence() + ", got " + outcome(assessment));
		}
		if (persona.notConfidence().contains(assessment.confidence())) {
			misses.add("notConfidence " + persona.notConfidence() + ": got " + outcome(assessment));
		}
		for (Format format : persona.ruledOut()) {
			if (!assessment.ruledOut().keySet().contains(format)) {
				misses.add("ruledOut " + format + ": ruled out were " + sorted(assessment.ruledOut().keySet()));
			}
		}
		for (Format format : persona.notRuledOut()) {
			if (assessment.ruledOut().keySet().contains(format)) {
				misses.add("notRuledOut " + format + ": ruled out were " + sorted(assessment.ruledOut().keySet()));
			}
		}
		return misses;
	}

	@Test
	void theFileIsACompleteValidSuite() {
		List<String> problems = new ArrayList<>();
		if (ENTRIES.size() < MINIMUM_PERSONAS) {
			problems.add("only " + ENTRIES.size() + " personas, at least " + MINIMUM_PERSONAS + " wanted");
		}
		Set<String> names = new LinkedHashSet<>();
		Map<TradeOff, Integer> citesPerTradeOff = new EnumMap<>(TradeOff.class);
		for (int i = 0; i < ENTRIES.size(); i++) {
			Map<String, Object> entry = ENTRIES.get(i);
			String label = "persona #" + (i + 1) + " (" + entry.get("name") + ")";
			for (String key : entry.keySet()) {
				if (!KNOWN_KEYS.contains(key)) {
					problems.add(label + ": unknown key '" + key + "'");
				}
			}
			if (isBlank(entry.get("name"))) {
				problems.add(label + ": no name");
			}
			// The name is the test case's name: a repeat would hide which one failed.
			else if (!names.add((String) entry.get("name"))) {
				problems.add(label + ": name used twice");
			}
			if (isBlank(entry.get("article"))) {
				problems.add(label + ": no article quote");
			}
			if (!(entry.get("answers") instanceof Map<?, ?> answers)) {
				problems.add(label + ": no answers map");
			}
			else {
				for (AnswerProblem problem : Answers.problemsIn(stringMap(answers))) {
					problems.add(label + ": answer " + problem.questionId() + " is " + problem.kind().code());
				}
			}
			if (entry.keySet().stream().noneMatch(EXPECTATION_KEYS::contains)) {
				problems.add(label + ": no expectation");
			}
			try {
				Persona persona = Persona.of(entry);
				persona.cites().forEach((cite) -> citesPerTradeOff.merge(cite.tradeOff(), 1, Integer::sum));
			}
			catch (IllegalArgumentException | ClassCastException ex) {
				problems.add(label + ": " + ex.getMessage());
			}
		}
		for (TradeOff tradeOff : TradeOff.values()) {
			int cites = citesPerTradeOff.getOrDefault(tradeOff, 0);
			if (cites < MINIMUM_CITES_PER_TRADE_OFF) {
				problems.add("trade-off " + tradeOff.id() + " is cited by " + cites + " personas, at least "
						+ MINIMUM_CITES_PER_TRADE_OFF + " wanted");
			}
		}
		assertThat(problems).as("problems in " + FILE).isEmpty();
	}

	@Test
	void theSuiteExpectsEveryFormatSomewhere() {
		Set<Format> expected = ENTRIES.stream()
			.map(Persona::of)
			.map(Persona::format)
			.filter((format) -> format != null)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Format.class)));
		assertThat(expected).as("formats some persona must get").containsExactlyInAnyOrder(Format.values());
	}

	/**
	 * The reasons the student is actually shown. The one place that decides it, so the
	 * suite follows when the results page shows a short list instead of every reason.
	 */
	private static List<Reason> shownReasons(Recommendation recommendation) {
		return recommendation.assessment().studentReasons();
	}

	private static String outcome(Assessment assessment) {
		return assessment.format() + " (" + assessment.confidence() + ", scores " + assessment.scores() + ", ruled out "
				+ sorted(assessment.ruledOut().keySet()) + ")";
	}

	private static String describe(List<Reason> reasons) {
		return reasons.stream()
			.map((reason) -> reason.tradeOff().id() + ">" + reason.favours())
			.collect(Collectors.joining(", ", "[", "]"));
	}

	private static Set<Format> sorted(Set<Format> formats) {
		return formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);
	}

	private static boolean isBlank(Object value) {
		return !(value instanceof String text) || text.isBlank();
	}

	private static Map<String, String> stringMap(Map<?, ?> map) {
		Map<String, String> strings = new LinkedHashMap<>();
		map.forEach((key, value) -> strings.put(String.valueOf(key), (value != null) ? String.valueOf(value) : null));
		return strings;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> load() {
		LoaderOptions options = new LoaderOptions();
		// A repeated question id would otherwise silently keep only its last answer.
		options.setAllowDuplicateKeys(false);
		Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new PlainTextResolver());
		try (InputStream in = PersonaSuiteTest.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException(FILE + " is not on the test classpath");
			}
			return (List<Map<String, Object>>) yaml.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads every plain scalar as text. YAML 1.1 would read the live-sessions options
	 * {@code yes} and {@code no} as booleans, and all values in the file are ids or
	 * prose.
	 */
	private static final class PlainTextResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
		}

	}

	/**
	 * A trade-off the student must be shown, optionally favouring a given format.
	 *
	 * @param tradeOff the trade-off
	 * @param favours the format the reason must favour, or {@code null} for any
	 */
	record Cite(TradeOff tradeOff, Format favours) {

		static Cite parse(String text) {
			String[] parts = text.split(">", 2);
			TradeOff tradeOff = TRADE_OFFS_BY_ID.get(parts[0].trim());
			if (tradeOff == null) {
				throw new IllegalArgumentException("cites unknown trade-off '" + parts[0] + "'");
			}
			return new Cite(tradeOff, (parts.length > 1) ? enumValue(Format.class, parts[1].trim()) : null);
		}

		boolean matches(Reason reason) {
			return reason.tradeOff() == this.tradeOff && (this.favours == null || reason.favours() == this.favours);
		}

		@Override
		public String toString() {
			return this.tradeOff.id() + ((this.favours != null) ? ">" + this.favours : "");
		}

	}

	/**
	 * One learner profile and what the article says the model must tell them.
	 */
	record Persona(String name, String article, Map<String, String> answers, Format format, Set<Format> notFormat,
			List<Cite> cites, Confidence confidence, Set<Confidence> notConfidence, Set<Format> ruledOut,
			Set<Format> notRuledOut) {

		static Persona of(Map<String, Object> entry) {
			Object answers = entry.get("answers");
			return new Persona((String) entry.get("name"), (String) entry.get("article"),
					(answers instanceof Map<?, ?> map) ? stringMap(map) : Map.of(),
					enumValue(Format.class, entry.get("format")), formats(entry, "notFormat"),
					strings(entry, "cites").stream().map(Cite::parse).toList(),
					enumValue(Confidence.class, entry.get("confidence")),
					strings(entry, "notConfidence").stream()
						.map((text) -> enumValue(Confidence.class, text))
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(Confidence.class))),
					formats(entry, "ruledOut"), formats(entry, "notRuledOut"));
		}

		private static Set<Format> formats(Map<String, Object> entry, String key) {
			return strings(entry, key).stream()
				.map((text) -> enumValue(Format.class, text))
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Format.class)));
		}

		private static List<String> strings(Map<String, Object> entry, String key) {
			Object value = entry.get(key);
			if (value == null) {
				return List.of();
			}
			if (!(value instanceof List<?> list)) {
				throw new IllegalArgumentException(key + " must be a list");
			}
			return list.stream().map(String::valueOf).toList();
		}

		// The name alone is enough for a test case's display name.
		@Override
		public String toString() {
			return this.name;
		}

	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw new IllegalArgumentException(value + " must be a single " + type.getSimpleName());
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + text + "' is no " + type.getSimpleName());
		}
	}

}
