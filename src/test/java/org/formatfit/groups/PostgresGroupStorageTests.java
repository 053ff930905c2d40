package org.formatfit.groups;

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

	@BeforeAll
	static void requirePostgres() {
		TestPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
