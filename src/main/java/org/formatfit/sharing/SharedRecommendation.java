package org.formatfit.sharing;

import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Recommendation;

/**
 * A recommendation together with the token that brings it back.
 *
 * @param token the share token
 * @param recommendation what the token's model version says about its answers
 * @param currentModelSuggests the format today's model would recommend for the same
 * answers, when a link made with an earlier model version would now come out differently;
 * otherwise {@code null}
 */
public record SharedRecommendation(ShareToken token, Recommendation recommendation, Format currentModelSuggests) {

	/** Whether today's model would recommend another format than the link shows. */
	public boolean outdated() {
		return this.currentModelSuggests != null;
	}

}
