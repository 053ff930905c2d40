package org.formatfit.recommendation.model;

import org.formatfit.recommendation.AdvisorFlag;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Change;
import org.formatfit.recommendation.Confidence;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.NextStep;
import org.formatfit.recommendation.Reason;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.recommendation.ScoringModel;
import org.formatfit.recommendation.TradeOff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;

/**
 * The one scoring engine: runs any released model version from its data file
 * ({@code src/main/resources/models/model-v<n>.yaml}), checked when it is read.
 *
 * <p>
 * Each trade-off gets a <em>pull</em> from the answers that bear on it: from 0 to 1 when
 * it matters to this learner, below 0 when their answers make it a strength of theirs
 * that works the other way. Weighted pulls add up per side into {@code s} (what live
 * classes give this learner) and {@code a} (what self-paced study gives them). The pure
 * formats score by how far one side outweighs the other; hybrid scores by how much of
 * both sides it covers, so it comes out on top for a learner pulled strongly both ways.
 * Then the <em>limits</em>: circumstances such as the times a learner can be online or
 * the connection they have keep only a share of a live format's score, down to nothing
 * for a format that is not possible at all.
 */
public final class DataModel implements ScoringModel {

	private static final Format[] FORMATS = Format.values();

	private static final TradeOff[] TRADE_OFFS = TradeOff.values();

	private final ModelFile data;

	private final int version;

	private final ModelFile.Scores scoreShape;

	private final Format[] tieOrder;

	/** One rule a trade-off, indexed by the trade-off's ordinal. */
	private final Rule[] rules;

	private final double[] weights;

	/** Total weight of the trade-offs that favour each pure format. */
	private final double synchronousSideWeight;

	private final double asynchronousSideWeight;

	private final Limit[] limits;

	private final ModelFile.Reasons reasonRule;

	private final ModelFile.ConfidenceRule confidenceRule;

	private final ModelFile.Headline headlineRule;

	private final ModelFile.Changes changeRule;

	private final Question[] changeOrder;

	private final Set<Question> improvable;

	/**
	 * The answers a person can act towards, by circumstance; {@code null} when the model
	 * names none (any easier answer will do).
	 */
	private final Map<Question, Set<String>> reachable;

	/** The preferences whose changes are offered, when the model names them. */
	private final Set<Question> preferences;

	private final int mostNextSteps;

	private final List<Step> steps;

	private final int mostSchoolQuestions;

	private final List<Step> schoolQuestions;

	private final List<FlagRule> flags;

	private final Map<Format, List<String>> talkingPoints;

	DataModel(ModelFile file) {
		this.data = file;
		this.version = file.version();
		this.scoreShape = require(file.scores(), "scores");
		this.tieOrder = allFormatsOnce(file.tieOrder(), "tieOrder");
		this.rules = rules(require(file.tradeOffs(), "tradeOffs"));
		this.weights = new double[this.rules.length];
		double synchronousSide = 0;
		double asynchronousSide = 0;
		for (Rule rule : this.rules) {
			this.weights[rule.tradeOff().ordinal()] = rule.weight();
			if (rule.tradeOff().favours() == Format.SYNCHRONOUS) {
				synchronousSide += rule.weight();
			}
			else {
				asynchronousSide += rule.weight();
			}
		}
		this.synchronousSideWeight = synchronousSide;
		this.asynchronousSideWeight = asynchronousSide;
		this.limits = (file.limits() != null) ? file.limits().stream().map(Limit::of).toArray(Limit[]::new)
				: new Limit[0];
		if (Arrays.stream(FORMATS).allMatch(this::someLimitCanRuleOut)) {
			throw new ModelFileInvalid("limits: some format must stay possible whatever the answers");
		}
		this.reasonRule = require(file.reasons(), "reasons");
		require(this.reasonRule.student(), "reasons.student");
		this.confidenceRule = require(file.confidence(), "confidence");
		this.headlineRule = require(file.headline(), "headline");
		this.changeRule = require(file.changes(), "changes");
		this.changeOrder = allQuestionsOnce(this.changeRule.order());
		this.improvable = EnumSet.noneOf(Question.class);
		for (String id : require(this.changeRule.improvable(), "changes.improvable")) {
			this.improvable.add(question(id));
		}
		this.reachable = (this.changeRule.canReach() != null) ? answerCondition(this.changeRule.canReach()) : null;
		this.preferences = EnumSet.noneOf(Question.class);
		if (this.changeRule.preferences() != null) {
			for (String id : this.changeRule.preferences()) {
				this.preferences.add(question(id));
			}
		}
		ModelFile.NextSteps nextSteps = require(file.nextSteps(), "nextSteps");
		this.mostNextSteps = nextSteps.most();
		this.steps = require(nextSteps.steps(), "nextSteps.steps").stream()
			.map((entry) -> Step.of(entry, NextStep.Kind.DO))
			.toList();
		ModelFile.NextSteps schoolQuestions = file.schoolQuestions();
		this.mostSchoolQuestions = (schoolQuestions != null) ? schoolQuestions.most() : 0;
		this.schoolQuestions = (schoolQuestions != null)
				? require(schoolQuestions.steps(), "schoolQuestions.steps").stream()
					.map((entry) -> Step.of(entry, NextStep.Kind.ASK_SCHOOL))
					.toList()
				: List.of();
		this.flags = require(file.flags(), "flags").stream().map(FlagRule::of).toList();
		this.talkingPoints = new EnumMap<>(Format.class);
		for (Format format : FORMATS) {
			this.talkingPoints.put(format, List.copyOf(
					require(require(file.talkingPoints(), "talkingPoints").get(format), "talkingPoints." + format)));
		}
	}

	private boolean someLimitCanRuleOut(Format format) {
		return Arrays.stream(this.limits).anyMatch((limit) -> limit.canRuleOut(format));
	}

	@Override
	public int version() {
		return this.version;
	}

	@Override
	public ModelFile data() {
		return this.data;
	}

