package org.formatfit.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.transaction.TransactionException;

/**
 * The groups' database as the rest of FormatFit must not depend on it: the app starts,
 * and the questionnaire and results work, when the database is down, and stay as fast as
 * ever while it is.
 * <ul>
 * <li>Spring Boot would ask the database for its SQL dialect while starting, and stop if
 * it cannot: here the dialect comes from the JDBC address.</li>
 * <li>Flyway's migration is tried at startup and, if the database was not there, again
 * when groups are next used.</li>
 * <li>Once a use of the database finds it out of reach, groups are "unavailable" at once,
 * without waiting on a connection, until {@code formatfit.groups.retry-after} (5 s) has
 * passed; then one request at a time tries again, and the others are still answered at
 * once. Without this, every page that names a group would wait for the connection
 * timeout, and a lecture hall of such pages would hold every request thread.</li>
 * </ul>
 * {@link Groups} runs each use through {@link #call}.
 */
@Configuration(proxyBeanMethods = false)
class GroupStorage {

	private static final Logger logger = LoggerFactory.getLogger(GroupStorage.class);

	private final Duration retryAfter;

	/** Only one request at a time finds out whether the database is back. */
	private final ReentrantLock probe = new ReentrantLock();

	private Flyway flyway;

	private volatile boolean migrated;

	/** Whether the last use found the database out of reach. */
	private volatile boolean down;

	private volatile Instant nextTry = Instant.MIN;

	private final ObjectProvider<DataSource> dataSource;

	GroupStorage(@Value("${formatfit.groups.retry-after:5s}") Duration retryAfter,
			ObjectProvider<DataSource> dataSource) {
		this.retryAfter = retryAfter;
		this.dataSource = dataSource;
	}

	@Bean
	FlywayMigrationStrategy migrateOrWait() {
		return (flyway) -> {
			this.flyway = flyway;
			migrate();
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
	 * Runs a use of the database, once the schema is there.
	 * @throws DataAccessResourceFailureException when the database is out of reach, found
	 * now or not long ago
	 */
	<T> T call(Supplier<T> use) {
		boolean probing = false;
		if (this.down || !isMigrated()) {
			if (Instant.now().isBefore(this.nextTry) || !this.probe.tryLock()) {
				throw unavailable();
			}
			probing = true;
		}
		try {
			if (!isMigrated() && !migrate()) {
				throw unavailable();
			}
			T result = use.get();
			this.down = false;
			return result;
		}
		catch (DataAccessResourceFailureException | TransactionException ex) {
			wentDown(ex.getClass().getSimpleName());
			throw (ex instanceof DataAccessResourceFailureException failure) ? failure : unavailable();
		}
		finally {
			if (probing) {
				this.probe.unlock();
			}
		}
	}

	/** With Flyway off (no migrations to run), there is nothing to wait for. */
	private boolean isMigrated() {
		return this.migrated || this.flyway == null;
	}

	/** Migrates the schema; whether it is there now. */
	private boolean migrate() {
		try {
			this.flyway.migrate();
			this.migrated = true;
			this.down = false;
			return true;
		}
		catch (FlywayException ex) {
			// The database's own words say what is wrong (refused, unknown host, bad
			// password); they hold no key, code or token.
			wentDown(ex.getMessage());
			return false;
		}
	}

	private void wentDown(String why) {
		if (!this.down) {
			logger.warn("Groups are unavailable until their database can be reached: {}", why);
		}
		this.down = true;
		this.nextTry = Instant.now().plus(this.retryAfter);
		// Connections from before the outage are not used again: HikariCP drops a
		// connection only on errors it knows to be fatal, and some drivers' (H2's) are
		// not among them, so a pool could keep handing out dead connections after the
		// database is back.
		if (this.dataSource.getIfAvailable() instanceof HikariDataSource hikari
				&& hikari.getHikariPoolMXBean() != null) {
			hikari.getHikariPoolMXBean().softEvictConnections();
		}
	}

	private static DataAccessResourceFailureException unavailable() {
		return new DataAccessResourceFailureException("The groups' database is out of reach");
	}

}
