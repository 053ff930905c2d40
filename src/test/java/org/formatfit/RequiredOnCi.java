package org.formatfit;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tests that need something from outside the build (Chromium, a PostgreSQL server):
 * skipped with a note on how to get it on a developer's machine, failed on CI, where a
 * skipped suite would hide what it tests.
 */
public final class RequiredOnCi {

	private RequiredOnCi() {
	}

	/** Whether this is a CI run ({@code CI} is set, as {@code .ci/run}'s caller does). */
	private static boolean onCi() {
		return System.getenv("CI") != null;
	}

	/** Goes on if {@code available}; otherwise skips, or fails when {@code CI} is set. */
	public static void require(boolean available, String how) {
		if (available) {
			return;
		}
		if (onCi()) {
			fail(how + ". CI is set, so they may not be skipped.");
		}
		Assumptions.abort(how + ". Skipped on this machine.");
	}

}
