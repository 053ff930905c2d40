package org.formatfit.recommendation;

import org.formatfit.recommendation.model.DataModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;

/**
 * The figures in docs/model.md: every released model over the whole answer space (every
 * combination of the fifteen answers, about 2.5 × 10⁸), and what the reasons and changes
 * look like over a large random sample. Run by {@code bench/census.sh}; prints Markdown.
 * It takes a few minutes a model on two cores.
 */
public final class ModelCensus {

	static final double WEIGHT_CHANGE = 0.2;

	private static final Question[] QUESTIONS = Question.values();

	private ModelCensus() {
	}

	public static void main(String[] args) {
		boolean quick = args.length > 0 && args[0].equals("--sample-only");
		StringBuilder out = new StringBuilder();
		List<Census> censuses = new ArrayList<>();
		if (!quick) {
			for (ScoringModel model : ScoringModels.released()) {
				long started = System.nanoTime();
				Census census = wholeSpace((DataModel) model);
				censuses.add(census);
				System.err.printf("version %d: %d answer sets in %d s%n", model.version(), census.total,
						(System.nanoTime() - started) / 1_000_000_000L);
			}
			writeWholeSpace(out, censuses);
		}
		List<Census> population = new ArrayList<>();
		Population stated = Population.stated();
		for (ScoringModel model : ScoringModels.released()) {
			population.add(drawn((DataModel) model, ModelTrial.SAMPLE, 2026, stated::draw));
		}
		out.append("## The stated population\n\n")
			.append("Answer sets drawn as the groups of `src/test/resources/trial/population.yaml` would answer: ")
			.append(stated.describe())
			.append(".\n\n");
		writeCensus(out, population, "the stated population");
		writeSample(out);
		writeWhatAStudentReads(out);
		System.out.print(out);
	}

	/** Counts, for one model, over every answer set there is. */
	static final class Census {

		final int version;

		/** What the tables call it: its version, or what a trial calls it. */
		String label;

		long total;

		long onlyPossible;

		/**
		 * The article's synchronous learner: a stable week, online at set times, a
		 * connection and a computer that can carry a live class, flexibility not the
		 * reason for going online, who needs people or structure.
		 */
		long synchronousLearner;

		long synchronousLearnerSynchronous;

		long synchronousLearnerClearly;

		final long[][] byFormatAndConfidence = new long[3][3];

		final long[] flipsByMove = new long[2 * TradeOff.values().length];

		long anyMoveFlips;

		long phoneOnPoorInternet;

		long phoneOnPoorInternetLive;

		long phoneOnPoorInternetSynchronous;

		long flexibilityFirst;

		long flexibilityFirstSynchronous;

		long rarelyOnline;

		long rarelyOnlineSynchronous;

		/**
		 * Reliable or mostly reliable internet, own computer, online at set times most
		 * weeks.
		 */
		final long[] goodSetupByFormat = new long[3];

		Census(int version) {
			this.version = version;
			this.label = Integer.toString(version);
		}

		void add(Census other) {
			this.total += other.total;
			for (int f = 0; f < 3; f++) {
				for (int c = 0; c < 3; c++) {
					this.byFormatAndConfidence[f][c] += other.byFormatAndConfidence[f][c];
				}
			}
			for (int i = 0; i < this.flipsByMove.length; i++) {
				this.flipsByMove[i] += other.flipsByMove[i];
			}
			this.anyMoveFlips += other.anyMoveFlips;
			this.onlyPossible += other.onlyPossible;
			this.synchronousLearner += other.synchronousLearner;
			this.synchronousLearnerSynchronous += other.synchronousLearnerSynchronous;
			this.synchronousLearnerClearly += other.synchronousLearnerClearly;
			this.phoneOnPoorInternet += other.phoneOnPoorInternet;
			this.phoneOnPoorInternetLive += other.phoneOnPoorInternetLive;
			this.phoneOnPoorInternetSynchronous += other.phoneOnPoorInternetSynchronous;
			this.flexibilityFirst += other.flexibilityFirst;
			this.flexibilityFirstSynchronous += other.flexibilityFirstSynchronous;
			this.rarelyOnline += other.rarelyOnline;
			this.rarelyOnlineSynchronous += other.rarelyOnlineSynchronous;
			for (int f = 0; f < 3; f++) {
				this.goodSetupByFormat[f] += other.goodSetupByFormat[f];
			}
		}

