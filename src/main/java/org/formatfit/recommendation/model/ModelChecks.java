package org.formatfit.recommendation.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.TradeOff;

/**
 * Reads and checks the parts of a model file: every name it uses must exist, every option
 * be given once, every number be in range; otherwise {@link ModelFileInvalid} says what
 * is wrong.
 */
final class ModelChecks {

	private ModelChecks() {
	}

	static <T> T require(T value, String what) {
		if (value == null) {
			throw new ModelFileInvalid("The model file has no " + what);
		}
		return value;
	}

	static Question question(String id) {
		return Question.byId(id).orElseThrow(() -> new ModelFileInvalid("No question " + id));
	}

	static TradeOff tradeOff(String id) {
		return Arrays.stream(TradeOff.values())
			.filter((tradeOff) -> tradeOff.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ModelFileInvalid("No trade-off " + id));
	}

	static Format[] allFormatsOnce(List<Format> formats, String what) {
		require(formats, what);
		if (formats.size() != Format.values().length || EnumSet.copyOf(formats).size() != Format.values().length) {
			throw new ModelFileInvalid(what + " must name every format once");
		}
		return formats.toArray(Format[]::new);
	}

	static Question[] allQuestionsOnce(List<String> ids) {
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
		return ids.stream().map(ModelChecks::question).toArray(Question[]::new);
	}

	static Rule[] rules(List<ModelFile.TradeOffRule> entries) {
		Rule[] rules = new Rule[TradeOff.values().length];
		for (ModelFile.TradeOffRule entry : entries) {
			TradeOff tradeOff = tradeOff(entry.id());
			if (rules[tradeOff.ordinal()] != null) {
				throw new ModelFileInvalid("Trade-off " + entry.id() + " is weighed twice");
			}
			rules[tradeOff.ordinal()] = Rule.of(tradeOff, entry);
		}
		for (TradeOff tradeOff : TradeOff.values()) {
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

}
