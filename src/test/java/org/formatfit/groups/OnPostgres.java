package org.formatfit.groups;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a storage test class on the PostgreSQL of {@link TestPostgres} instead of H2:
 * skipped on a developer's machine without one, failed on CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestPostgres.Required.class)
@TestPropertySource(properties = { "spring.datasource.url=${FORMATFIT_TEST_POSTGRES_URL:}",
		"spring.datasource.username=${FORMATFIT_TEST_POSTGRES_USER:}",
		"spring.datasource.password=${FORMATFIT_TEST_POSTGRES_PASSWORD:}" })
@interface OnPostgres {

}
