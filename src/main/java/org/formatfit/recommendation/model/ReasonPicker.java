package org.formatfit.recommendation.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Reason;
import org.formatfit.recommendation.TradeOff;

/**
 * Which trade-offs are reasons for this learner, how firmly each is said, and the short
 * list a student reads: reasons for the format apart from its risks where the model asks.
 */
final class ReasonPicker {

	private final Rule[] rules;

	private final Limit[] limits;

	private final ModelFile.Reasons rule;

	/**
	 * Total weight of the trade-offs on each side, those counted through the limits too.
	 */
	private final double synchronousSideWeight;

	private final double asynchronousSideWeight;

	ReasonPicker(Rule[] rules, Limit[] limits, ModelFile.Reasons rule) {
		this.rules = rules;
		this.limits = limits;
		this.rule = ModelChecks.require(rule, "reasons");
		ModelChecks.require(rule.student(), "reasons.student");
		double synchronousSide = 0;
		double asynchronousSide = 0;
		for (Rule each : rules) {
			if (each.tradeOff().favours() == Format.SYNCHRONOUS) {
				synchronousSide += each.weight();
			}
			else {
				asynchronousSide += each.weight();
			}
		}
		this.synchronousSideWeight = synchronousSide;
		this.asynchronousSideWeight = asynchronousSide;
	}

	/**
	 * Whether a trade-off's pull makes it a reason; also what makes a next step matter.
	 */
	boolean matters(double pull) {
		return pull >= this.rule.minPull();
	}

	/** How firmly a basic step ranks: with a trade-off that matters firmly. */
	double strongPull() {
		return this.rule.strongPull();
	}

	List<Reason> reasons(Answers answers, double[] pulls) {
		double total = 0;
		for (Rule rule : this.rules) {
			if (isReason(pulls, rule)) {
				total += Math.abs(share(rule, pulls));
			}
		}
		List<Reason> reasons = new ArrayList<>();
		for (Rule rule : this.rules) {
			if (isReason(pulls, rule)) {
				double pull = pulls[rule.tradeOff().ordinal()];
				double direction = Math.signum(pull);
				Reason.Strength strength = (Math.abs(pull) >= this.rule.strongPull()
						|| rule.hasExtremeAnswer(answers, direction, this.rule)) ? Reason.Strength.STRONG
								: Reason.Strength.MILD;
				Format favours = (pull > 0) ? rule.tradeOff().favours() : other(rule.tradeOff().favours());
				reasons.add(new Reason(rule.tradeOff(), favours, Math.abs(share(rule, pulls)) / total, strength,
						rule.drivers(answers, direction, this.rule.strongAnswer())));
			}
		}
		reasons.sort(Comparator.comparingDouble(Reason::weight).reversed());
		return reasons;
	}

	private boolean isReason(double[] pulls, Rule rule) {
		return Math.abs(pulls[rule.tradeOff().ordinal()]) >= this.rule.minPull();
	}

	/**
	 * The student's short list, each on answers of its own: first the reasons behind a
	 * limit that cut a format hard (they decide more than their share says), then, for a
	 * hybrid result, the strongest reason of each side, then the weightiest of the rest.
	 */
	List<Reason> studentReasons(List<Reason> reasons, Format format, Answers answers) {
		ModelFile.StudentReasons rule = this.rule.student();
		// The limits of one trade-off cut together (a shared computer on a so-so
		// connection), so their shares multiply before they are compared.
		Map<TradeOff, double[]> keptByTradeOff = new EnumMap<>(TradeOff.class);
		for (Limit limit : this.limits) {
			if (limit.tradeOff() != null) {
				limit.apply(answers,
						keptByTradeOff.computeIfAbsent(limit.tradeOff(), (key) -> new double[] { 1, 1, 1 }));
			}
		}
		Set<TradeOff> limiting = EnumSet.noneOf(TradeOff.class);
		keptByTradeOff.forEach((tradeOff, kept) -> {
			if (Math.min(kept[0], Math.min(kept[1], kept[2])) < rule.limitsFirstBelow()) {
				limiting.add(tradeOff);
			}
		});
		if (rule.forAndRisksApart()) {
			Set<TradeOff> cutting = EnumSet.noneOf(TradeOff.class);
			keptByTradeOff.forEach((tradeOff, kept) -> {
				if (kept[format.ordinal()] < 1) {
					cutting.add(tradeOff);
				}
			});
			return forAndRisks(reasons, format, limiting, cutting, rule);
		}
		List<Reason> shown = new ArrayList<>();
		Set<Question> used = new HashSet<>();
		for (Reason reason : reasons) {
			if (limiting.contains(reason.tradeOff())) {
				addIfRoom(shown, used, reason, rule);
			}
		}
		if (rule.bothSidesForHybrid() && format == Format.HYBRID) {
			// Chosen for being pulled both ways: the sides take turns.
			List<Reason> live = side(reasons, Format.SYNCHRONOUS, rule);
			List<Reason> selfPaced = side(reasons, Format.ASYNCHRONOUS, rule);
			for (int i = 0; i < Math.max(live.size(), selfPaced.size()); i++) {
				if (i < live.size()) {
					addIfRoom(shown, used, live.get(i), rule);
				}
				if (i < selfPaced.size()) {
					addIfRoom(shown, used, selfPaced.get(i), rule);
				}
			}
		}
		for (Reason reason : reasons) {
			if (reason.weight() >= rule.leastShare()) {
				addIfRoom(shown, used, reason, rule);
			}
		}
		shown.sort(Comparator.comparingInt(reasons::indexOf));
		return shown;
	}