	@Override
	public Assessment assess(Answers answers) {
		double[] pulls = pulls(answers);
		double[] keeps = keeps(answers);
		double[] raw = rawScores(pulls, this.weights, keeps);
		Format format = top(raw, keeps);
		Map<Format, Integer> scores = new EnumMap<>(Format.class);
		Map<Format, String> ruledOut = new EnumMap<>(Format.class);
		for (Format each : FORMATS) {
			boolean possible = keeps[each.ordinal()] > 0;
			scores.put(each, possible ? (int) Math.round(raw[each.ordinal()]) : 0);
			if (!possible) {
				ruledOut.put(each, ruledOutBy(answers, each));
			}
		}
		Format runnerUp = runnerUp(scores, format, ruledOut.keySet());
		Settling settling = confidence(scores, format, runnerUp, pulls, keeps);
		Confidence confidence = settling.confidence();
		List<Reason> reasons = reasons(answers, pulls);
		List<NextStep> nextSteps = offered(this.steps, this.mostNextSteps, format, answers, pulls);
		List<NextStep> schoolQuestions = offered(this.schoolQuestions, this.mostSchoolQuestions, format, answers,
				pulls);
		List<AdvisorFlag> raised = new ArrayList<>();
		for (FlagRule flag : this.flags) {
			if (flag.raisedFor(format, confidence, answers)) {
				raised.add(flag.flag());
			}
		}
		return new Assessment(format, scores, runnerUp, confidence, settling.by(),
				fit(scores.get(format), runnerUp, confidence), reasons, studentReasons(reasons, format, answers),
				ruledOut, nextSteps, schoolQuestions, raised, this.talkingPoints.get(format));
	}

	/**
	 * What a census of the whole answer space needs of one answer set, without words or
	 * lists: the format, how settled it is, and which single-weight moves of the given
	 * share change it (bit {@code 2i}: trade-off {@code i}'s weight down, {@code 2i+1}:
	 * up).
	 */
	public Outcome outcome(Answers answers, double weightChange) {
		double[] pulls = pulls(answers);
		double[] keeps = keeps(answers);
		double[] raw = rawScores(pulls, this.weights, keeps);
		Format format = top(raw, keeps);
		Map<Format, Integer> scores = new EnumMap<>(Format.class);
		Set<Format> ruledOut = EnumSet.noneOf(Format.class);
		for (Format each : FORMATS) {
			boolean possible = keeps[each.ordinal()] > 0;
			scores.put(each, possible ? (int) Math.round(raw[each.ordinal()]) : 0);
			if (!possible) {
				ruledOut.add(each);
			}
		}
		Confidence confidence = confidence(scores, format, runnerUp(scores, format, ruledOut), pulls, keeps)
			.confidence();
		return new Outcome(format, confidence, weightMovesThatFlip(format, pulls, keeps, weightChange, false),
				ruledOut.size() == FORMATS.length - 1);
	}

	/**
	 * One answer set's result, as a census counts it.
	 *
	 * @param format the recommended format
	 * @param confidence how settled it is
	 * @param flips which single-weight moves change the format, as bits
	 * @param onlyPossible whether every other format is ruled out
	 */
	public record Outcome(Format format, Confidence confidence, int flips, boolean onlyPossible) {

	}

	@Override
	public Recommendation recommend(Answers answers) {
		Assessment assessment = assess(answers);
		return new Recommendation(this.version, answers, assessment, whatWouldChange(answers, assessment));
	}

	@Override
	public List<Change> whatWouldChange(Answers answers) {
		return whatWouldChange(answers, assess(answers));
	}

	private List<Change> whatWouldChange(Answers answers, Assessment assessment) {
		Format current = assessment.format();
		double[] before = rawScores(pulls(answers), this.weights, keeps(answers));
		// In the order they are worth saying: circumstances getting easier (advice a
		// person can act on), then preferences, then circumstances getting harder (a
		// risk to know about). At most one change per question.
		List<Change> candidates = new ArrayList<>();
		for (Question question : this.changeOrder) {
			if (offersChangesOf(question)) {
				Direction direction = this.improvable.contains(question) ? Direction.EASIER : Direction.EITHER;
				addIfAny(candidates, nearestChange(answers, before, question, current, direction, null));
			}
		}
		if (this.changeRule.offersPairs()) {
			// Two circumstances together, where neither alone changes the result (a
			// computer and a steady connection), right after the single ones.
			int afterCircumstances = 0;
			for (int i = 0; i < candidates.size(); i++) {
				if (this.improvable.contains(candidates.get(i).question())) {
					afterCircumstances = i + 1;
				}
			}
			candidates.addAll(afterCircumstances, pairedChanges(answers, before, current, candidates));
		}
		if (this.changeRule.harder()) {
			for (Question question : this.changeOrder) {
				if (this.improvable.contains(question)
						&& candidates.stream().noneMatch((candidate) -> candidate.question() == question)) {
					addIfAny(candidates, nearestChange(answers, before, question, current, Direction.HARDER, null));
				}
			}
		}
		// One per target format first, so that an advisor sees every way the result could
		// go, then the most useful of the rest.
		List<Change> chosen = new ArrayList<>();
		Set<Format> covered = EnumSet.noneOf(Format.class);
		if (this.changeRule.runnerUpOnCloseCall() && assessment.confidence() == Confidence.LOW
				&& assessment.runnerUp() != null) {
			// A close call always shows what would tip it to the runner-up.
			Change toRunnerUp = candidates.stream()
				.filter((candidate) -> candidate.format() == assessment.runnerUp())
				.findFirst()
				.orElseGet(() -> anyChangeTo(answers, before, current, assessment.runnerUp()));
			if (toRunnerUp != null) {
				chosen.add(toRunnerUp);
				covered.add(toRunnerUp.format());
				if (!candidates.contains(toRunnerUp)) {
					candidates.add(toRunnerUp);
				}
			}
		}
		for (Change candidate : candidates) {
			if (chosen.size() < this.changeRule.most() && !chosen.contains(candidate)
					&& covered.add(candidate.format())) {
				chosen.add(candidate);
			}
		}
		for (Change candidate : candidates) {
			if (chosen.size() < this.changeRule.most() && !chosen.contains(candidate)) {
				chosen.add(candidate);
			}
		}
		chosen.sort(Comparator.comparingInt(candidates::indexOf));
		return chosen;
	}

	/**
	 * The first change, in the order changes are worth saying, that gives the format and
	 * that the model stands behind, in any direction; {@code null} when there is none.
	 */
	private Change anyChangeTo(Answers answers, double[] before, Format current, Format wanted) {
		for (Question question : this.changeOrder) {
			if (!offersChangesOf(question)) {
				continue;
			}
			for (Direction direction : Direction.values()) {
				Change change = nearestChange(answers, before, question, current, direction, wanted);
				if (change != null) {
					return change;
				}
			}
		}
		return null;
	}

