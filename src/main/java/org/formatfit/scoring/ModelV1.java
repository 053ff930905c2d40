package org.formatfit.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;

import static org.formatfit.questionnaire.Question.BUDGET_GOAL;
import static org.formatfit.questionnaire.Question.BUDGET_PRIORITY;
import static org.formatfit.questionnaire.Question.CONNECTIVITY_EQUIPMENT;
import static org.formatfit.questionnaire.Question.CONNECTIVITY_INTERNET;
import static org.formatfit.questionnaire.Question.CONNECTIVITY_PLACES;
import static org.formatfit.questionnaire.Question.INTERACTION_DISCUSSION;
import static org.formatfit.questionnaire.Question.INTERACTION_INSTRUCTOR;
import static org.formatfit.questionnaire.Question.INTERACTION_ONLINE_EXPERIENCE;
import static org.formatfit.questionnaire.Question.INTERACTION_STUDYING_ALONE;
import static org.formatfit.questionnaire.Question.MOTIVATION_OVERSIGHT;
import static org.formatfit.questionnaire.Question.MOTIVATION_PACE;
import static org.formatfit.questionnaire.Question.MOTIVATION_SELF_START;
import static org.formatfit.questionnaire.Question.SCHEDULE_FLEXIBILITY_NEED;
import static org.formatfit.questionnaire.Question.SCHEDULE_LIVE_SESSIONS;
import static org.formatfit.questionnaire.Question.SCHEDULE_PREDICTABILITY;

/**
 * Scoring model version 1, released with FormatFit 0.1. Frozen: a change to any number
 * here changes what existing share links say, so tune a copy as a new version instead.
 *
 * <p>
 * Each trade-off gets a <em>pull</em> from 0 to 1 from the answers that bear on it: how
 * much it matters to this learner. Weighted pulls add up per side into {@code s} (what
 * live classes give this learner) and {@code a} (what self-paced study gives them). The
 * pure formats score by how far one side outweighs the other; hybrid scores by how much
 * of both sides it can cover at once, so it comes out on top for a learner pulled
 * strongly both ways. Formats with fixed times are then scaled by how often the learner
 * can be online at set times, down to zero for a learner who never can.
 */
final class ModelV1 implements ScoringModel {

	/** Pulls below this are too weak to be called a reason. */
	private static final double MIN_PULL = 0.15;

	/** A trade-off that pulls at least this much matters a lot, and is said so. */
	private static final double STRONG_PULL = 0.5;

	/** An answer at the very end of its scale is said strongly even when alone. */
	private static final double EXTREME_ANSWER = 0.9;

	/**
	 * A factor with at least this part of a sum is one of a trade-off's main questions.
	 */
	private static final double MAIN_FACTOR = 0.3;

	/** An answer that pulls at least this much is one a reason is built on. */
	private static final double STRONG_ANSWER = 0.6;

	/** Spreads the pure formats' scores over the 0-100 range. */
	private static final double PURE_STRETCH = 1.5;

	/** Spreads hybrid's score; hybrid covers both sides only partly. */
	private static final double HYBRID_STRETCH = 1.6;

	/** Share of the synchronous score left by each answer to schedule.live-sessions. */
	private static final double[] SYNCHRONOUS_AVAILABILITY = { 1.0, 0.85, 0.45, 0.0 };

	/**
	 * Hybrid needs only some fixed times, so it suffers less until the answer is "no".
	 */
	private static final double[] HYBRID_AVAILABILITY = { 1.0, 1.0, 0.6, 0.0 };

	private static final int HIGH_MARGIN = 15;

	private static final int MEDIUM_MARGIN = 6;

	private static final int MAX_CHANGES = 3;

	/**
	 * Questions in the order their changes are worth suggesting: circumstances a person
	 * can act on first, preferences and personality last.
	 */
	private static final List<Question> CHANGE_ORDER = List.of(SCHEDULE_LIVE_SESSIONS, CONNECTIVITY_INTERNET,
			CONNECTIVITY_EQUIPMENT, CONNECTIVITY_PLACES, SCHEDULE_PREDICTABILITY, SCHEDULE_FLEXIBILITY_NEED,
			BUDGET_PRIORITY, BUDGET_GOAL, INTERACTION_DISCUSSION, INTERACTION_INSTRUCTOR, INTERACTION_STUDYING_ALONE,
			MOTIVATION_SELF_START, MOTIVATION_OVERSIGHT, MOTIVATION_PACE, INTERACTION_ONLINE_EXPERIENCE);