		void count(Answers answers, DataModel.Outcome outcome) {
			this.total++;
			this.byFormatAndConfidence[outcome.format().ordinal()][outcome.confidence().ordinal()]++;
			int flips = outcome.flips();
			if (flips != 0) {
				this.anyMoveFlips++;
				for (int i = 0; i < this.flipsByMove.length; i++) {
					if ((flips & (1 << i)) != 0) {
						this.flipsByMove[i]++;
					}
				}
			}
			boolean live = outcome.format() != Format.ASYNCHRONOUS;
			boolean synchronous = outcome.format() == Format.SYNCHRONOUS;
			this.onlyPossible += outcome.onlyPossible() ? 1 : 0;
			if (isSynchronousLearner(answers)) {
				this.synchronousLearner++;
				this.synchronousLearnerSynchronous += synchronous ? 1 : 0;
				this.synchronousLearnerClearly += (synchronous && outcome.confidence() != Confidence.LOW) ? 1 : 0;
			}
			if (answers.is(Question.CONNECTIVITY_EQUIPMENT, "none")
					&& answers.index(Question.CONNECTIVITY_INTERNET) >= 2) {
				this.phoneOnPoorInternet++;
				this.phoneOnPoorInternetLive += live ? 1 : 0;
				this.phoneOnPoorInternetSynchronous += synchronous ? 1 : 0;
			}
			if (answers.is(Question.SCHEDULE_FLEXIBILITY_NEED, "main-reason")) {
				this.flexibilityFirst++;
				this.flexibilityFirstSynchronous += synchronous ? 1 : 0;
			}
			boolean goodSetup = answers.index(Question.CONNECTIVITY_INTERNET) <= 1
					&& answers.is(Question.CONNECTIVITY_EQUIPMENT, "own")
					&& answers.index(Question.SCHEDULE_LIVE_SESSIONS) <= 1
					&& answers.index(Question.SCHEDULE_FLEXIBILITY_NEED) >= 2;
			if (goodSetup) {
				this.goodSetupByFormat[outcome.format().ordinal()]++;
			}
			if (answers.is(Question.SCHEDULE_LIVE_SESSIONS, "rarely")) {
				this.rarelyOnline++;
				this.rarelyOnlineSynchronous += synchronous ? 1 : 0;
			}
		}

	}

	/**
	 * The census over answer sets drawn by {@code draw} from a generator seeded with
	 * {@code seed}: the same sets for every model.
	 */
	static Census drawn(DataModel model, int size, long seed, Function<Random, Answers> draw) {
		Census census = new Census(model.version());
		Random random = new Random(seed);
		for (int i = 0; i < size; i++) {
			Answers answers = draw.apply(random);
			census.count(answers, model.outcome(answers, WEIGHT_CHANGE));
		}
		return census;
	}

	/** The article's synchronous learner (tradeoffs.md, "What a student reads"). */
	static boolean isSynchronousLearner(Answers answers) {
		boolean canAttend = answers.index(Question.SCHEDULE_PREDICTABILITY) <= 1
				&& answers.index(Question.SCHEDULE_LIVE_SESSIONS) <= 1
				&& answers.index(Question.CONNECTIVITY_INTERNET) <= 1
				&& answers.is(Question.CONNECTIVITY_EQUIPMENT, "own")
				&& !answers.is(Question.CONNECTIVITY_PLACES, "on-the-move")
				&& answers.index(Question.SCHEDULE_FLEXIBILITY_NEED) >= 2;
		// People (live discussion or an instructor at hand) and structure (lonely alone,
		// or kept going by oversight), with none of the strengths self-paced study uses.
		boolean needsPeople = answers.index(Question.INTERACTION_DISCUSSION) <= 1
				|| answers.is(Question.INTERACTION_INSTRUCTOR, "essential");
		boolean needsStructure = answers.index(Question.INTERACTION_STUDYING_ALONE) >= 2
				|| answers.index(Question.MOTIVATION_OVERSIGHT) >= 2
				|| answers.index(Question.MOTIVATION_SELF_START) >= 2;
		boolean selfPacedStrengths = answers.is(Question.INTERACTION_STUDYING_ALONE, "enjoy")
				|| answers.is(Question.MOTIVATION_SELF_START, "always")
				|| answers.is(Question.MOTIVATION_OVERSIGHT, "cramps-me")
				|| answers.is(Question.MOTIVATION_PACE, "own");
		return canAttend && needsPeople && needsStructure && !selfPacedStrengths;
	}