	private static void addIfAny(List<Change> candidates, Change change) {
		if (change != null) {
			candidates.add(change);
		}
	}

	/**
	 * The nearest different answer to one question, in the given direction, that changes
	 * the format (to the wanted one, when one is named) in a way the model stands behind;
	 * {@code null} when there is none.
	 */
	private Change nearestChange(Answers answers, double[] before, Question question, Format current,
			Direction direction, Format wanted) {
		int answered = answers.index(question);
		for (int distance = 1; distance < question.optionCount(); distance++) {
			for (int option : new int[] { answered - distance, answered + distance }) {
				boolean inRange = option >= 0 && option < question.optionCount();
				if (inRange && direction.allows(option - answered) && canReach(question, answered, option)) {
					Answers changedAnswers = answers.with(question, option);
					double[] keeps = keeps(changedAnswers);
					double[] after = rawScores(pulls(changedAnswers), this.weights, keeps);
					Format changed = top(after, keeps);
					if (changed != current && (wanted == null || changed == wanted)
							&& supported(changed, before, after, keeps)) {
						return new Change(question, question.optionId(option), changed);
					}
				}
			}
		}
		return null;
	}

	/**
	 * Whether the model offers changes to this question: every question, unless the model
	 * names the preferences whose changes the article supports; circumstances always.
	 */
	private boolean offersChangesOf(Question question) {
		return this.changeRule.preferences() == null || this.improvable.contains(question)
				|| this.preferences.contains(question);
	}

	/**
	 * Whether a person could move a circumstance from one answer to another: where the
	 * model names the answers a person can act towards, only to one of those and never to
	 * a harder one. Preferences, and every change of a model that names none, may move
	 * freely.
	 */
	private boolean canReach(Question question, int answered, int option) {
		if (this.reachable == null || !this.improvable.contains(question)) {
			return true;
		}
		Set<String> towards = this.reachable.get(question);
		return option < answered && towards != null && towards.contains(question.optionId(option));
	}

	/**
	 * For each format the nearest change of each circumstance does not reach: a
	 * circumstance changed further that reaches it alone, or else the nearest two changed
	 * together (the first pair in the model's order), re-scored like any change.
	 */
	private List<Change> pairedChanges(Answers answers, double[] before, Format current, List<Change> singles) {
		List<Question> circumstances = Arrays.stream(this.changeOrder).filter(this.improvable::contains).toList();
		List<Change> pairs = new ArrayList<>();
		for (Format wanted : this.tieOrder) {
			boolean reachedAlone = singles.stream()
				.anyMatch((change) -> change.format() == wanted && this.improvable.contains(change.question()));
			if (wanted == current || reachedAlone) {
				continue;
			}
			// A circumstance changed further may reach it alone (every week, not most
			// weeks, gives synchronous): one answer says more than two.
			Change single = null;
			for (int i = 0; i < circumstances.size() && single == null; i++) {
				single = nearestChange(answers, before, circumstances.get(i), current, Direction.EASIER, wanted);
			}
			if (single != null) {
				pairs.add(single);
				continue;
			}
			Change best = null;
			int bestDistance = Integer.MAX_VALUE;
			for (int i = 0; i < circumstances.size(); i++) {
				for (int j = i + 1; j < circumstances.size(); j++) {
					Question first = circumstances.get(i);
					Question second = circumstances.get(j);
					int firstAnswered = answers.index(first);
					int secondAnswered = answers.index(second);
					for (int a = firstAnswered - 1; a >= 0; a--) {
						for (int b = secondAnswered - 1; b >= 0; b--) {
							int distance = (firstAnswered - a) + (secondAnswered - b);
							if (distance < bestDistance && canReach(first, firstAnswered, a)
									&& canReach(second, secondAnswered, b)) {
								Answers changedAnswers = answers.with(first, a).with(second, b);
								double[] keeps = keeps(changedAnswers);
								double[] after = rawScores(pulls(changedAnswers), this.weights, keeps);
								if (top(after, keeps) == wanted && supported(wanted, before, after, keeps)) {
									best = new Change(first, first.optionId(a), wanted, second, second.optionId(b));
									bestDistance = distance;
								}
							}
						}
					}
				}
			}
			addIfAny(pairs, best);
		}
		return pairs;
	}

	/**
	 * Whether a change moves the result the way the model's trade-offs say it should: the
	 * format it names must stay clearly possible under the limits and, where the model
	 * asks, gain from the change itself rather than only lose less than the others.
	 */
	private boolean supported(Format named, double[] before, double[] after, double[] keeps) {
		if (keeps[named.ordinal()] < this.changeRule.leastScoreKept()) {
			return false;
		}
		return !this.changeRule.raisesNamedFormat() || after[named.ordinal()] > before[named.ordinal()];
	}

	public double[] pulls(Answers answers) {
		double[] pulls = new double[this.rules.length];
		for (Rule rule : this.rules) {
			pulls[rule.tradeOff().ordinal()] = rule.pull(answers);
		}
		return pulls;
	}

	/** The share of its score each format keeps under the limits, by format ordinal. */
	public double[] keeps(Answers answers) {
		double[] keeps = { 1.0, 1.0, 1.0 };
		for (Limit limit : this.limits) {
			limit.apply(answers, keeps);
		}
		return keeps;
	}

	/** Scores before rounding, indexed by format ordinal. */
	public double[] rawScores(Answers answers) {
		return rawScores(pulls(answers), this.weights, keeps(answers));
	}