	/**
	 * Circumstances whose first option is the easiest to study with; only changes towards
	 * it are suggested, since "if your internet were worse" is no advice.
	 */
	private static final Set<Question> IMPROVABLE = EnumSet.of(SCHEDULE_LIVE_SESSIONS, CONNECTIVITY_INTERNET,
			CONNECTIVITY_EQUIPMENT, CONNECTIVITY_PLACES, SCHEDULE_PREDICTABILITY);

	/** Tie-break order when two formats score exactly the same. */
	private static final List<Format> TIE_ORDER = List.of(Format.ASYNCHRONOUS, Format.HYBRID, Format.SYNCHRONOUS);

	private static final Rule[] RULES = {
			new Rule(TradeOff.CLASSROOM_ENGAGEMENT, 1.2, 0.7, Combine.SUM,
					new Factor(INTERACTION_DISCUSSION, 0.7, 1.0, 0.6, 0.15, 0.0),
					new Factor(INTERACTION_ONLINE_EXPERIENCE, 0.3, 0.0, 0.35, 1.0)),
			new Rule(TradeOff.DYNAMIC_LEARNING, 0.7, 0.45, Combine.SUM,
					new Factor(MOTIVATION_PACE, 0.75, 1.0, 0.2, 0.0),
					new Factor(INTERACTION_DISCUSSION, 0.25, 1.0, 0.5, 0.1, 0.0)),
			new Rule(TradeOff.INSTRUCTIONAL_DEPTH, 0.9, 0.6, Combine.SUM,
					new Factor(INTERACTION_INSTRUCTOR, 0.75, 1.0, 0.6, 0.15, 0.0),
					new Factor(MOTIVATION_OVERSIGHT, 0.25, 0.0, 0.1, 0.5, 0.9)),
			new Rule(TradeOff.RIGID_SCHEDULE, 1.5, 0.55, Combine.SUM,
					new Factor(SCHEDULE_PREDICTABILITY, 0.45, 0.0, 0.3, 0.8, 1.0),
					new Factor(SCHEDULE_LIVE_SESSIONS, 0.4, 0.0, 0.25, 0.75, 1.0),
					new Factor(SCHEDULE_FLEXIBILITY_NEED, 0.15, 0.8, 0.5, 0.15, 0.0)),
			new Rule(TradeOff.TECHNICAL_DIFFICULTIES, 1.0, 0.55, Combine.ANY,
					new Factor(CONNECTIVITY_INTERNET, 1.0, 0.0, 0.25, 0.7, 0.85),
					new Factor(CONNECTIVITY_EQUIPMENT, 1.0, 0.0, 0.35, 0.8),
					new Factor(CONNECTIVITY_PLACES, 1.0, 0.0, 0.25, 0.7)),
			new Rule(TradeOff.FLEXIBILITY, 1.1, 0.6, Combine.SUM,
					new Factor(SCHEDULE_FLEXIBILITY_NEED, 0.7, 1.0, 0.65, 0.25, 0.0),
					new Factor(SCHEDULE_PREDICTABILITY, 0.3, 0.0, 0.2, 0.6, 1.0)),
			new Rule(TradeOff.SELF_PACING, 0.7, 0.6, Combine.SUM, new Factor(MOTIVATION_PACE, 1.0, 0.1, 0.0, 1.0)),
			new Rule(TradeOff.AFFORDABILITY, 0.8, 0.35, Combine.BOTH,
					new Factor(BUDGET_PRIORITY, 1.0, 1.0, 0.6, 0.25, 0.0),
					new Factor(BUDGET_GOAL, 1.0, 0.55, 0.85, 1.0)),
			new Rule(TradeOff.ISOLATION, 1.0, 0.7, Combine.SUM,
					new Factor(INTERACTION_STUDYING_ALONE, 0.8, 0.0, 0.1, 0.7, 1.0),
					new Factor(INTERACTION_INSTRUCTOR, 0.2, 1.0, 0.5, 0.1, 0.0)),
			new Rule(TradeOff.RISK_OF_APATHY, 1.2, 0.6, Combine.SUM,
					new Factor(MOTIVATION_SELF_START, 0.65, 0.0, 0.25, 0.7, 1.0),
					new Factor(MOTIVATION_OVERSIGHT, 0.35, 0.0, 0.1, 0.55, 1.0)) };