	/**
	 * Every answer set, split by the first two answers into pieces the common pool runs
	 * in parallel; each piece counts through the other thirteen like an odometer.
	 */
	static Census wholeSpace(DataModel model) {
		int first = QUESTIONS[0].optionCount();
		int second = QUESTIONS[1].optionCount();
		return IntStream.range(0, first * second).parallel().mapToObj((piece) -> {
			Census census = new Census(model.version());
			int[] indexes = new int[QUESTIONS.length];
			indexes[0] = piece / second;
			indexes[1] = piece % second;
			while (true) {
				Answers answers = Answers.ofIndexes(indexes);
				census.count(answers, model.outcome(answers, WEIGHT_CHANGE));
				int q = QUESTIONS.length - 1;
				while (q >= 2 && ++indexes[q] == QUESTIONS[q].optionCount()) {
					indexes[q] = 0;
					q--;
				}
				if (q < 2) {
					return census;
				}
			}
		}).toList().stream().reduce(new Census(model.version()), (total, piece) -> {
			// Sequential, on a fresh total: a parallel reduce would add into the
			// shared identity more than once.
			total.add(piece);
			return total;
		});
	}

	private static void writeWholeSpace(StringBuilder out, List<Census> censuses) {
		writeCensus(out, censuses, "the whole answer space");
	}

