package org.formatfit.questionnaire;

import java.util.Optional;

/**
 * Where a complete answer set's result lives, and the answers behind such a link. The
 * questionnaire needs both (a sent form moves on to its result; a result's link pre-fills
 * the form) but share links are {@code sharing}'s: it implements this, so that the arrow
 * between the two modules runs one way.
 */
public interface ResultLinks {

	/** The site path of the result of these answers, e.g. {@code /r/AQIJraFEW6j-}. */
	String resultPath(Answers answers);

	/** The answers a share token carries, or empty when it is no token of ours. */
	Optional<Answers> answersIn(String token);

}