	/** Scores before rounding, indexed by format ordinal, for the given weights. */
	public double[] rawScores(double[] pulls, double[] weights, double[] keeps) {
		double synchronousSideWeight = 0;
		double asynchronousSideWeight = 0;
		for (Rule rule : this.rules) {
			if (!rule.scored()) {
				continue;
			}
			if (rule.tradeOff().favours() == Format.SYNCHRONOUS) {
				synchronousSideWeight += weights[rule.tradeOff().ordinal()];
			}
			else {
				asynchronousSideWeight += weights[rule.tradeOff().ordinal()];
			}
		}
		double synchronousSide = 0;
		double asynchronousSide = 0;
		double hybridCover = 0;
		for (Rule rule : this.rules) {
			if (!rule.scored()) {
				// Its answers are circumstances: they count once, through the limits.
				continue;
			}
			int i = rule.tradeOff().ordinal();
			double share;
			if (rule.tradeOff().favours() == Format.SYNCHRONOUS) {
				share = weights[i] * pulls[i] / synchronousSideWeight;
				synchronousSide += share;
			}
			else {
				share = weights[i] * pulls[i] / asynchronousSideWeight;
				asynchronousSide += share;
			}
			// A covered trade-off counts for hybrid, a barely covered one against it.
			hybridCover += share * (2 * rule.hybrid() - 1);
		}
		ModelFile.Scores shape = this.scoreShape;
		double[] raw = new double[FORMATS.length];
		raw[Format.SYNCHRONOUS.ordinal()] = limited(
				shape.centre() + shape.centre() * shape.pointsPerPull() * (synchronousSide - asynchronousSide),
				keeps[Format.SYNCHRONOUS.ordinal()]);
		raw[Format.ASYNCHRONOUS.ordinal()] = limited(
				shape.centre() + shape.centre() * shape.pointsPerPull() * (asynchronousSide - synchronousSide),
				keeps[Format.ASYNCHRONOUS.ordinal()]);
		raw[Format.HYBRID.ordinal()] = limited(
				shape.centre() + shape.centre() * shape.hybridPointsPerPull() * hybridCover
						+ shape.centre() * shape.bothWaysPoints() * Math.min(synchronousSide, asynchronousSide),
				keeps[Format.HYBRID.ordinal()]);
		return raw;
	}

	/** A score held within the scale, then cut to the share the limits keep. */
	private double limited(double score, double keep) {
		double lowest = this.scoreShape.lowest();
		double held = Math.max(lowest, Math.min(this.scoreShape.highest(), score));
		return lowest + (held - lowest) * keep;
	}

	/** The best possible format; ties go by the model's tie order. */
	private Format top(double[] raw, double[] keeps) {
		Format best = null;
		for (Format format : this.tieOrder) {
			if (keeps[format.ordinal()] > 0 && (best == null || raw[format.ordinal()] > raw[best.ordinal()])) {
				best = format;
			}
		}
		return (best != null) ? best : this.tieOrder[0];
	}

	private String ruledOutBy(Answers answers, Format format) {
		for (Limit limit : this.limits) {
			if (limit.keep(answers, format) == 0) {
				return limit.id();
			}
		}
		throw new IllegalStateException("No limit rules out " + format);
	}

	/**
	 * The best format after the recommended one that the learner could take part in, or
	 * {@code null} when every other format is ruled out.
	 */
	private Format runnerUp(Map<Format, Integer> scores, Format format, Set<Format> ruledOut) {
		Format runnerUp = null;
		for (Format other : this.tieOrder) {
			boolean possible = other != format && !ruledOut.contains(other);
			if (possible && (runnerUp == null || scores.get(other) > scores.get(runnerUp))) {
				runnerUp = other;
			}
		}
		return runnerUp;
	}

	/**
	 * How settled the result is: the margin to the runner-up, a level less when moving
	 * one trade-off's weight a little would change the format, and never clear for a
	 * format the learner's circumstances leave little of.
	 */
	private Settling confidence(Map<Format, Integer> scores, Format format, Format runnerUp, double[] pulls,
			double[] keeps) {
		if (runnerUp == null) {
			return new Settling(Confidence.HIGH, Assessment.SettledBy.MARGIN);
		}
		int margin = scores.get(format) - scores.get(runnerUp);
		Confidence confidence = (margin >= this.confidenceRule.high()) ? Confidence.HIGH
				: (margin >= this.confidenceRule.medium()) ? Confidence.MEDIUM : Confidence.LOW;
		Assessment.SettledBy by = Assessment.SettledBy.MARGIN;
		if (this.confidenceRule.weightChange() > 0 && flipsWhenAWeightMoves(format, pulls, keeps)) {
			confidence = lessSettled(confidence);
			by = Assessment.SettledBy.WEIGHTS;
		}
		if (confidence == Confidence.HIGH && keeps[format.ordinal()] < this.confidenceRule.clearNeedsScoreKept()) {
			confidence = Confidence.MEDIUM;
			by = Assessment.SettledBy.LIMITS;
		}
		return new Settling(confidence, by);
	}

	/** How settled a result is, and what made it less settled than its margin says. */
	private record Settling(Confidence confidence, Assessment.SettledBy by) {

	}

	private static Confidence lessSettled(Confidence confidence) {
		return (confidence == Confidence.HIGH) ? Confidence.MEDIUM : Confidence.LOW;
	}

	/** Whether moving any one trade-off's weight up or down changes the format. */
	boolean flipsWhenAWeightMoves(Format format, double[] pulls, double[] keeps) {
		return weightMovesThatFlip(format, pulls, keeps, this.confidenceRule.weightChange(), true) != 0;
	}

	/**
	 * Which single-weight moves by the given share change the format, as bits (bit
	 * {@code 2i}: trade-off {@code i}'s weight down, {@code 2i+1}: up); with
	 * {@code firstOnly}, stops at the first one found.
	 */
	private int weightMovesThatFlip(Format format, double[] pulls, double[] keeps, double change, boolean firstOnly) {
		int flips = 0;
		double[] moved = this.weights.clone();
		for (int i = 0; i < moved.length; i++) {
			if (!this.rules[i].scored()) {
				// Counted through the limits: its weight moves no score.
				continue;
			}
			for (int up = 0; up <= 1; up++) {
				moved[i] = this.weights[i] * ((up == 0) ? 1 - change : 1 + change);
				if (top(rawScores(pulls, moved, keeps), keeps) != format) {
					flips |= 1 << (2 * i + up);
					if (firstOnly) {
						return flips;
					}
				}
			}
			moved[i] = this.weights[i];
		}
		return flips;
	}

	private Assessment.Fit fit(int score, Format runnerUp, Confidence confidence) {
		if (runnerUp == null) {
			return (score >= this.headlineRule.fair()) ? Assessment.Fit.ONLY : Assessment.Fit.ONLY_WEAK;
		}
		if (this.headlineRule.closeCallLeans() && confidence == Confidence.LOW) {
			return Assessment.Fit.LEANS;
		}
		return (score >= this.headlineRule.good()) ? Assessment.Fit.GOOD
				: (score >= this.headlineRule.fair()) ? Assessment.Fit.FAIR : Assessment.Fit.WEAK;
	}

