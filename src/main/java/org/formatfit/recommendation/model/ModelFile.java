package org.formatfit.recommendation.model;

import org.formatfit.recommendation.Format;

import java.util.List;
import java.util.Map;

/**
 * A released scoring model as its data file says it. One record a part of the file, named
 * as the file names it, so that the file and this class read alike; {@link ModelFiles}
 * reads it, {@link DataModel} checks and runs it, and the page that explains how
 * FormatFit decides shows it. {@code schoolQuestions} came with version 2; an earlier
 * file has none.
 */
public record ModelFile(int version, String released, String summary, Scores scores, List<Format> tieOrder,
		List<TradeOffRule> tradeOffs, List<Limit> limits, Reasons reasons, ConfidenceRule confidence, Headline headline,
		Changes changes, NextSteps nextSteps, NextSteps schoolQuestions, List<Flag> flags,
		Map<Format, List<String>> talkingPoints) {

	/**
	 * How the two sides' pulls become scores.
	 *
	 * @param centre the score of a format when nothing pulls either way
	 * @param pointsPerPull how far a pure format's score moves, as a share of the centre,
	 * per unit of one side's pulls outweighing the other's
	 * @param hybridPointsPerPull the same for hybrid, per unit of how much of both sides
	 * it covers
	 * @param lowest the lowest score a possible format can have
	 * @param highest the highest score a format can have
	 * @param bothWays when given (version 3 on), hybrid also gains this share of the
	 * centre per unit of the weaker of the two sides: it fits people pulled both ways,
	 * and loses where one side pulls against
	 */
	public record Scores(double centre, double pointsPerPull, double hybridPointsPerPull, double lowest, double highest,
			Double bothWays) {

		/** How much being pulled both ways adds to hybrid; 0 before version 3. */
		public double bothWaysPoints() {
			return (this.bothWays != null) ? this.bothWays : 0;
		}

	}

	/**
	 * One trade-off's part in the model.
	 *
	 * @param id the trade-off's id
	 * @param favours the format whose side it is on, as the article puts it: the live
	 * side ({@code SYNCHRONOUS}) or the self-paced side ({@code ASYNCHRONOUS}); checked
	 * against the article's own list ({@code recommendation.TradeOff})
	 * @param weight how much it counts against the other trade-offs
	 * @param hybrid how much of it a hybrid course delivers, or spares the learner, from
	 * 0 to 1: above one half it counts for hybrid, below against
	 * @param combine how its answers combine: {@code add-up} (each answer adds its part),
	 * {@code any-one-answer} (any one answer is enough; each other one adds a little) or
	 * {@code all-answers} (it matters only as far as every answer says so)
	 * @param answers the questions that pull it, and how much each option pulls
	 * @param countedThrough {@code pulls} (the default): its pull counts in the scores;
	 * {@code limits}: its answers are circumstances that count once, through the limits
	 * on this trade-off, and its pull only decides whether and how firmly it is a reason
	 * (version 3 on)
	 */
	public record TradeOffRule(String id, Format favours, double weight, double hybrid, String combine,
			List<Pull> answers, String countedThrough) {

	}

	/**
	 * How one question's answers pull a trade-off.
	 *
	 * @param question the question id
	 * @param part its part in a sum (1 when the trade-off combines otherwise)
	 * @param pulls the pull of each option id, from -1 (the learner's strength: the other
	 * way) to 1
	 */
	public record Pull(String question, Double part, Map<String, Double> pulls) {

	}

	/**
	 * A circumstance that limits the formats with live parts: the share of its score each
	 * format keeps, and the trade-off it is about ({@code tradeOff}). Either a table by
	 * one question's options ({@code question} and {@code scoreKeptByAnswer}), or one
	 * share for a combination of answers ({@code when} and {@code scoreKept}).
	 */
	public record Limit(String id, String tradeOff, String question, Map<Format, Map<String, Double>> scoreKeptByAnswer,
			Map<String, List<String>> when, Map<Format, Double> scoreKept) {

	}

	/**
	 * Which trade-offs are reasons, and which of them a student reads.
	 *
	 * @param minPull a pull at least this strong (either way) makes a reason
	 * @param strongPull a pull at least this strong is said firmly
	 * @param extremeAnswer an answer pulling at least this much, in a main part, is said
	 * firmly
	 * @param mainPart a part at least this large is one of a trade-off's main questions
	 * @param strongAnswer an answer pulling at least this much is one a reason rests on
	 * @param student the student's own short list
	 */
	public record Reasons(double minPull, double strongPull, double extremeAnswer, double mainPart, double strongAnswer,
			StudentReasons student) {

	}

	/**
	 * The reasons on a student's result; the advisor view and the API keep them all.
	 *
	 * @param most at most this many
	 * @param leastShare each carrying at least this share of the decision
	 * @param distinctAnswers whether a reason may rest on an answer another shown reason
	 * already used
	 * @param limitsFirstBelow a limit that leaves a format less than this share of its
	 * score decides the result more than any pull: the reason on its trade-off is shown
	 * first, whatever its share (0: no such rule)
	 * @param bothSidesForHybrid whether a hybrid result shows the strongest reason of
	 * each side, since it is chosen for being pulled both ways
	 * @param forMost when given (version 3 on), the student reads the reasons for the
	 * format and its risks apart: at most this many reasons for it...
	 * @param risksMost ...and at most this many of its risks, each said with what softens
	 * it
	 */
	public record StudentReasons(int most, double leastShare, boolean distinctAnswers, double limitsFirstBelow,
			boolean bothSidesForHybrid, Integer forMost, Integer risksMost) {

		/** Whether reasons for the format and its risks are chosen apart. */
		public boolean forAndRisksApart() {
			return this.forMost != null && this.risksMost != null;
		}

	}

	/**
	 * How settled a result is.
	 *
	 * @param high a margin at least this large is clear
	 * @param medium a margin at least this large is fairly clear; below, a close call
	 * @param weightChange each weight is moved by this share up and down; when one such
	 * move changes the format, the result is a level less settled (0: not tried)
	 * @param clearNeedsScoreKept a format the limits leave less than this share of its
	 * score is never clear
	 */
	public record ConfidenceRule(int high, int medium, double weightChange, double clearNeedsScoreKept) {

	}

	/**
	 * How the headline puts the fit.
	 *
	 * @param good a score at least this high fits well
	 * @param fair a score at least this high fits; below, not an easy fit
	 * @param closeCallLeans whether a close call's headline says which way it leans
	 * rather than how well it fits
	 */
	public record Headline(int good, int fair, boolean closeCallLeans) {

	}

	/**
	 * Which single different answers are offered as "what would change it".
	 *
	 * @param most at most this many
	 * @param order the questions in the order their changes are worth saying
	 * @param improvable circumstances whose first option is the easiest to study with:
	 * only changes towards it are offered first
	 * @param harder whether circumstances getting harder are offered afterwards
	 * @param leastScoreKept a change must leave the format it names at least this share
	 * of its score
	 * @param raisesNamedFormat whether a change must raise the score of the format it
	 * names, rather than only lower the others
	 * @param runnerUpOnCloseCall whether a close call always shows a change to the
	 * runner-up
	 * @param canReach when given (version 3 on), the answers to each improvable
	 * circumstance a person can act towards (a steadier connection, a computer): a
	 * circumstance changes only towards these, never to a harder one, close calls
	 * included
	 * @param preferences when given, the only preferences whose changes are offered
	 * (those the article supports); otherwise every question not improvable
	 * @param pairs whether two circumstances changed together are offered where neither
	 * alone changes the result
	 */
	public record Changes(int most, List<String> order, List<String> improvable, boolean harder, double leastScoreKept,
			boolean raisesNamedFormat, boolean runnerUpOnCloseCall, Map<String, List<String>> canReach,
			List<String> preferences, Boolean pairs) {

		/** Whether two circumstances changed together are offered. */
		public boolean offersPairs() {
			return Boolean.TRUE.equals(this.pairs);
		}

	}

	/**
	 * The practical next steps, or the questions to ask a school: chosen the same way.
	 *
	 * @param most at most this many
	 * @param steps every step, in the order they rank when equally urgent
	 */
	public record NextSteps(int most, List<Step> steps) {

	}

	/**
	 * One next step.
	 *
	 * @param id its id (message key {@code nextstep.<id>})
	 * @param formats the formats it is for; empty for any
	 * @param mitigates the trade-off it works on, offered when that matters; none for a
	 * basic step that is always offered
	 * @param onlyIf offered only when one of these answers was given
	 * @param unless never offered when one of these answers was given
	 */
	public record Step(String id, List<Format> formats, String mitigates, Map<String, List<String>> onlyIf,
			Map<String, List<String>> unless) {

	}

	/**
	 * A risk an advisor should raise.
	 *
	 * @param id its id (message keys {@code flag.<id>.*})
	 * @param tradeOff the trade-off it is about, if any
	 * @param formats the recommended formats it is raised for
	 * @param answers the answers that raise it
	 * @param closeCall whether it is raised by a close call rather than by answers
	 * @param onlyIf raised only when one of these answers was also given, where the risk
	 * needs it (a first online course matters where discussion does)
	 */
	public record Flag(String id, String tradeOff, List<Format> formats, Map<String, List<String>> answers,
			Boolean closeCall, Map<String, List<String>> onlyIf) {

		/**
		 * Whether it is raised by a close call; a flag raised by answers leaves it out.
		 */
		public boolean raisedByCloseCall() {
			return Boolean.TRUE.equals(this.closeCall);
		}

	}

}
