package org.formatfit.recommendation.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.TradeOff;

/**
 * A limit as the engine runs it: the share of its score each format keeps, by the option
 * of one question, or for one combination of answers.
 */
record Limit(String id, TradeOff tradeOff, Question question, double[][] keepsByFormat, Map<Question, Set<String>> when,
		double[] keepWhen) {

	static Limit of(ModelFile.Limit entry) {
		String id = ModelChecks.require(entry.id(), "limit id");
		TradeOff tradeOff = (entry.tradeOff() != null) ? ModelChecks.tradeOff(entry.tradeOff()) : null;
		if (entry.question() != null) {
			Question question = ModelChecks.question(entry.question());
			double[][] keeps = new double[Format.values().length][];
			ModelChecks.require(entry.scoreKeptByAnswer(), id + " scoreKeptByAnswer")
				.forEach(
						(format, byOption) -> keeps[format.ordinal()] = ModelChecks.byOption(question, byOption, 0, 1));
			return new Limit(id, tradeOff, question, keeps, Map.of(), null);
		}
		Map<Question, Set<String>> when = ModelChecks.answerCondition(ModelChecks.require(entry.when(), id + " when"));
		double[] keep = { 1.0, 1.0, 1.0 };
		ModelChecks.require(entry.scoreKept(), id + " scoreKept").forEach((format, share) -> {
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
