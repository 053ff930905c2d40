package org.formatfit.groups;

/**
 * The load tests again, on PostgreSQL: the one whose address, user and password are in
 * {@code FORMATFIT_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}
 * ({@code .ci/run} starts one and sets them). Without them the tests are skipped on a
 * developer's machine, and fail on CI, where a skipped database would hide lost or
 * doubled shares under load: PostgreSQL serves the 200 requests on several connections
 * truly in parallel, and answers a duplicate insert its own way.
 */
@OnPostgres
class PostgresGroupLoadTests extends GroupLoadTests {

}
