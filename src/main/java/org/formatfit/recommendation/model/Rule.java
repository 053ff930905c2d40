package org.formatfit.recommendation.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.TradeOff;

/**
 * One trade-off's part in the model.
 *
 * @param tradeOff the trade-off
 * @param weight how much it counts against the others
 * @param hybrid how much of it a hybrid course delivers, or spares the learner, from 0 to
 * 1
 * @param combine how its factors combine
 * @param factors the questions that bear on it
 */
record Rule(TradeOff tradeOff, double weight, double hybrid, Combine combine, Factor[] factors, boolean scored) {

	static Rule of(TradeOff tradeOff, ModelFile.TradeOffRule entry) {
		if (!(entry.weight() > 0) || entry.hybrid() < 0 || entry.hybrid() > 1) {
			throw new ModelFileInvalid(entry.id() + " needs a weight above 0 and a hybrid share of 0-1");
		}
		if (ModelChecks.require(entry.favours(), entry.id() + " favours") != tradeOff.favours()) {
			String side = entry.id() + " favours " + tradeOff.favours();
			throw new ModelFileInvalid(side + " in the article, not " + entry.favours());
		}
		Combine combine = Combine.named(ModelChecks.require(entry.combine(), entry.id() + " combine"), entry.id());
		Set<Question> seen = EnumSet.noneOf(Question.class);
		Factor[] factors = ModelChecks.require(entry.answers(), entry.id() + " answers").stream().map((pull) -> {
			Question question = ModelChecks.question(pull.question());
			if (!seen.add(question)) {
				throw new ModelFileInvalid(entry.id() + " names " + question.id() + " twice");
			}
			double part = (pull.part() != null) ? pull.part() : 1.0;
			double lowest = (combine == Combine.SUM) ? -1 : 0;
			return new Factor(question, part, ModelChecks.byOption(question, pull.pulls(), lowest, 1));
		}).toArray(Factor[]::new);
		if (factors.length == 0) {
			throw new ModelFileInvalid(entry.id() + " has no answers");
		}
		return new Rule(tradeOff, entry.weight(), entry.hybrid(), combine, factors,
				countedThroughPulls(entry.countedThrough(), entry.id()));
	}

	/**
	 * Whether a trade-off's pull counts in the scores ({@code pulls}, the default), or
	 * its answers count once, through the limits ({@code limits}).
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
	 * scale, in the direction it pulls. A side factor (a small part of a sum) never makes
	 * a reason strong on its own.
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
		driving
			.sort(Comparator.comparingDouble((Factor factor) -> direction * factor.contribution(answers)).reversed());
		List<Question> questions = new ArrayList<>(driving.size());
		for (Factor factor : driving) {
			questions.add(factor.question());
		}
		return questions;
	}

	/** How a trade-off's answers combine into its pull, by the name the file gives it. */
	enum Combine {

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
	record Factor(Question question, double part, double[] values) {

		double value(Answers answers) {
			return this.values[answers.index(this.question)];
		}

		double contribution(Answers answers) {
			return this.part * value(answers);
		}

	}

}
