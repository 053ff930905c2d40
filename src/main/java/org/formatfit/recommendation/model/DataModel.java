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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;

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

	private final ModelFile data;

	private final int version;

	private final ModelFile.Scores scoreShape;

	private final Format[] tieOrder;

	/** One rule a trade-off, indexed by the trade-off's ordinal. */
	private final Rule[] rules;

	private final double[] weights;

	private final Limit[] limits;

	private final ReasonPicker reasons;

	private final ConfidenceJudge confidence;

	private final StepPicker stepPicker;

	private final ChangeFinder changes;

	private final int mostNextSteps;

	private final List<Step> steps;

	private final int mostSchoolQuestions;

	private final List<Step> schoolQuestions;

	private final List<FlagRule> flags;

	private final Map<Format, List<String>> talkingPoints;

	DataModel(ModelFile file) {
		this.data = file;
		this.version = file.version();
		this.scoreShape = ModelChecks.require(file.scores(), "scores");
		this.tieOrder = ModelChecks.allFormatsOnce(file.tieOrder(), "tieOrder");
		this.rules = ModelChecks.rules(ModelChecks.require(file.tradeOffs(), "tradeOffs"));
		this.weights = new double[this.rules.length];
		for (Rule rule : this.rules) {
			this.weights[rule.tradeOff().ordinal()] = rule.weight();
		}
		this.limits = (file.limits() != null) ? file.limits().stream().map(Limit::of).toArray(Limit[]::new)
				: new Limit[0];
		if (Arrays.stream(FORMATS).allMatch(this::someLimitCanRuleOut)) {
			throw new ModelFileInvalid("limits: some format must stay possible whatever the answers");
		}
		this.reasons = new ReasonPicker(this.rules, this.limits, file.reasons());
		this.confidence = new ConfidenceJudge(this, file.confidence(), file.headline());
		this.stepPicker = new StepPicker(this.reasons);
		this.changes = new ChangeFinder(this, ModelChecks.require(file.changes(), "changes"), this.tieOrder);
		ModelFile.NextSteps nextSteps = ModelChecks.require(file.nextSteps(), "nextSteps");
		this.mostNextSteps = nextSteps.most();
		this.steps = ModelChecks.require(nextSteps.steps(), "nextSteps.steps")
			.stream()
			.map((entry) -> Step.of(entry, NextStep.Kind.DO))
			.toList();
		ModelFile.NextSteps schoolQuestions = file.schoolQuestions();
		this.mostSchoolQuestions = (schoolQuestions != null) ? schoolQuestions.most() : 0;
		this.schoolQuestions = (schoolQuestions != null)
				? ModelChecks.require(schoolQuestions.steps(), "schoolQuestions.steps")
					.stream()
					.map((entry) -> Step.of(entry, NextStep.Kind.ASK_SCHOOL))
					.toList()
				: List.of();
		this.flags = ModelChecks.require(file.flags(), "flags").stream().map(FlagRule::of).toList();
		this.talkingPoints = new EnumMap<>(Format.class);
		for (Format format : FORMATS) {
			this.talkingPoints.put(format,
					List.copyOf(
							ModelChecks.require(ModelChecks.require(file.talkingPoints(), "talkingPoints").get(format),
									"talkingPoints." + format)));
		}
	}

	private boolean someLimitCanRuleOut(Format format) {
		return Arrays.stream(this.limits).anyMatch((limit) -> limit.canRuleOut(format));
	}

	/**
	 * Whether a trade-off's pull counts in the scores, by its ordinal; one counted
	 * through the limits does not, and moving its weight changes nothing.
	 */
	boolean countsInScores(int tradeOff) {
		return this.rules[tradeOff].scored();
	}

	/** Each trade-off's weight, by its ordinal: what the changes re-score with. */
	double[] weights() {
		return this.weights;
	}

	@Override
	public int version() {
		return this.version;
	}

	@Override
	public ModelFile data() {
		return this.data;
	}

	/**
	 * The scores of one answer set, before any words: computed once, read by the
	 * assessment and by the census.
	 *
	 * @param pulls each trade-off's pull, by ordinal
	 * @param keeps the share of its score each format keeps under the limits
	 * @param format the best possible format
	 * @param scores every format's score, 0 for one ruled out
	 * @param ruledOut the formats ruled out
	 * @param runnerUp the best other possible format, or {@code null}
	 * @param settling how settled the result is
	 */
	private record Scored(double[] pulls, double[] keeps, Format format, Map<Format, Integer> scores,
			Set<Format> ruledOut, Format runnerUp, Settling settling) {

	}

	private Scored score(Answers answers) {
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
		Format runnerUp = runnerUp(scores, format, ruledOut);
		return new Scored(pulls, keeps, format, scores, ruledOut, runnerUp,
				this.confidence.judge(scores, format, runnerUp, pulls, keeps));
	}

	@Override
	public Assessment assess(Answers answers) {
		Scored scored = score(answers);
		Format format = scored.format();
		double[] pulls = scored.pulls();
		Map<Format, String> ruledOut = new EnumMap<>(Format.class);
		for (Format each : scored.ruledOut()) {
			ruledOut.put(each, ruledOutBy(answers, each));
		}
		Confidence confidence = scored.settling().confidence();
		List<Reason> reasons = this.reasons.reasons(answers, pulls);
		List<NextStep> nextSteps = this.stepPicker.offered(this.steps, this.mostNextSteps, format, answers, pulls);
		List<NextStep> schoolQuestions = this.stepPicker.offered(this.schoolQuestions, this.mostSchoolQuestions, format,
				answers, pulls);
		List<AdvisorFlag> raised = new ArrayList<>();
		for (FlagRule flag : this.flags) {
			if (flag.raisedFor(format, confidence, answers)) {
				raised.add(flag.flag());
			}
		}
		return new Assessment(format, scored.scores(), scored.runnerUp(), confidence, scored.settling().by(),
				this.confidence.fit(scored.scores().get(format), scored.runnerUp(), confidence), reasons,
				this.reasons.studentReasons(reasons, format, answers), ruledOut, nextSteps, schoolQuestions, raised,
				this.talkingPoints.get(format));
	}

	/**
	 * What a census of the whole answer space needs of one answer set, without words or
	 * lists: the format, how settled it is, and which single-weight moves of the given
	 * share change it (bit {@code 2i}: trade-off {@code i}'s weight down, {@code 2i+1}:
	 * up).
	 */
	public Outcome outcome(Answers answers, double weightChange) {
		Scored scored = score(answers);
		return new Outcome(
				scored.format(), scored.settling().confidence(), this.confidence.weightMovesThatFlip(scored.format(),
						scored.pulls(), scored.keeps(), weightChange, false),
				scored.ruledOut().size() == FORMATS.length - 1);
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
		return new Recommendation(this.version, answers, assessment, this.changes.whatWouldChange(answers, assessment));
	}

	@Override
	public List<Change> whatWouldChange(Answers answers) {
		return this.changes.whatWouldChange(answers, assess(answers));
	}

	double[] pulls(Answers answers) {
		double[] pulls = new double[this.rules.length];
		for (Rule rule : this.rules) {
			pulls[rule.tradeOff().ordinal()] = rule.pull(answers);
		}
		return pulls;
	}

	/** The share of its score each format keeps under the limits, by format ordinal. */
	double[] keeps(Answers answers) {
		double[] keeps = { 1.0, 1.0, 1.0 };
		for (Limit limit : this.limits) {
			limit.apply(answers, keeps);
		}
		return keeps;
	}

	/**
	 * A format's score before rounding: what the rules' tests compare to see whether a
	 * change raised the format it names.
	 */
	public double rawScore(Answers answers, Format format) {
		return rawScores(answers)[format.ordinal()];
	}

	/** The share of its score a format keeps under the limits (0: not possible). */
	public double scoreKept(Answers answers, Format format) {
		return keeps(answers)[format.ordinal()];
	}

	/** Scores before rounding, indexed by format ordinal. */
	double[] rawScores(Answers answers) {
		return rawScores(pulls(answers), this.weights, keeps(answers));
	}

	/** Scores before rounding, indexed by format ordinal, for the given weights. */
	double[] rawScores(double[] pulls, double[] weights, double[] keeps) {
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
	Format top(double[] raw, double[] keeps) {
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

}
