package org.formatfit.sharing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Reason;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.recommendation.ScoringModel;
import org.formatfit.recommendation.ScoringModels;

/**
 * The golden file of a model version: share tokens with what they showed when the version
 * was released. Written once, when a version is released, by running {@link #main}; never
 * rewritten, since its whole point is that old links keep showing the same result.
 */
final class GoldenLinks {

	static final String HEADER = "token\tformat\tSYNCHRONOUS\tASYNCHRONOUS\tHYBRID\tconfidence\trunnerUp\truledOut\treasons\tchanges\tnextSteps\theadline\tstudentReasons\tflags\ttalkingPoints";

	private GoldenLinks() {
	}

	static Path file(int modelVersion) {
		return Path.of("src/test/resources/golden/model-v" + modelVersion + ".tsv");
	}

	/**
	 * One line: what a recommendation shows, in a form that any change to it would alter.
	 */
	static String line(String token, Recommendation recommendation) {
		List<String> fields = new ArrayList<>();
		fields.add(token);
		fields.add(recommendation.format().name());
		for (Format format : Format.values()) {
			fields.add(String.valueOf(recommendation.assessment().score(format)));
		}
		fields.add(recommendation.assessment().confidence().name());
		fields.add(String.valueOf(recommendation.assessment().runnerUp()));
		fields.add(recommendation.assessment()
			.ruledOut()
			.keySet()
			.stream()
			.map(Format::name)
			.sorted()
			.collect(Collectors.joining(" ")));
		fields.add(recommendation.assessment()
			.reasons()
			.stream()
			.map((reason) -> reason.tradeOff().id() + ":" + Math.round(reason.weight() * 100) + ":"
					+ (reason.strength() == Reason.Strength.STRONG ? "strong" : "mild") + ":"
					+ reason.questions().stream().map(Question::id).collect(Collectors.joining("+"))
					+ (reason.isStrength() ? ":strength" : ""))
			.collect(Collectors.joining(" ")));
		fields.add(recommendation.changes()
			.stream()
			.map((change) -> change.question().id() + "=" + change.optionId()
					+ (change.together() ? "+" + change.alsoQuestion().id() + "=" + change.alsoOptionId() : "") + ">"
					+ change.format())
			.collect(Collectors.joining(" ")));
		fields.add(recommendation.assessment()
			.nextSteps()
			.stream()
			.map((step) -> step.id())
			.collect(Collectors.joining(" ")));
		fields.add(recommendation.assessment().headlineKey());
		fields.add(recommendation.assessment()
			.studentReasons()
			.stream()
			.map((reason) -> reason.tradeOff().id() + ">" + reason.favours())
			.collect(Collectors.joining(" ")));
		fields.add(
				recommendation.assessment().flags().stream().map((flag) -> flag.id()).collect(Collectors.joining(" ")));
		fields.add(String.join(" ", recommendation.assessment().talkingPoints()));
		return String.join("\t", fields);
	}

	/** Writes the golden file of the current model version, if it has none yet. */
	public static void main(String[] args) throws IOException {
		ScoringModel model = ScoringModels.current();
		Path file = file(model.version());
		if (Files.exists(file)) {
			throw new IllegalStateException(file + " exists: golden files are never rewritten");
		}
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		Random random = new Random(2026);
		int[] first = new int[Question.count()];
		int[] last = new int[Question.count()];
		for (Question question : Question.values()) {
			last[question.ordinal()] = question.optionCount() - 1;
		}
		List<Answers> answerSets = new ArrayList<>(List.of(Answers.ofIndexes(first), Answers.ofIndexes(last)));
		for (int i = 0; i < 400; i++) {
			int[] indexes = new int[Question.count()];
			for (Question question : Question.values()) {
				indexes[question.ordinal()] = random.nextInt(question.optionCount());
			}
			answerSets.add(Answers.ofIndexes(indexes));
		}
		for (Answers answers : answerSets) {
			lines.add(line(ShareTokens.encode(answers, model.version()), model.recommend(answers)));
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

}
