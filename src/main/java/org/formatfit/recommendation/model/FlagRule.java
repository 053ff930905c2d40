package org.formatfit.recommendation.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.AdvisorFlag;
import org.formatfit.recommendation.Confidence;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.TradeOff;

/**
 * An advisor flag with the rule that raises it, and the answers one of which it also
 * needs (none: its own answers are enough).
 */
record FlagRule(AdvisorFlag flag, Map<Question, Set<String>> onlyIf) {

	static FlagRule of(ModelFile.Flag entry) {
		ModelChecks.require(entry.id(), "flag id");
		TradeOff tradeOff = (entry.tradeOff() != null) ? ModelChecks.tradeOff(entry.tradeOff()) : null;
		Map<Question, Set<String>> answers = ModelChecks.answerCondition(entry.answers());
		if (!entry.raisedByCloseCall() && answers.isEmpty()) {
			throw new ModelFileInvalid("Flag " + entry.id() + " is raised by neither answers nor a close call");
		}
		return new FlagRule(new AdvisorFlag(entry.id(), tradeOff,
				EnumSet.copyOf(ModelChecks.require(entry.formats(), entry.id() + " formats")), answers,
				entry.raisedByCloseCall()), ModelChecks.answerCondition(entry.onlyIf()));
	}

	boolean raisedFor(Format format, Confidence confidence, Answers answers) {
		if (this.flag.closeCall()) {
			return confidence == Confidence.LOW;
		}
		boolean needed = this.onlyIf.isEmpty() || Step.anyGiven(this.onlyIf, answers);
		return needed && this.flag.formats().contains(format) && !this.flag.raisedBy(answers).isEmpty();
	}

}
