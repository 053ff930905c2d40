package org.formatfit.groups;

import org.formatfit.RequiredOnCi;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The storage tests again, on PostgreSQL: the one whose address, user and password are in
 * {@code FORMATFIT_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}
 * ({@code .ci/run} starts one and sets them). Without them the tests are skipped on a
 * developer's machine, and fail on CI, where a skipped database would hide broken SQL.
 */
class PostgresGroupStorageTests extends GroupStorageTests {

	private static final String URL = System.getenv("FORMATFIT_TEST_POSTGRES_URL");

	@BeforeAll
	static void requirePostgres() {
		RequiredOnCi.require(URL != null,
				"The PostgreSQL storage tests need FORMATFIT_TEST_POSTGRES_URL, _USER and _PASSWORD (.ci/run sets them)");
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		if (URL != null) {
			registry.add("spring.datasource.url", () -> URL);
			registry.add("spring.datasource.username", () -> System.getenv("FORMATFIT_TEST_POSTGRES_USER"));
			registry.add("spring.datasource.password", () -> System.getenv("FORMATFIT_TEST_POSTGRES_PASSWORD"));
		}
	}

}