	/** The census tables, for counts over {@code scope}: the whole space, or a sample. */
	static void writeCensus(StringBuilder out, List<Census> censuses, String scope) {
		long total = censuses.get(0).total;
		out.append(String.format(Locale.ROOT, "### Outcomes over %s (%,d answer sets)%n%n", scope, total));
		out.append(
				"| version | synchronous | asynchronous | hybrid | clear (HIGH) | of which the only possible format | fairly clear (MEDIUM) | close call (LOW) |\n");
		out.append("|---|---|---|---|---|---|---|---|\n");
		for (Census census : censuses) {
			long[] byFormat = new long[3];
			long[] byConfidence = new long[3];
			for (int f = 0; f < 3; f++) {
				for (int c = 0; c < 3; c++) {
					byFormat[f] += census.byFormatAndConfidence[f][c];
					byConfidence[c] += census.byFormatAndConfidence[f][c];
				}
			}
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", census.label,
					percent(byFormat[0], total), percent(byFormat[1], total), percent(byFormat[2], total),
					percent(byConfidence[0], total), percent(census.onlyPossible, total),
					percent(byConfidence[1], total), percent(byConfidence[2], total)));
		}
		out.append("\n### Format by confidence, " + scope + "\n\n");
		out.append("| version | format | HIGH | MEDIUM | LOW |\n|---|---|---|---|---|\n");
		for (Census census : censuses) {
			for (Format format : Format.values()) {
				long[] row = census.byFormatAndConfidence[format.ordinal()];
				out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", census.label, format,
						percent(row[0], total), percent(row[1], total), percent(row[2], total)));
			}
		}
		out.append("\n### Circumstances, " + scope + "\n\n");
		out.append(
				"| version | phone only, spotty or public internet: a format with live classes | of which synchronous "
						+ "| flexibility the main reason: synchronous | online at set times only rarely: synchronous "
						+ "| the article's synchronous learner: synchronous | of them, not a close call |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		for (Census census : censuses) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", census.label,
					percent(census.phoneOnPoorInternetLive, census.phoneOnPoorInternet),
					percent(census.phoneOnPoorInternetSynchronous, census.phoneOnPoorInternet),
					percent(census.flexibilityFirstSynchronous, census.flexibilityFirst),
					percent(census.rarelyOnlineSynchronous, census.rarelyOnline),
					percent(census.synchronousLearnerSynchronous, census.synchronousLearner),
					percent(census.synchronousLearnerClearly, census.synchronousLearner)));
		}
		out.append("\n### A good setup, flexibility not a main concern, " + scope + "\n\n");
		out.append("Internet reliable or mostly reliable, own computer, online at set times every or most weeks, "
				+ "flexibility nice to have or not a factor: preferences decide.\n\n");
		out.append("| version | synchronous | asynchronous | hybrid |\n|---|---|---|---|\n");
		for (Census census : censuses) {
			long good = census.goodSetupByFormat[0] + census.goodSetupByFormat[1] + census.goodSetupByFormat[2];
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", census.label,
					percent(census.goodSetupByFormat[0], good), percent(census.goodSetupByFormat[1], good),
					percent(census.goodSetupByFormat[2], good)));
		}
		out.append(String.format(Locale.ROOT,
				"%n### Sensitivity: share of the answer sets whose format changes when one weight moves by %d %%%n%n",
				Math.round(WEIGHT_CHANGE * 100)));
		out.append("| trade-off |");
		for (Census census : censuses) {
			out.append(String.format(Locale.ROOT, " %s −20 %% | %s +20 %% |", census.label, census.label));
		}
		out.append("\n|---|");
		censuses.forEach((census) -> out.append("---|---|"));
		out.append('\n');
		for (TradeOff tradeOff : TradeOff.values()) {
			out.append("| `").append(tradeOff.id()).append("` |");
			for (Census census : censuses) {
				out.append(' ')
					.append(percent(census.flipsByMove[2 * tradeOff.ordinal()], census.total))
					.append(" | ")
					.append(percent(census.flipsByMove[2 * tradeOff.ordinal() + 1], census.total))
					.append(" |");
			}
			out.append('\n');
		}
		out.append("| any one of the twenty moves |");
		for (Census census : censuses) {
			out.append(' ').append(percent(census.anyMoveFlips, census.total)).append(" | |");
		}
		out.append("\n\n");
	}

	/**
	 * Reasons, changes and next steps over a random sample: they cost too much for all.
	 */
	private static void writeSample(StringBuilder out) {
		int size = 100_000;
		out.append(String.format(Locale.ROOT, "### Reasons and changes over %,d random answer sets (seed 2026)%n%n",
				size));
		out.append("| version | reasons (advisor, API) | reasons a student reads | results restating one answer in two "
				+ "shown reasons | shown reasons under 10 % of the decision | one different answer changes the format "
				+ "| changes offered | close calls showing the change to the runner-up | next steps |\n");
		out.append("|---|---|---|---|---|---|---|---|---|\n");
		for (ScoringModel model : ScoringModels.released()) {
			Random random = new Random(2026);
			long reasons = 0;
			long shown = 0;
			long restating = 0;
			long small = 0;
			long oneAnswerFlips = 0;
			long changes = 0;
			long closeCalls = 0;
			long closeCallsWithRunnerUp = 0;
			long steps = 0;
			for (int i = 0; i < size; i++) {
				Answers answers = AnswerSets.random(random);
				Recommendation recommendation = model.recommend(answers);
				Assessment assessment = recommendation.assessment();
				reasons += assessment.reasons().size();
				shown += assessment.studentReasons().size();
				Set<Question> used = new HashSet<>();
				boolean restates = false;
				for (Reason reason : assessment.studentReasons()) {
					for (Question question : reason.questions()) {
						restates |= !used.add(question);
					}
					small += (reason.weight() < 0.1) ? 1 : 0;
				}
				restating += restates ? 1 : 0;
				oneAnswerFlips += anySingleAnswerFlips(model, answers, assessment.format()) ? 1 : 0;
				changes += recommendation.changes().size();
				steps += assessment.nextSteps().size();
				if (assessment.confidence() == Confidence.LOW && assessment.runnerUp() != null) {
					closeCalls++;
					closeCallsWithRunnerUp += recommendation.changes()
						.stream()
						.anyMatch((change) -> change.format() == assessment.runnerUp()) ? 1 : 0;
				}
			}
			out.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %s | %s | %s | %.1f | %s | %.1f |%n",
					model.version(), reasons / (double) size, shown / (double) size, percent(restating, size),
					percent(small, shown), percent(oneAnswerFlips, size), changes / (double) size,
					percent(closeCallsWithRunnerUp, closeCalls), steps / (double) size));
		}
		out.append('\n');
	}

	/**
	 * What the issue of version 3 counted on the page, over the same random answer sets:
	 * which changes are offered, and whether next steps and flags fit the answers.
	 */
	private static void writeWhatAStudentReads(StringBuilder out) {
		int size = 100_000;
		out.append(String.format(Locale.ROOT, "### What a student reads, over %,d random answer sets (seed 2026)%n%n",
				size));
		out.append("| version | offered changes that are preferences | results offering a circumstance a person "
				+ "can change | results offering a harder circumstance | results offering two answers together "
				+ "| fixed study hours to learners rarely or never free at set times | both connection steps "
				+ "| first online course flagged where discussion does not matter |\n");
		out.append("|---|---|---|---|---|---|---|---|\n");
		List<Question> circumstances = List.of(Question.SCHEDULE_LIVE_SESSIONS, Question.SCHEDULE_PREDICTABILITY,
				Question.CONNECTIVITY_INTERNET, Question.CONNECTIVITY_EQUIPMENT, Question.CONNECTIVITY_PLACES);
		for (ScoringModel model : ScoringModels.released()) {
			Random random = new Random(2026);
			long changes = 0;
			long preferences = 0;
			long easier = 0;
			long harder = 0;
			long pairs = 0;
			long studyBlocks = 0;
			long studyBlocksRarely = 0;
			long bothConnectionSteps = 0;
			long firstCourseNoDiscussion = 0;
			for (int i = 0; i < size; i++) {
				Answers answers = AnswerSets.random(random);
				Recommendation recommendation = model.recommend(answers);
				boolean offersEasier = false;
				boolean offersHarder = false;
				boolean offersPair = false;
				for (Change change : recommendation.changes()) {
					changes++;
					boolean circumstance = circumstances.contains(change.question());
					preferences += circumstance ? 0 : 1;
					boolean better = change.question().indexOf(change.optionId()) < answers.index(change.question());
					offersEasier |= circumstance && better;
					offersHarder |= circumstance && !better;
					offersPair |= change.together();
				}
				easier += offersEasier ? 1 : 0;
				harder += offersHarder ? 1 : 0;
				pairs += offersPair ? 1 : 0;
				List<String> steps = recommendation.assessment().nextSteps().stream().map(NextStep::id).toList();
				if (steps.contains("plan-study-blocks")) {
					studyBlocks++;
					studyBlocksRarely += (answers.index(Question.SCHEDULE_LIVE_SESSIONS) >= 2) ? 1 : 0;
				}
				bothConnectionSteps += (steps.contains("plan-connection-fallback")
						&& steps.contains("find-reliable-place")) ? 1 : 0;
				boolean firstCourse = recommendation.assessment()
					.flags()
					.stream()
					.anyMatch((flag) -> flag.id().equals("first-online-course"));
				firstCourseNoDiscussion += (firstCourse && answers.index(Question.INTERACTION_DISCUSSION) >= 2) ? 1 : 0;
			}
			out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s of its uses | %s | %s |%n",
					model.version(), percent(preferences, changes), percent(easier, size), percent(harder, size),
					percent(pairs, size), percent(studyBlocksRarely, studyBlocks), percent(bothConnectionSteps, size),
					percent(firstCourseNoDiscussion, size)));
		}
		out.append('\n');
	}

	private static boolean anySingleAnswerFlips(ScoringModel model, Answers answers, Format format) {
		for (Question question : QUESTIONS) {
			for (int option = 0; option < question.optionCount(); option++) {
				if (option != answers.index(question)
						&& model.assess(answers.with(question, option)).format() != format) {
					return true;
				}
			}
		}
		return false;
	}

	private static String percent(long part, long whole) {
		return (whole == 0) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
	}

}
