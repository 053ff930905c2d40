package org.formatfit.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the risks an advisor should raise: answers that work against the recommended
 * format. These are plain rules on the answers (see {@link AdvisorFlag}), so an advisor
 * can check every flag against the recap.
 */
public final class AdvisorFlags {

	private AdvisorFlags() {
	}

	/** The flags a recommendation raises, most serious first. */
	public static List<AdvisorFlag> raise(Recommendation recommendation) {
		return Arrays.stream(AdvisorFlag.values()).filter((flag) -> flag.raisedFor(recommendation)).toList();
	}

}