	/** Total weight of the trade-offs that favour each pure format. */
	private static final double SYNCHRONOUS_SIDE_WEIGHT = sideWeight(Format.SYNCHRONOUS);

	private static final double ASYNCHRONOUS_SIDE_WEIGHT = sideWeight(Format.ASYNCHRONOUS);

	@Override
	public int version() {
		return 1;
	}

	@Override
	public Assessment assess(Answers answers) {
		double[] pulls = pulls(answers);
		double[] raw = rawScores(answers, pulls);
		Format format = top(raw);
		Map<Format, Integer> scores = new EnumMap<>(Format.class);
		for (Format each : Format.values()) {
			scores.put(each, (int) Math.round(raw[each.ordinal()]));
		}
		Set<Format> ruledOut = ruledOut(answers);
		Format runnerUp = runnerUp(scores, format, ruledOut);
		return new Assessment(format, scores, runnerUp, confidence(scores, format, runnerUp), reasons(answers, pulls),
				ruledOut, nextSteps(format, answers, pulls));
	}

	@Override
	public List<Change> whatWouldChange(Answers answers) {
		Format current = formatOf(answers);
		// In the order they are worth saying: circumstances getting easier (advice a
		// person
		// can act on), then preferences, then circumstances getting harder (a risk to
		// know
		// about). At most one change per question.
		List<Change> candidates = new ArrayList<>();
		for (Question question : CHANGE_ORDER) {
			Direction direction = IMPROVABLE.contains(question) ? Direction.EASIER : Direction.EITHER;
			addIfAny(candidates, nearestChange(answers, question, current, direction));
		}
		for (Question question : CHANGE_ORDER) {
			if (IMPROVABLE.contains(question)
					&& candidates.stream().noneMatch((candidate) -> candidate.question() == question)) {
				addIfAny(candidates, nearestChange(answers, question, current, Direction.HARDER));
			}
		}
		// One per target format first, so that an advisor sees every way the result could
		// go, then the most useful of the rest.
		List<Change> chosen = new ArrayList<>();
		Set<Format> covered = EnumSet.noneOf(Format.class);
		for (Change candidate : candidates) {
			if (chosen.size() < MAX_CHANGES && covered.add(candidate.format())) {
				chosen.add(candidate);
			}
		}
		for (Change candidate : candidates) {
			if (chosen.size() < MAX_CHANGES && !chosen.contains(candidate)) {
				chosen.add(candidate);
			}
		}
		chosen.sort(Comparator.comparingInt(candidates::indexOf));
		return chosen;
	}

	private static void addIfAny(List<Change> candidates, Change change) {
		if (change != null) {
			candidates.add(change);
		}
	}

	/**
	 * The nearest different answer to one question, in the given direction, that changes
	 * the format; {@code null} when there is none.
	 */
	private Change nearestChange(Answers answers, Question question, Format current, Direction direction) {
		int answered = answers.index(question);
		for (int distance = 1; distance < question.optionCount(); distance++) {
			for (int option : new int[] { answered - distance, answered + distance }) {
				boolean inRange = option >= 0 && option < question.optionCount();
				if (inRange && direction.allows(option - answered)) {
					Format changed = formatOf(answers.with(question, option));
					if (changed != current) {
						return new Change(question, question.optionId(option), changed);
					}
				}
			}
		}
		return null;
	}

	private Format formatOf(Answers answers) {
		return top(rawScores(answers, pulls(answers)));
	}

	private static double[] pulls(Answers answers) {
		double[] pulls = new double[RULES.length];
		for (Rule rule : RULES) {
			pulls[rule.tradeOff().ordinal()] = rule.pull(answers);
		}
		return pulls;
	}

