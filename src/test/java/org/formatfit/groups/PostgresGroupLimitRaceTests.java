package org.formatfit.groups;

import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The group's limit under a crowd again, on PostgreSQL ({@link TestPostgres}), whose
 * connections truly run in parallel.
 */
class PostgresGroupLimitRaceTests extends GroupLimitRaceTests {

	@BeforeAll
	static void requirePostgres() {
		TestPostgres.require();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

}
