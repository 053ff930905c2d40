package org.formatfit.groups;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.jdbc.core.dialect.DialectResolver;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcH2Dialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * The groups' database as the rest of FormatFit must not depend on it: the app starts,
 * and the questionnaire and results work, when the database is down. Spring Boot would
 * migrate the schema and ask the database for its SQL dialect while starting, and stop if
 * it cannot; here the dialect comes from the JDBC address, and Flyway's migration is
 * tried at startup and, if the database was not there, again when groups are next used
 * ({@link #ready()}), at most every few seconds. Until then groups answer "unavailable".
 */
@Configuration(proxyBeanMethods = false)
class GroupStorage {

	private static final Logger logger = LoggerFactory.getLogger(GroupStorage.class);

	/**
	 * A database that was not there is asked again after this long, not on every request.
	 */
	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private Flyway flyway;

	private volatile boolean migrated;

	private Instant nextTry = Instant.MIN;

	@Bean
	FlywayMigrationStrategy migrateOrWait() {
		return (flyway) -> {
			this.flyway = flyway;
			tryToMigrate();
		};
	}

	/**
	 * The dialect of the database the JDBC address names, without connecting to it: H2
	 * (the default) and PostgreSQL; any other database is asked, as Spring Data would.
	 */
	@Bean
	JdbcDialect jdbcDialect(DataSourceProperties dataSource, NamedParameterJdbcOperations operations) {
		return switch (DatabaseDriver.fromJdbcUrl(dataSource.determineUrl())) {
			case H2 -> JdbcH2Dialect.INSTANCE;
			case POSTGRESQL -> JdbcPostgresDialect.INSTANCE;
			default -> DialectResolver.getDialect(operations.getJdbcOperations());
		};
	}

	/**
	 * Makes sure the schema is there before groups use the database.
	 * @throws DataAccessResourceFailureException when the database is still out of reach
	 */
	void ready() {
		if (this.migrated || this.flyway == null) {
			return;
		}
		synchronized (this) {
			if (!this.migrated && Instant.now().isAfter(this.nextTry)) {
				tryToMigrate();
			}
			if (!this.migrated) {
				throw new DataAccessResourceFailureException("The groups' database is not ready");
			}
		}
	}

	private synchronized void tryToMigrate() {
		try {
			this.flyway.migrate();
			this.migrated = true;
		}
		catch (FlywayException ex) {
			this.nextTry = Instant.now().plus(RETRY_AFTER);
			// The database's own words say what is wrong (refused, unknown host, bad
			// password); they hold no key, code or token.
			logger.warn("Groups are unavailable until their database can be reached: {}", ex.getMessage());
		}
	}

}