	/** Scores before rounding, indexed by format ordinal. */
	private static double[] rawScores(Answers answers, double[] pulls) {
		double synchronousSide = 0;
		double asynchronousSide = 0;
		double hybridCover = 0;
		for (Rule rule : RULES) {
			double share = share(rule, pulls);
			if (rule.tradeOff().favours() == Format.SYNCHRONOUS) {
				synchronousSide += share;
			}
			else {
				asynchronousSide += share;
			}
			// A covered trade-off counts for hybrid, a barely covered one against it.
			hybridCover += share * (2 * rule.hybridCoverage() - 1);
		}
		int liveSessions = answers.index(SCHEDULE_LIVE_SESSIONS);
		double[] raw = new double[Format.values().length];
		raw[Format.SYNCHRONOUS.ordinal()] = clamp(50 + 50 * PURE_STRETCH * (synchronousSide - asynchronousSide))
				* SYNCHRONOUS_AVAILABILITY[liveSessions];
		raw[Format.ASYNCHRONOUS.ordinal()] = clamp(50 + 50 * PURE_STRETCH * (asynchronousSide - synchronousSide));
		raw[Format.HYBRID.ordinal()] = clamp(50 + 50 * HYBRID_STRETCH * hybridCover)
				* HYBRID_AVAILABILITY[liveSessions];
		return raw;
	}

	/** A trade-off's weighted pull as a part of its side's full weight. */
	private static double share(Rule rule, double[] pulls) {
		double sideWeight = (rule.tradeOff().favours() == Format.SYNCHRONOUS) ? SYNCHRONOUS_SIDE_WEIGHT
				: ASYNCHRONOUS_SIDE_WEIGHT;
		return rule.weight() * pulls[rule.tradeOff().ordinal()] / sideWeight;
	}

	private static Format top(double[] raw) {
		Format best = TIE_ORDER.get(0);
		for (Format format : TIE_ORDER) {
			if (raw[format.ordinal()] > raw[best.ordinal()]) {
				best = format;
			}
		}
		return best;
	}

	/**
	 * The best format after the recommended one that the learner could take part in, or
	 * {@code null} when every other format is ruled out.
	 */
	private static Format runnerUp(Map<Format, Integer> scores, Format format, Set<Format> ruledOut) {
		Format runnerUp = null;
		for (Format other : TIE_ORDER) {
			boolean possible = other != format && !ruledOut.contains(other);
			if (possible && (runnerUp == null || scores.get(other) > scores.get(runnerUp))) {
				runnerUp = other;
			}
		}
		return runnerUp;
	}

	/**
	 * How far the recommended format leads the runner-up; when there is no other format
	 * the learner could take part in, the choice is clear.
	 */
	private static Confidence confidence(Map<Format, Integer> scores, Format format, Format runnerUp) {
		if (runnerUp == null) {
			return Confidence.HIGH;
		}
		int margin = scores.get(format) - scores.get(runnerUp);
		if (margin >= HIGH_MARGIN) {
			return Confidence.HIGH;
		}
		return (margin >= MEDIUM_MARGIN) ? Confidence.MEDIUM : Confidence.LOW;
	}

	private static List<Reason> reasons(Answers answers, double[] pulls) {
		double total = 0;
		for (Rule rule : RULES) {
			if (pulls[rule.tradeOff().ordinal()] >= MIN_PULL) {
				total += share(rule, pulls);
			}
		}
		List<Reason> reasons = new ArrayList<>();
		for (Rule rule : RULES) {
			if (pulls[rule.tradeOff().ordinal()] >= MIN_PULL) {
				double pull = pulls[rule.tradeOff().ordinal()];
				Reason.Strength strength = (pull >= STRONG_PULL || rule.hasExtremeAnswer(answers))
						? Reason.Strength.STRONG : Reason.Strength.MILD;
				reasons.add(new Reason(rule.tradeOff(), share(rule, pulls) / total, strength, rule.drivers(answers)));
			}
		}
		reasons.sort(Comparator.comparingDouble(Reason::weight).reversed());
		return reasons;
	}

