package org.formatfit.recommendation.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.NextStep;
import org.formatfit.recommendation.TradeOff;

/** A next step with the answers it needs and the answers that rule it out. */
record Step(NextStep step, Map<Question, Set<String>> onlyIf, Map<Question, Set<String>> unless) {

	static Step of(ModelFile.Step entry, NextStep.Kind kind) {
		ModelChecks.require(entry.id(), "next step id");
		TradeOff mitigates = (entry.mitigates() != null) ? ModelChecks.tradeOff(entry.mitigates()) : null;
		Set<Format> formats = (entry.formats() != null) ? EnumSet.noneOf(Format.class) : Set.of();
		if (entry.formats() != null) {
			formats.addAll(entry.formats());
		}
		return new Step(new NextStep(entry.id(), kind, formats, mitigates), ModelChecks.answerCondition(entry.onlyIf()),
				ModelChecks.answerCondition(entry.unless()));
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
