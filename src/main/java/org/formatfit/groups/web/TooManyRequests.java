package org.formatfit.groups.web;

/**
 * One address made too many groups, shares or join-code lookups in a while
 * ({@link GroupRateLimits}). {@link GroupFailures} answers it with the "too many" notice.
 */
final class TooManyRequests extends RuntimeException {

	TooManyRequests() {
		// Answered with a page, never logged: no message, no stack trace.
		super(null, null, false, false);
	}

}