	private List<Reason> reasons(Answers answers, double[] pulls) {
		double total = 0;
		for (Rule rule : this.rules) {
			if (isReason(pulls, rule)) {
				total += Math.abs(share(rule, pulls));
			}
		}
		List<Reason> reasons = new ArrayList<>();
		for (Rule rule : this.rules) {
			if (isReason(pulls, rule)) {
				double pull = pulls[rule.tradeOff().ordinal()];
				double direction = Math.signum(pull);
				Reason.Strength strength = (Math.abs(pull) >= this.reasonRule.strongPull()
						|| rule.hasExtremeAnswer(answers, direction, this.reasonRule)) ? Reason.Strength.STRONG
								: Reason.Strength.MILD;
				Format favours = (pull > 0) ? rule.tradeOff().favours() : other(rule.tradeOff().favours());
				reasons.add(new Reason(rule.tradeOff(), favours, Math.abs(share(rule, pulls)) / total, strength,
						rule.drivers(answers, direction, this.reasonRule.strongAnswer())));
			}
		}
		reasons.sort(Comparator.comparingDouble(Reason::weight).reversed());
		return reasons;
	}

	private boolean isReason(double[] pulls, Rule rule) {
		return Math.abs(pulls[rule.tradeOff().ordinal()]) >= this.reasonRule.minPull();
	}

	/**
	 * The student's short list, each on answers of its own: first the reasons behind a
	 * limit that cut a format hard (they decide more than their share says), then, for a
	 * hybrid result, the strongest reason of each side, then the weightiest of the rest.
	 */
	private List<Reason> studentReasons(List<Reason> reasons, Format format, Answers answers) {
		ModelFile.StudentReasons rule = this.reasonRule.student();
		// The limits of one trade-off cut together (a shared computer on a so-so
		// connection), so their shares multiply before they are compared.
		Map<TradeOff, double[]> keptByTradeOff = new EnumMap<>(TradeOff.class);
		for (Limit limit : this.limits) {
			if (limit.tradeOff() != null) {
				limit.apply(answers,
						keptByTradeOff.computeIfAbsent(limit.tradeOff(), (key) -> new double[] { 1, 1, 1 }));
			}
		}
		Set<TradeOff> limiting = EnumSet.noneOf(TradeOff.class);
		keptByTradeOff.forEach((tradeOff, kept) -> {
			if (Math.min(kept[0], Math.min(kept[1], kept[2])) < rule.limitsFirstBelow()) {
				limiting.add(tradeOff);
			}
		});
		if (rule.forAndRisksApart()) {
			Set<TradeOff> cutting = EnumSet.noneOf(TradeOff.class);
			keptByTradeOff.forEach((tradeOff, kept) -> {
				if (kept[format.ordinal()] < 1) {
					cutting.add(tradeOff);
				}
			});
			return forAndRisks(reasons, format, limiting, cutting, rule);
		}
		List<Reason> shown = new ArrayList<>();
		Set<Question> used = new HashSet<>();
		for (Reason reason : reasons) {
			if (limiting.contains(reason.tradeOff())) {
				addIfRoom(shown, used, reason, rule);
			}
		}
		if (rule.bothSidesForHybrid() && format == Format.HYBRID) {
			// Chosen for being pulled both ways: the sides take turns.
			List<Reason> live = side(reasons, Format.SYNCHRONOUS, rule);
			List<Reason> selfPaced = side(reasons, Format.ASYNCHRONOUS, rule);
			for (int i = 0; i < Math.max(live.size(), selfPaced.size()); i++) {
				if (i < live.size()) {
					addIfRoom(shown, used, live.get(i), rule);
				}
				if (i < selfPaced.size()) {
					addIfRoom(shown, used, selfPaced.get(i), rule);
				}
			}
		}
		for (Reason reason : reasons) {
			if (reason.weight() >= rule.leastShare()) {
				addIfRoom(shown, used, reason, rule);
			}
		}
		shown.sort(Comparator.comparingInt(reasons::indexOf));
		return shown;
	}

	/**
	 * The student's short list as two: the reasons the format fits (those behind a limit
	 * that cut another format hard first, then for hybrid each side in turn, then the
	 * weightiest), and apart from them the format's own risks for this learner, the
	 * weightiest first. Each rests on answers of its own.
	 */
	private List<Reason> forAndRisks(List<Reason> reasons, Format format, Set<TradeOff> limiting, Set<TradeOff> cutting,
			ModelFile.StudentReasons rule) {
		List<Reason> candidates = reasons.stream().filter((reason) -> reason.weight() >= rule.leastShare()).toList();
		List<Reason> forIt = new ArrayList<>();
		// Whatever its share: a limit that cut hard decides more than the pull says.
		for (Reason reason : reasons) {
			if (reason.isFor(format) && limiting.contains(reason.tradeOff())) {
				forIt.add(reason);
			}
		}
		if (rule.bothSidesForHybrid() && format == Format.HYBRID) {
			List<Reason> live = candidates.stream()
				.filter((reason) -> reason.isFor(format) && reason.favours() == Format.SYNCHRONOUS)
				.toList();
			List<Reason> selfPaced = candidates.stream()
				.filter((reason) -> reason.isFor(format) && reason.favours() == Format.ASYNCHRONOUS)
				.toList();
			for (int i = 0; i < Math.max(live.size(), selfPaced.size()); i++) {
				if (i < live.size()) {
					forIt.add(live.get(i));
				}
				if (i < selfPaced.size()) {
					forIt.add(selfPaced.get(i));
				}
			}
		}
		candidates.stream().filter((reason) -> reason.isFor(format)).forEach(forIt::add);
		Set<Question> used = new HashSet<>();
		List<Reason> shown = new ArrayList<>();
		pickDistinct(forIt, rule.forMost(), used, shown, rule);
		// A risk whose circumstances cut this very format comes first: the learner's
		// setup or week is what may get in the way. Then the weightiest; for hybrid, by
		// the part of it hybrid leaves the learner (its live sessions spare only part of
		// a
		// schedule's or a setup's risk, and meet only part of the need for people).
		List<Reason> risks = new ArrayList<>();
		candidates.stream()
			.filter((reason) -> reason.isRiskOf(format) && cutting.contains(reason.tradeOff()))
			.forEach(risks::add);
		candidates.stream()
			.filter((reason) -> reason.isRiskOf(format))
			.sorted(Comparator.comparingDouble((Reason reason) -> remainingRisk(reason, format)).reversed())
			.forEach(risks::add);
		pickDistinct(risks, rule.risksMost(), used, shown, rule);
		// One strength the format does not use (a self-starter told to take live classes)
		// where room is left: it says the learner could also manage the other way.
		// (A preference only: a steady week beside a self-paced result is no news.)
		pickDistinct(candidates.stream()
			.filter((reason) -> reason.isStrength() && !reason.isFor(format)
					&& this.rules[reason.tradeOff().ordinal()].scored())
			.toList(), Math.min(1, rule.most() - shown.size()), used, shown, rule);
		shown.sort(Comparator.comparingInt(reasons::indexOf));
		return shown;
	}

