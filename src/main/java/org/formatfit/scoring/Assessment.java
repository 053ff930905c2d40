package org.formatfit.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well each format fits one answer set, and why.
 *
 * @param format the recommended format: the one with the top score
 * @param scores a fit from 0 to 100 for every format
 * @param runnerUp the best of the other formats the learner could take part in, or
 * {@code null} when they are all ruled out
 * @param confidence how clearly the recommended format leads
 * @param reasons the trade-offs that mattered, largest share of the decision first
 * @param ruledOut formats this learner cannot take part in at all, scored 0
 * @param nextSteps steps that soften the recommended format's costs, most pressing first
 */
public record Assessment(Format format, Map<Format, Integer> scores, Format runnerUp, Confidence confidence,
		List<Reason> reasons, Set<Format> ruledOut, List<NextStep> nextSteps) {

	public Assessment {
		scores = Collections.unmodifiableMap(new EnumMap<>(scores));
		reasons = List.copyOf(reasons);
		ruledOut = Set.copyOf(ruledOut);
		nextSteps = List.copyOf(nextSteps);
	}

	public int score(Format format) {
		return this.scores.get(format);
	}

}
