package org.formatfit.groups;

import org.formatfit.RequiredOnCi;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL the storage tests run on as well as H2: the one whose address, user and
 * password are in {@code FORMATFIT_TEST_POSTGRES_URL}, {@code _USER} and
 * {@code _PASSWORD} ({@code .ci/run} starts one and sets them). Without them the tests
 * are skipped on a developer's machine, and fail on CI, where a skipped database would
 * hide what only PostgreSQL does (true parallel connections, its own answer to a broken
 * constraint).
 */
final class TestPostgres {

	static final String URL = System.getenv("FORMATFIT_TEST_POSTGRES_URL");

	static final String USER = System.getenv("FORMATFIT_TEST_POSTGRES_USER");

	static final String PASSWORD = System.getenv("FORMATFIT_TEST_POSTGRES_PASSWORD");

	private TestPostgres() {
	}

	/** Skips the test class here, fails it on CI, when no PostgreSQL is given. */
	static void require() {
		RequiredOnCi.require(URL != null,
				"The PostgreSQL tests need FORMATFIT_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run sets them)");
	}

	/** {@link #require()} before a class's tests, for {@link OnPostgres}. */
	static final class Required implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			require();
		}

	}

}