	/** How much of a risk the format leaves the learner: all of it, but for hybrid. */
	private double remainingRisk(Reason reason, Format format) {
		double left = (format == Format.HYBRID) ? 1 - this.rules[reason.tradeOff().ordinal()].hybrid() : 1;
		return reason.weight() * left;
	}

	/**
	 * Up to {@code most} of the given reasons, in order, none resting on a used answer.
	 */
	private static void pickDistinct(List<Reason> ordered, int most, Set<Question> used, List<Reason> shown,
			ModelFile.StudentReasons rule) {
		int picked = 0;
		for (Reason reason : ordered) {
			boolean restates = rule.distinctAnswers() && reason.questions().stream().anyMatch(used::contains);
			if (picked < most && !shown.contains(reason) && !restates) {
				shown.add(reason);
				used.addAll(reason.questions());
				picked++;
			}
		}
	}

	private static List<Reason> side(List<Reason> reasons, Format side, ModelFile.StudentReasons rule) {
		return reasons.stream()
			.filter((reason) -> reason.favours() == side && reason.weight() >= rule.leastShare())
			.toList();
	}

	private static void addIfRoom(List<Reason> shown, Set<Question> used, Reason reason,
			ModelFile.StudentReasons rule) {
		boolean restates = rule.distinctAnswers() && reason.questions().stream().anyMatch(used::contains);
		if (shown.size() < rule.most() && !shown.contains(reason) && !restates) {
			shown.add(reason);
			used.addAll(reason.questions());
		}
	}

	/** A trade-off's weighted pull as a part of its side's full weight. */
	private double share(Rule rule, double[] pulls) {
		double sideWeight = (rule.tradeOff().favours() == Format.SYNCHRONOUS) ? this.synchronousSideWeight
				: this.asynchronousSideWeight;
		return rule.weight() * pulls[rule.tradeOff().ordinal()] / sideWeight;
	}

	private static Format other(Format pure) {
		return (pure == Format.SYNCHRONOUS) ? Format.ASYNCHRONOUS : Format.SYNCHRONOUS;
	}

	/**
	 * The steps (or questions to ask a school) for the recommended format: its basic
	 * checks always, the others only where the trade-off they soften matters to this
	 * learner, never one the answers say the learner cannot take; the most pressing
	 * first.
	 */
	private List<NextStep> offered(List<Step> steps, int most, Format format, Answers answers, double[] pulls) {
		List<Step> offered = new ArrayList<>();
		for (Step step : steps) {
			NextStep nextStep = step.step();
			boolean forThisFormat = nextStep.formats().isEmpty() || nextStep.formats().contains(format);
			boolean matters = nextStep.mitigates() == null
					|| pulls[nextStep.mitigates().ordinal()] >= this.reasonRule.minPull();
			if (forThisFormat && matters && step.fits(answers)) {
				offered.add(step);
			}
		}
		offered.sort(Comparator.comparingDouble((Step step) -> urgency(step.step(), pulls)).reversed());
		// The format's basic checks always keep their place; the rest take the room left,
		// the most pressing first.
		long basics = offered.stream().filter((step) -> step.step().mitigates() == null).count();
		long room = Math.max(0, most - basics);
		List<NextStep> chosen = new ArrayList<>();
		for (Step step : offered) {
			if (step.step().mitigates() == null) {
				chosen.add(step.step());
			}
			else if (room > 0) {
				chosen.add(step.step());
				room--;
			}
		}
		return chosen;
	}

	/** A basic check ranks with a trade-off that matters firmly. */
	private double urgency(NextStep step, double[] pulls) {
		return (step.mitigates() != null) ? pulls[step.mitigates().ordinal()] : this.reasonRule.strongPull();
	}

	// Reading and checking the file

	private static <T> T require(T value, String what) {
		if (value == null) {
			throw new ModelFileInvalid("The model file has no " + what);
		}
		return value;
	}

	static Question question(String id) {
		return Question.byId(id).orElseThrow(() -> new ModelFileInvalid("No question " + id));
	}

	static TradeOff tradeOff(String id) {
		return Arrays.stream(TRADE_OFFS)
			.filter((tradeOff) -> tradeOff.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ModelFileInvalid("No trade-off " + id));
	}

	private static Format[] allFormatsOnce(List<Format> formats, String what) {
		require(formats, what);
		if (formats.size() != FORMATS.length || EnumSet.copyOf(formats).size() != FORMATS.length) {
			throw new ModelFileInvalid(what + " must name every format once");
		}
		return formats.toArray(Format[]::new);
	}

	private static Question[] allQuestionsOnce(List<String> ids) {
		require(ids, "changes.order");
		Set<Question> seen = EnumSet.noneOf(Question.class);
		for (String id : ids) {
			if (!seen.add(question(id))) {
				throw new ModelFileInvalid("changes.order names " + id + " twice");
			}
		}
		if (seen.size() != Question.count()) {
			throw new ModelFileInvalid("changes.order must name every question");
		}
		return ids.stream().map(DataModel::question).toArray(Question[]::new);
	}

	private static Rule[] rules(List<ModelFile.TradeOffRule> entries) {
		Rule[] rules = new Rule[TRADE_OFFS.length];
		for (ModelFile.TradeOffRule entry : entries) {
			TradeOff tradeOff = tradeOff(entry.id());
			if (rules[tradeOff.ordinal()] != null) {
				throw new ModelFileInvalid("Trade-off " + entry.id() + " is weighed twice");
			}
			rules[tradeOff.ordinal()] = Rule.of(tradeOff, entry);
		}
		for (TradeOff tradeOff : TRADE_OFFS) {
			if (rules[tradeOff.ordinal()] == null) {
				throw new ModelFileInvalid("Trade-off " + tradeOff.id() + " is not weighed");
			}
		}
		return rules;
	}

