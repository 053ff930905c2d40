package org.formatfit.recommendation.model;

import java.util.Map;

import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Confidence;
import org.formatfit.recommendation.Format;

/**
 * How settled a result is, and how its headline puts the fit: the margin to the
 * runner-up, a level less when moving one weight a little would change the format, never
 * clear for a format the circumstances leave little of.
 */
final class ConfidenceJudge {

	private final DataModel model;

	private final ModelFile.ConfidenceRule confidenceRule;

	private final ModelFile.Headline headlineRule;

	ConfidenceJudge(DataModel model, ModelFile.ConfidenceRule confidenceRule, ModelFile.Headline headlineRule) {
		this.model = model;
		this.confidenceRule = ModelChecks.require(confidenceRule, "confidence");
		this.headlineRule = ModelChecks.require(headlineRule, "headline");
	}

	/**
	 * How settled the result is: the margin to the runner-up, a level less when moving
	 * one trade-off's weight a little would change the format, and never clear for a
	 * format the learner's circumstances leave little of.
	 */
	Settling judge(Map<Format, Integer> scores, Format format, Format runnerUp, double[] pulls, double[] keeps) {
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
	int weightMovesThatFlip(Format format, double[] pulls, double[] keeps, double change, boolean firstOnly) {
		int flips = 0;
		double[] moved = this.model.weights().clone();
		for (int i = 0; i < moved.length; i++) {
			if (!this.model.countsInScores(i)) {
				// Counted through the limits: its weight moves no score.
				continue;
			}
			for (int up = 0; up <= 1; up++) {
				moved[i] = this.model.weights()[i] * ((up == 0) ? 1 - change : 1 + change);
				if (this.model.top(this.model.rawScores(pulls, moved, keeps), keeps) != format) {
					flips |= 1 << (2 * i + up);
					if (firstOnly) {
						return flips;
					}
				}
			}
			moved[i] = this.model.weights()[i];
		}
		return flips;
	}

	Assessment.Fit fit(int score, Format runnerUp, Confidence confidence) {
		if (runnerUp == null) {
			return (score >= this.headlineRule.fair()) ? Assessment.Fit.ONLY : Assessment.Fit.ONLY_WEAK;
		}
		if (this.headlineRule.closeCallLeans() && confidence == Confidence.LOW) {
			return Assessment.Fit.LEANS;
		}
		return (score >= this.headlineRule.good()) ? Assessment.Fit.GOOD
				: (score >= this.headlineRule.fair()) ? Assessment.Fit.FAIR : Assessment.Fit.WEAK;
	}

}
