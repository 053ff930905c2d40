package org.formatfit.sharing;

import org.formatfit.scoring.Recommendation;

/**
 * A recommendation together with the token that brings it back.
 *
 * @param token the share token, safe to put in a URL path as it is
 * @param recommendation what the token's model version says about its answers
 */
public record SharedRecommendation(String token, Recommendation recommendation) {

}