	/**
	 * The student's short list as two: the reasons the format fits (those behind a limit
	 * that cut another format hard first, then for hybrid each side in turn, then the
	 * weightiest), and apart from them the format's own risks for this learner, the
	 * weightiest first. Each rests on answers of its own.
	 */
	private List<Reason> forAndRisks(List<Reason> reasons, Format format, Set<TradeOff> limiting, Set<TradeOff> cutting,
			ModelFile.StudentReasons rule) {
		List<Reason> candidates = reasons.stream().filter((reason) -> reason.weight() >= rule.leastShare()).toList();
		List<Reason> forIt = new ArrayList<>();
		// Whatever its share: a limit that cut hard decides more than the pull says.
		for (Reason reason : reasons) {
			if (reason.isFor(format) && limiting.contains(reason.tradeOff())) {
				forIt.add(reason);
			}
		}
		if (rule.bothSidesForHybrid() && format == Format.HYBRID) {
			List<Reason> live = candidates.stream()
				.filter((reason) -> reason.isFor(format) && reason.favours() == Format.SYNCHRONOUS)
				.toList();
			List<Reason> selfPaced = candidates.stream()
				.filter((reason) -> reason.isFor(format) && reason.favours() == Format.ASYNCHRONOUS)
				.toList();
			for (int i = 0; i < Math.max(live.size(), selfPaced.size()); i++) {
				if (i < live.size()) {
					forIt.add(live.get(i));
				}
				if (i < selfPaced.size()) {
					forIt.add(selfPaced.get(i));
				}
			}
		}
		candidates.stream().filter((reason) -> reason.isFor(format)).forEach(forIt::add);
		Set<Question> used = new HashSet<>();
		List<Reason> shown = new ArrayList<>();
		pickDistinct(forIt, rule.forMost(), used, shown, rule);
		// A risk whose circumstances cut this very format comes first: the learner's
		// setup or week is what may get in the way. Then the weightiest; for hybrid, by
		// the part of it hybrid leaves the learner (its live sessions spare only part of
		// a schedule's or a setup's risk, and meet only part of the need for people).
		List<Reason> risks = new ArrayList<>();
		candidates.stream()
			.filter((reason) -> reason.isRiskOf(format) && cutting.contains(reason.tradeOff()))
			.forEach(risks::add);
		candidates.stream()
			.filter((reason) -> reason.isRiskOf(format))
			.sorted(Comparator.comparingDouble((Reason reason) -> remainingRisk(reason, format)).reversed())
			.forEach(risks::add);
		pickDistinct(risks, rule.risksMost(), used, shown, rule);
		// One strength the format does not use (a self-starter told to take live classes)
		// where room is left: it says the learner could also manage the other way.
		// (A preference only: a steady week beside a self-paced result is no news.)
		pickDistinct(candidates.stream()
			.filter((reason) -> reason.isStrength() && !reason.isFor(format)
					&& this.rules[reason.tradeOff().ordinal()].scored())
			.toList(), Math.min(1, rule.most() - shown.size()), used, shown, rule);
		shown.sort(Comparator.comparingInt(reasons::indexOf));
		return shown;
	}

	/** How much of a risk the format leaves the learner: all of it, but for hybrid. */
	private double remainingRisk(Reason reason, Format format) {
		double left = (format == Format.HYBRID) ? 1 - this.rules[reason.tradeOff().ordinal()].hybrid() : 1;
		return reason.weight() * left;
	}

	/**
	 * Up to {@code most} of the given reasons, in order, none resting on a used answer.
	 */
	private static void pickDistinct(List<Reason> ordered, int most, Set<Question> used, List<Reason> shown,
			ModelFile.StudentReasons rule) {
		int picked = 0;
		for (Reason reason : ordered) {
			boolean restates = rule.distinctAnswers() && reason.questions().stream().anyMatch(used::contains);
			if (picked < most && !shown.contains(reason) && !restates) {
				shown.add(reason);
				used.addAll(reason.questions());
				picked++;
			}
		}
	}

	private static List<Reason> side(List<Reason> reasons, Format side, ModelFile.StudentReasons rule) {
		return reasons.stream()
			.filter((reason) -> reason.favours() == side && reason.weight() >= rule.leastShare())
			.toList();
	}

	private static void addIfRoom(List<Reason> shown, Set<Question> used, Reason reason,
			ModelFile.StudentReasons rule) {
		boolean restates = rule.distinctAnswers() && reason.questions().stream().anyMatch(used::contains);
		if (shown.size() < rule.most() && !shown.contains(reason) && !restates) {
			shown.add(reason);
			used.addAll(reason.questions());
		}
	}

	/** A trade-off's weighted pull as a part of its side's full weight. */
	private double share(Rule rule, double[] pulls) {
		double sideWeight = (rule.tradeOff().favours() == Format.SYNCHRONOUS) ? this.synchronousSideWeight
				: this.asynchronousSideWeight;
		return rule.weight() * pulls[rule.tradeOff().ordinal()] / sideWeight;
	}

	private static Format other(Format pure) {
		return (pure == Format.SYNCHRONOUS) ? Format.ASYNCHRONOUS : Format.SYNCHRONOUS;
	}

}
