package org.formatfit.recommendation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well each format fits one answer set, and why.
 *
 * @param format the recommended format: the one with the top score
 * @param scores a fit for every format; 0 for a format that is ruled out
 * @param runnerUp the best of the other formats the learner could take part in, or
 * {@code null} when they are all ruled out
 * @param confidence how settled the result is
 * @param settledBy what decided the confidence: the margin alone, or what made it less
 * settled than the margin says
 * @param fit how the headline puts the fit of the recommended format
 * @param reasons every trade-off that mattered, largest share of the decision first: what
 * the advisor view and the API show
 * @param studentReasons the few of those a student reads on their own result
 * @param ruledOut formats this learner cannot take part in at all, each with the id of
 * the limit that rules it out
 * @param nextSteps steps that soften the recommended format's costs, most pressing first
 * @param schoolQuestions questions to ask a school about the recommended format, most
 * pressing first
 * @param flags the risks an advisor should raise, most serious first
 * @param talkingPoints ids of the questions an advisor could talk through (message keys
 * {@link #talkingPointKey})
 */
public record Assessment(Format format, Map<Format, Integer> scores, Format runnerUp, Confidence confidence,
		SettledBy settledBy, Fit fit, List<Reason> reasons, List<Reason> studentReasons, Map<Format, String> ruledOut,
		List<NextStep> nextSteps, List<NextStep> schoolQuestions, List<AdvisorFlag> flags, List<String> talkingPoints) {

	public Assessment {
		scores = Collections.unmodifiableMap(new EnumMap<>(scores));
		reasons = List.copyOf(reasons);
		studentReasons = List.copyOf(studentReasons);
		ruledOut = ruledOut.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(ruledOut));
		nextSteps = List.copyOf(nextSteps);
		schoolQuestions = List.copyOf(schoolQuestions);
		flags = List.copyOf(flags);
		talkingPoints = List.copyOf(talkingPoints);
	}

	public int score(Format format) {
		return this.scores.get(format);
	}

	/**
	 * Whether this format shares the top score in a tie: the recommended format, or
	 * another possible one scored as high.
	 */
	public boolean isTied(Format other) {
		return standing() == Standing.TIED && !isRuledOut(other) && score(other) == score(this.format);
	}

	/** Where the recommended format stands against the others the learner could take. */
	public Standing standing() {
		if (this.runnerUp == null) {
			return Standing.ONLY_POSSIBLE;
		}
		return (score(this.runnerUp) == score(this.format)) ? Standing.TIED : Standing.AHEAD;
	}

	public boolean isRuledOut(Format format) {
		return this.ruledOut.containsKey(format);
	}

	/** Message key of how clear the result is when no other format is possible at all. */
	public static final String ONLY_CHOICE_CONFIDENCE_KEY = "confidence.only";

	/** Message key of the headline: the recommended format and how well it fits. */
	public String headlineKey() {
		return headlineKey(this.format, this.fit);
	}

	public static String headlineKey(Format format, Fit fit) {
		return "headline." + format.name() + "." + fit.id();
	}

	/**
	 * Message key of how settled the result is: when the margin alone would say more, the
	 * words say what holds the result back; its argument {0} is the runner-up.
	 */
	public String confidenceKey() {
		return confidenceKey(this.confidence, this.settledBy);
	}

	public static String confidenceKey(Confidence confidence, SettledBy settledBy) {
		if (confidence == Confidence.HIGH || settledBy == SettledBy.MARGIN) {
			return confidence.messageKey();
		}
		return confidence.messageKey() + "." + settledBy.name().toLowerCase(Locale.ROOT);
	}

	/** Message key of one of the {@link #talkingPoints()}, by its id. */
	public static String talkingPointKey(String id) {
		return "talk." + id;
	}

	/**
	 * Message key of why a format is not possible, by the id of the limit that rules it
	 * out (a value of {@link #ruledOut()}).
	 */
	public static String ruledOutKey(String limitId) {
		return "limit." + limitId + ".ruled-out";
	}

	/** What decided how settled a result is. */
	public enum SettledBy {

		/** The margin to the runner-up. */
		MARGIN,

		/** Moving one trade-off's weight a little would change the format. */
		WEIGHTS,

		/** The learner's circumstances cut the recommended format's score. */
		LIMITS

	}

	/** How the headline puts the fit of the recommended format. */
	public enum Fit {

		/** It fits well. */
		GOOD("good"),

		/** It fits best, but not strikingly. */
		FAIR("fair"),

		/** It fits best of the three, but none is an easy fit. */
		WEAK("weak"),

		/** The other formats are ruled out, and this one fits. */
		ONLY("only"),

		/** The other formats are ruled out, and this one is no easy fit either. */
		ONLY_WEAK("only-weak"),

		/** A close call: it leans to this format, with the runner-up close behind. */
		LEANS("leans");

		private final String id;

		Fit(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

}