	/**
	 * A question's options as an array in the question's own order, from a map by option
	 * id that must name every option once.
	 */
	static double[] byOption(Question question, Map<String, Double> values, double lowest, double highest) {
		require(values, question.id() + " options");
		if (!values.keySet().equals(new HashSet<>(question.optionIds()))) {
			throw new ModelFileInvalid(question.id() + " must give exactly its options " + question.optionIds()
					+ ", not " + values.keySet());
		}
		double[] array = new double[question.optionCount()];
		for (int i = 0; i < array.length; i++) {
			double value = require(values.get(question.optionId(i)), question.id() + " " + question.optionId(i));
			if (value < lowest || value > highest) {
				throw new ModelFileInvalid(question.id() + " " + question.optionId(i) + " is out of range");
			}
			array[i] = value;
		}
		return array;
	}

	/** Answers as a condition: for each question named, the options that meet it. */
	static Map<Question, Set<String>> answerCondition(Map<String, List<String>> condition) {
		Map<Question, Set<String>> answers = new LinkedHashMap<>();
		if (condition != null) {
			condition.forEach((questionId, optionIds) -> {
				Question question = question(questionId);
				for (String optionId : optionIds) {
					if (question.indexOf(optionId) < 0) {
						throw new ModelFileInvalid(questionId + " has no option " + optionId);
					}
				}
				answers.put(question, Set.copyOf(optionIds));
			});
		}
		return answers;
	}

	/** Which way a suggested change may move an answer along its scale. */
	private enum Direction {

		/** Towards the first option: the easiest circumstance to study with. */
		EASIER,

		/** Towards the last option. */
		HARDER,

		/** Either way. */
		EITHER;

		boolean allows(int step) {
			return switch (this) {
				case EASIER -> step < 0;
				case HARDER -> step > 0;
				case EITHER -> true;
			};
		}

	}

	/** How a trade-off's answers combine into its pull, by the name the file gives it. */
	private enum Combine {

		/** A weighted sum: each answer adds its part. */
		SUM("add-up"),

		/** Any one bad answer is enough: one minus the chance that none bites. */
		ANY("any-one-answer"),

		/** It matters only as far as every answer says so: the product. */
		BOTH("all-answers");

		private final String name;

		Combine(String name) {
			this.name = name;
		}

		static Combine named(String name, String where) {
			for (Combine combine : values()) {
				if (combine.name.equals(name)) {
					return combine;
				}
			}
			throw new ModelFileInvalid(where + " combine must be add-up, any-one-answer or all-answers");
		}

	}

	/**
	 * How strongly one question's answers bear on a trade-off.
	 *
	 * @param question the question
	 * @param part its part in a {@link Combine#SUM}
	 * @param values the pull of each option, in the question's option order
	 */
	private record Factor(Question question, double part, double[] values) {

		double value(Answers answers) {
			return this.values[answers.index(this.question)];
		}

		double contribution(Answers answers) {
			return this.part * value(answers);
		}

	}

