package org.formatfit.recommendation.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.formatfit.questionnaire.Answers;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.NextStep;

/**
 * The steps, or the questions to ask a school, a result offers: chosen the same way.
 */
final class StepPicker {

	private final ReasonPicker reasons;

	StepPicker(ReasonPicker reasons) {
		this.reasons = reasons;
	}

	/**
	 * The steps (or questions to ask a school) for the recommended format: its basic
	 * checks always, the others only where the trade-off they soften matters to this
	 * learner, never one the answers say the learner cannot take; the most pressing
	 * first.
	 */
	List<NextStep> offered(List<Step> steps, int most, Format format, Answers answers, double[] pulls) {
		List<Step> offered = new ArrayList<>();
		for (Step step : steps) {
			NextStep nextStep = step.step();
			boolean forThisFormat = nextStep.formats().isEmpty() || nextStep.formats().contains(format);
			boolean matters = nextStep.mitigates() == null
					|| this.reasons.matters(pulls[nextStep.mitigates().ordinal()]);
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
		return (step.mitigates() != null) ? pulls[step.mitigates().ordinal()] : this.reasons.strongPull();
	}

}
