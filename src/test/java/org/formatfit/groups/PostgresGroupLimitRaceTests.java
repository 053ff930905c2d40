package org.formatfit.groups;

/**
 * The group's limit under a crowd again, on PostgreSQL ({@link TestPostgres}), whose
 * connections truly run in parallel.
 */
@OnPostgres
class PostgresGroupLimitRaceTests extends GroupLimitRaceTests {

}