	/**
	 * One trade-off's part in the model.
	 *
	 * @param tradeOff the trade-off
	 * @param weight how much it counts against the others
	 * @param hybrid how much of it a hybrid course delivers, or spares the learner, from
	 * 0 to 1
	 * @param combine how its factors combine
	 * @param factors the questions that bear on it
	 */
	private record Rule(TradeOff tradeOff, double weight, double hybrid, Combine combine, Factor[] factors,
			boolean scored) {

		static Rule of(TradeOff tradeOff, ModelFile.TradeOffRule entry) {
			if (!(entry.weight() > 0) || entry.hybrid() < 0 || entry.hybrid() > 1) {
				throw new ModelFileInvalid(entry.id() + " needs a weight above 0 and a hybrid share of 0-1");
			}
			if (require(entry.favours(), entry.id() + " favours") != tradeOff.favours()) {
				String side = entry.id() + " favours " + tradeOff.favours();
				throw new ModelFileInvalid(side + " in the article, not " + entry.favours());
			}
			Combine combine = Combine.named(require(entry.combine(), entry.id() + " combine"), entry.id());
			Set<Question> seen = EnumSet.noneOf(Question.class);
			Factor[] factors = require(entry.answers(), entry.id() + " answers").stream().map((pull) -> {
				Question question = question(pull.question());
				if (!seen.add(question)) {
					throw new ModelFileInvalid(entry.id() + " names " + question.id() + " twice");
				}
				double part = (pull.part() != null) ? pull.part() : 1.0;
				double lowest = (combine == Combine.SUM) ? -1 : 0;
				return new Factor(question, part, byOption(question, pull.pulls(), lowest, 1));
			}).toArray(Factor[]::new);
			if (factors.length == 0) {
				throw new ModelFileInvalid(entry.id() + " has no answers");
			}
			return new Rule(tradeOff, entry.weight(), entry.hybrid(), combine, factors,
					countedThroughPulls(entry.countedThrough(), entry.id()));
		}

		/**
		 * Whether a trade-off's pull counts in the scores ({@code pulls}, the default),
		 * or its answers count once, through the limits ({@code limits}).
		 */
		private static boolean countedThroughPulls(String countedThrough, String id) {
			if (countedThrough == null || countedThrough.equals("pulls")) {
				return true;
			}
			if (countedThrough.equals("limits")) {
				return false;
			}
			throw new ModelFileInvalid(id + " countedThrough must be pulls or limits");
		}

		double pull(Answers answers) {
			return switch (this.combine) {
				case SUM -> {
					double sum = 0;
					for (Factor factor : this.factors) {
						sum += factor.contribution(answers);
					}
					yield sum;
				}
				case ANY -> {
					double noneBites = 1;
					for (Factor factor : this.factors) {
						noneBites *= 1 - factor.value(answers);
					}
					yield 1 - noneBites;
				}
				case BOTH -> {
					double product = 1;
					for (Factor factor : this.factors) {
						product *= factor.value(answers);
					}
					yield product;
				}
			};
		}

		/**
		 * Whether one of the main answers behind this trade-off is at the very end of its
		 * scale, in the direction it pulls. A side factor (a small part of a sum) never
		 * makes a reason strong on its own.
		 */
		boolean hasExtremeAnswer(Answers answers, double direction, ModelFile.Reasons rule) {
			for (Factor factor : this.factors) {
				if (factor.part() >= rule.mainPart() && direction * factor.value(answers) >= rule.extremeAnswer()) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The questions that made this trade-off matter, the strongest first: those whose
		 * answer pulls clearly its way, or else the one that pulls most, so that an
		 * explanation never leans on an answer that points the other way.
		 */
		List<Question> drivers(Answers answers, double direction, double strongAnswer) {
			List<Factor> driving = new ArrayList<>(this.factors.length);
			Factor strongest = null;
			for (Factor factor : this.factors) {
				double value = direction * factor.value(answers);
				if (value >= strongAnswer) {
					driving.add(factor);
				}
				if (strongest == null || value > direction * strongest.value(answers)) {
					strongest = factor;
				}
			}
			if (driving.isEmpty()) {
				driving.add(strongest);
			}
			driving.sort(
					Comparator.comparingDouble((Factor factor) -> direction * factor.contribution(answers)).reversed());
			List<Question> questions = new ArrayList<>(driving.size());
			for (Factor factor : driving) {
				questions.add(factor.question());
			}
			return questions;
		}

	}

	/**
	 * A limit as the engine runs it: the share of its score each format keeps, by the
	 * option of one question, or for one combination of answers.
	 */
	private record Limit(String id, TradeOff tradeOff, Question question, double[][] keepsByFormat,
			Map<Question, Set<String>> when, double[] keepWhen) {

		static Limit of(ModelFile.Limit entry) {
			String id = require(entry.id(), "limit id");
			TradeOff tradeOff = (entry.tradeOff() != null) ? DataModel.tradeOff(entry.tradeOff()) : null;
			if (entry.question() != null) {
				Question question = DataModel.question(entry.question());
				double[][] keeps = new double[FORMATS.length][];
				require(entry.scoreKeptByAnswer(), id + " scoreKeptByAnswer")
					.forEach((format, byOption) -> keeps[format.ordinal()] = byOption(question, byOption, 0, 1));
				return new Limit(id, tradeOff, question, keeps, Map.of(), null);
			}
			Map<Question, Set<String>> when = answerCondition(require(entry.when(), id + " when"));
			double[] keep = { 1.0, 1.0, 1.0 };
			require(entry.scoreKept(), id + " scoreKept").forEach((format, share) -> {
				if (share < 0 || share > 1) {
					throw new ModelFileInvalid(id + " keeps a share outside 0-1");
				}
				keep[format.ordinal()] = share;
			});
			return new Limit(id, tradeOff, null, null, when, keep);
		}

		void apply(Answers answers, double[] keeps) {
			if (this.question != null) {
				int option = answers.index(this.question);
				for (int format = 0; format < keeps.length; format++) {
					if (this.keepsByFormat[format] != null) {
						keeps[format] *= this.keepsByFormat[format][option];
					}
				}
			}
			else if (applies(answers)) {
				for (int format = 0; format < keeps.length; format++) {
					keeps[format] *= this.keepWhen[format];
				}
			}
		}

		boolean canRuleOut(Format format) {
			if (this.question != null) {
				double[] byOption = this.keepsByFormat[format.ordinal()];
				return byOption != null && Arrays.stream(byOption).anyMatch((share) -> share == 0);
			}
			return this.keepWhen[format.ordinal()] == 0;
		}

		double keep(Answers answers, Format format) {
			double[] keeps = { 1.0, 1.0, 1.0 };
			apply(answers, keeps);
			return keeps[format.ordinal()];
		}

		private boolean applies(Answers answers) {
			for (Map.Entry<Question, Set<String>> condition : this.when.entrySet()) {
				if (!condition.getValue().contains(answers.optionId(condition.getKey()))) {
					return false;
				}
			}
			return true;
		}

	}

	/** A next step with the answers it needs and the answers that rule it out. */
	private record Step(NextStep step, Map<Question, Set<String>> onlyIf, Map<Question, Set<String>> unless) {

		static Step of(ModelFile.Step entry, NextStep.Kind kind) {
			require(entry.id(), "next step id");
			TradeOff mitigates = (entry.mitigates() != null) ? tradeOff(entry.mitigates()) : null;
			Set<Format> formats = (entry.formats() != null) ? EnumSet.noneOf(Format.class) : Set.of();
			if (entry.formats() != null) {
				formats.addAll(entry.formats());
			}
			return new Step(new NextStep(entry.id(), kind, formats, mitigates), answerCondition(entry.onlyIf()),
					answerCondition(entry.unless()));
		}

		boolean fits(Answers answers) {
			boolean needed = this.onlyIf.isEmpty() || anyGiven(this.onlyIf, answers);
			return needed && !anyGiven(this.unless, answers);
		}

		static boolean anyGiven(Map<Question, Set<String>> condition, Answers answers) {
			for (Map.Entry<Question, Set<String>> each : condition.entrySet()) {
				if (each.getValue().contains(answers.optionId(each.getKey()))) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * An advisor flag with the rule that raises it, and the answers one of which it also
	 * needs (none: its own answers are enough).
	 */
	private record FlagRule(AdvisorFlag flag, Map<Question, Set<String>> onlyIf) {

		static FlagRule of(ModelFile.Flag entry) {
			require(entry.id(), "flag id");
			TradeOff tradeOff = (entry.tradeOff() != null) ? tradeOff(entry.tradeOff()) : null;
			Map<Question, Set<String>> answers = answerCondition(entry.answers());
			if (!entry.raisedByCloseCall() && answers.isEmpty()) {
				throw new ModelFileInvalid("Flag " + entry.id() + " is raised by neither answers nor a close call");
			}
			return new FlagRule(new AdvisorFlag(entry.id(), tradeOff,
					EnumSet.copyOf(require(entry.formats(), entry.id() + " formats")), answers,
					entry.raisedByCloseCall()), answerCondition(entry.onlyIf()));
		}

		boolean raisedFor(Format format, Confidence confidence, Answers answers) {
			if (this.flag.closeCall()) {
				return confidence == Confidence.LOW;
			}
			boolean needed = this.onlyIf.isEmpty() || Step.anyGiven(this.onlyIf, answers);
			return needed && this.flag.formats().contains(format) && !this.flag.raisedBy(answers).isEmpty();
		}

	}

}