	private static Set<Format> ruledOut(Answers answers) {
		if (SYNCHRONOUS_AVAILABILITY[answers.index(SCHEDULE_LIVE_SESSIONS)] == 0) {
			return EnumSet.of(Format.SYNCHRONOUS, Format.HYBRID);
		}
		return EnumSet.noneOf(Format.class);
	}

	/**
	 * The steps for the recommended format: its basic check always, the others only where
	 * the trade-off they soften matters to this learner, the most pressing first.
	 */
	private static List<NextStep> nextSteps(Format format, Answers answers, double[] pulls) {
		List<NextStep> steps = new ArrayList<>();
		for (NextStep step : NextStep.values()) {
			boolean forThisFormat = step.formats().isEmpty() || step.formats().contains(format);
			boolean matters = step.mitigates() == null || pulls[step.mitigates().ordinal()] >= MIN_PULL;
			boolean fitsTheGoal = step != NextStep.TRY_A_FREE_COURSE || !answers.is(BUDGET_GOAL, "degree");
			if (forThisFormat && matters && fitsTheGoal) {
				steps.add(step);
			}
		}
		steps.sort(Comparator.comparingDouble((NextStep step) -> urgency(step, pulls)).reversed());
		return steps;
	}

	/** A basic check ranks with a trade-off that matters moderately. */
	private static double urgency(NextStep step, double[] pulls) {
		return (step.mitigates() != null) ? pulls[step.mitigates().ordinal()] : STRONG_PULL;
	}

	private static double clamp(double score) {
		return Math.max(0, Math.min(100, score));
	}

	private static double sideWeight(Format side) {
		double weight = 0;
		for (Rule rule : RULES) {
			if (rule.tradeOff().favours() == side) {
				weight += rule.weight();
			}
		}
		return weight;
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

	/** How a trade-off's factors combine into its pull. */
	private enum Combine {

		/** A weighted sum: each answer adds its part. */
		SUM,

		/** Any one bad answer is enough: one minus the chance that none bites. */
		ANY,

		/** It matters only as far as every answer says so: the product. */
		BOTH

	}

	/**
	 * How strongly one question's answers bear on a trade-off.
	 *
	 * @param question the question
	 * @param coefficient its part in a {@link Combine#SUM}
	 * @param values the pull of each option, in the question's option order
	 */
	private record Factor(Question question, double coefficient, double... values) {

		double value(Answers answers) {
			return this.values[answers.index(this.question)];
		}

		double contribution(Answers answers) {
			return this.coefficient * value(answers);
		}

	}

	/**
	 * One trade-off's part in the model.
	 *
	 * @param tradeOff the trade-off
	 * @param weight how much it counts against the others
	 * @param hybridCoverage how much of it a hybrid course delivers, or spares the
	 * learner, from 0 to 1
	 * @param combine how its factors combine
	 * @param factors the questions that bear on it
	 */
	private record Rule(TradeOff tradeOff, double weight, double hybridCoverage, Combine combine, Factor... factors) {

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
		 * scale. A side factor (a small part of a sum) never makes a reason strong on its
		 * own.
		 */
		boolean hasExtremeAnswer(Answers answers) {
			for (Factor factor : this.factors) {
				if (factor.coefficient() >= MAIN_FACTOR && factor.value(answers) >= EXTREME_ANSWER) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The questions that made this trade-off matter, the strongest first: those whose
		 * answer pulls clearly, or else the one that pulls most, so that an explanation
		 * never leans on an answer that points the other way.
		 */
		List<Question> drivers(Answers answers) {
			List<Factor> driving = new ArrayList<>(this.factors.length);
			Factor strongest = null;
			for (Factor factor : this.factors) {
				if (factor.value(answers) >= STRONG_ANSWER) {
					driving.add(factor);
				}
				if (strongest == null || factor.value(answers) > strongest.value(answers)) {
					strongest = factor;
				}
			}
			if (driving.isEmpty()) {
				driving.add(strongest);
			}
			driving.sort(Comparator.comparingDouble((Factor factor) -> factor.contribution(answers)).reversed());
			List<Question> questions = new ArrayList<>(driving.size());
			for (Factor factor : driving) {
				questions.add(factor.question());
			}
			return questions;
		}

	}

}
