package org.formatfit.recommendation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.recommendation.ModelCensus.Census;
import org.formatfit.recommendation.model.DataModel;
import org.formatfit.recommendation.model.ModelFiles;
import org.formatfit.sharing.ShareToken;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;

/**
 * Tries a draft model file without releasing it (issue 31), beside the current release,
 * and prints Markdown: the learner profiles of the test suite that pass and fail, the
 * current release's golden links whose format the draft would change, and formats,
 * confidence, circumstances and the sensitivity table over a random sample of answer sets
 * (or, with {@code --whole-space}, over every answer set: a few minutes a model). Run by
 * {@code bench/try-model.sh}. The draft is read as the engine reads a release, and
 * refused the same way when the engine cannot run it; nothing is written.
 */
public final class ModelTrial {

	/** Answer sets in the sample, drawn the same on every run. */
	static final int SAMPLE = 200_000;

	private ModelTrial() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			System.err.println("usage: bench/try-model.sh path/to/draft.yaml [--whole-space]");
			System.exit(2);
		}
		System.out.print(report(Files.readString(Path.of(args[0])), args[0],
				List.of(args).contains("--whole-space") ? 0 : SAMPLE));
	}

	/**
	 * The report on a draft, read from its text.
	 * @param name what to call it in the report (its path)
	 * @param sample how many random answer sets to count; 0 for every answer set
	 */
	static String report(String yaml, String name, int sample) throws IOException {
		ScoringModel draft = ModelFiles.parse(yaml);
		ScoringModel current = ScoringModels.current();
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "# Draft model %d (%s) beside release %d%n%n", draft.version(), name,
				current.version()));
		writeProfiles(out, current, draft);
		writePersonas(out, current, draft);
		writeGoldenChanges(out, current, draft);
		List<Census> censuses = new ArrayList<>();
		List<Census> population = new ArrayList<>();
		Population stated = Population.stated();
		for (ScoringModel model : List.of(current, draft)) {
			String label = ((model == draft) ? "draft " : "release ") + model.version();
			Census census = (sample == 0) ? ModelCensus.wholeSpace((DataModel) model)
					: ModelCensus.drawn((DataModel) model, sample, 42, AnswerSets::random);
			census.label = label;
			censuses.add(census);
			Census drawn = ModelCensus.drawn((DataModel) model, (sample == 0) ? SAMPLE : sample, 2026, stated::draw);
			drawn.label = label;
			population.add(drawn);
		}
		ModelCensus.writeCensus(out, censuses, (sample == 0) ? "the whole answer space" : "a random sample");
		out.append("## The stated population\n\n")
			.append("Answer sets drawn as the groups of `src/test/resources/trial/population.yaml` would answer: ")
			.append(stated.describe())
			.append(".\n\n");
		ModelCensus.writeCensus(out, population, "the stated population");
		return out.toString();
	}

	/**
	 * The learners of {@link LearnerProfilesTest}: each passes when its format is the one
	 * expected and its reasons cite the trade-offs expected.
	 */
	private static void writeProfiles(StringBuilder out, ScoringModel current, ScoringModel draft) {
		out.append(
				"## Learner profiles\n\n| learner | expected | release | draft | draft passes |\n|---|---|---|---|---|\n");
		int passing = 0;
		List<Arguments> learners = LearnerProfilesTest.learners().toList();
		for (Arguments learner : learners) {
			Object[] values = learner.get();
			Answers answers = AnswerSets.parse((String) values[0]);
			Format expected = (Format) values[1];
			@SuppressWarnings("unchecked")
			List<String> cited = (List<String>) values[2];
			Assessment ours = draft.assess(answers);
			boolean passes = ours.format() == expected
					&& ours.reasons().stream().map((reason) -> reason.tradeOff().id()).toList().containsAll(cited);
			passing += passes ? 1 : 0;
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", ((ArgumentSet) learner).getName(),
					expected, current.assess(answers).format(), ours.format(), passes ? "yes" : "**no**"));
		}
		out.append(String.format(Locale.ROOT, "%n%d of %d pass on the draft.%n%n", passing, learners.size()));
	}

	/**
	 * The learners of {@link PersonaSuiteTest}, each resting on a sentence of the
	 * article: how many hold on each model, and every way the draft departs from the
	 * article.
	 */
	private static void writePersonas(StringBuilder out, ScoringModel current, ScoringModel draft) {
		List<PersonaSuiteTest.Persona> personas = PersonaSuiteTest.personas()
			.map((arguments) -> (PersonaSuiteTest.Persona) arguments.get()[0])
			.toList();
		int currentHolds = 0;
		List<String> draftMisses = new ArrayList<>();
		for (PersonaSuiteTest.Persona persona : personas) {
			currentHolds += PersonaSuiteTest.misses(persona, current).isEmpty() ? 1 : 0;
			List<String> misses = PersonaSuiteTest.misses(persona, draft);
			if (!misses.isEmpty()) {
				draftMisses.add("- " + persona.name() + ": " + String.join("; ", misses));
			}
		}
		out.append(String.format(Locale.ROOT,
				"## Personas from the article%n%n%d of %d hold on release %d, %d on the draft.%n%n", currentHolds,
				personas.size(), current.version(), personas.size() - draftMisses.size()));
		draftMisses.forEach((miss) -> out.append(miss).append('\n'));
		out.append('\n');
	}

	/**
	 * The current release's golden links, scored by the draft: those whose format would
	 * change. (The links themselves never change: they keep their own version.)
	 */
	private static void writeGoldenChanges(StringBuilder out, ScoringModel current, ScoringModel draft)
			throws IOException {
		List<String> lines = Files
			.readAllLines(Path.of("src/test/resources/golden/model-v" + current.version() + ".tsv"));
		List<String> changed = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split("\t", -1);
			Answers answers = ShareToken.parse(fields[0]).answers();
			Format ours = draft.assess(answers).format();
			if (!ours.name().equals(fields[1])) {
				changed.add(fields[0] + ": " + fields[1] + " → " + ours);
			}
		}
		out.append(String.format(Locale.ROOT, "## Golden links of release %d the draft would score otherwise%n%n",
				current.version()));
		out.append(String.format(Locale.ROOT, "%d of %d change format", changed.size(), lines.size() - 1));
		out.append(changed.isEmpty() ? ".\n\n" : ", for example:\n\n");
		changed.stream().limit(20).forEach((change) -> out.append("- `").append(change).append("`\n"));
		out.append('\n');
	}

}
