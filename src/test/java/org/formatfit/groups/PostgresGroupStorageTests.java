package org.formatfit.groups;

/**
 * The storage tests again, on PostgreSQL: the one whose address, user and password are in
 * {@code FORMATFIT_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}
 * ({@code .ci/run} starts one and sets them). Without them the tests are skipped on a
 * developer's machine, and fail on CI, where a skipped database would hide broken SQL.
 */
@OnPostgres
class PostgresGroupStorageTests extends GroupStorageTests {

}
