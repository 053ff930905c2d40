package org.formatfit.groups;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import com.zaxxer.hikari.HikariDataSource;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
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
 * timeout, and a lecture hall of such pages would hold every request thread. This is
 * Resilience4j's circuit breaker, opened by one failure, or by a query that did not
 * finish in time.</li>
 * <li>Every statement, lock waits included, ends after 1 s on H2 and 800 ms on PostgreSQL
 * (the database's own statement timeout), every read from the database's socket after the
 * driver's {@code socketTimeout}, and every wait for a connection after HikariCP's
 * {@code connection-timeout} ({@code application.properties}), so that a database that
 * hangs is found out as soon as one that is down.</li>
 * <li>An H2 file that cannot be read, or cannot be written, is never opened
 * ({@link H2File}): groups are unavailable, and one error says why.</li>
 * <li>At most {@code formatfit.groups.concurrent-calls} requests use the database at
 * once, and the next waits at most {@code formatfit.groups.call-wait} for a turn
 * (Resilience4j's bulkhead), so that a crowd never waits on the pool and the database
 * never gets more work than it has connections for. When the database hangs, the calls
 * inside end within a second, the breaker opens, and the ones waiting are then refused at
 * once: at the start of an outage a group request holds its thread for at most its wait
 * and one call, not for as long as the database hangs.</li>
 * </ul>
 * {@link Groups} runs each use through {@link #call}.
 */
@Configuration(proxyBeanMethods = false)
class GroupStorage {

	private static final Logger logger = LoggerFactory.getLogger(GroupStorage.class);

	private final CircuitBreaker breaker;

	private final Bulkhead bulkhead;

	/**
	 * Why the embedded database's file is not to be opened at all ({@link H2File}); null
	 * when it may be.
	 */
	private final H2File.Problem refused;

	private final ObjectProvider<DataSource> dataSource;

	private Flyway flyway;

	private volatile boolean migrated;

	/** What the last failure was, for the one warning an outage logs. */
	private volatile String lastFailure = "";

	@Autowired
	GroupStorage(GroupSettings settings, @Value("${spring.datasource.url:}") String jdbcUrl,
			ObjectProvider<DataSource> dataSource) {
		this(settings.retryAfter(), settings.concurrentCalls(), settings.callWait(), jdbcUrl, dataSource);
	}

	GroupStorage(Duration retryAfter, int concurrentCalls, Duration callWait, String jdbcUrl,
			ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
		Optional<H2File> file = H2File.of(jdbcUrl);
		this.refused = file.flatMap(H2File::problem).orElse(null);
		if (this.refused != null) {
			refusedFile(file.get().path());
		}
		this.bulkhead = Bulkhead.of("groups",
				BulkheadConfig.custom().maxConcurrentCalls(concurrentCalls).maxWaitDuration(callWait).build());
		// Resilience4j waits at least a millisecond; 0 would mean "try on every request".
		Duration wait = (retryAfter.toMillis() < 1) ? Duration.ofMillis(1) : retryAfter;
		this.breaker = CircuitBreaker.of("groups", CircuitBreakerConfig.custom()
			// One failure opens it: the next uses would only wait on the same dead
			// database.
			.slidingWindow(1, 1, SlidingWindowType.COUNT_BASED)
			.failureRateThreshold(100)
			// Only an unreachable or hung database counts (our queries take
			// milliseconds: one that times out is waiting on a lock held too long, or on
			// a server that no longer answers); a use that fails for its own reasons
			// (a group that is full, a duplicate share) says nothing about it, and
			// neither does a slow one that succeeds (the night's deletion, a share
			// waiting for its group's lock).
			.recordExceptions(DataAccessResourceFailureException.class, TransactionException.class,
					QueryTimeoutException.class)
			.slowCallDurationThreshold(Duration.ofDays(1))
			.waitDurationInOpenState(wait)
			.permittedNumberOfCallsInHalfOpenState(1)
			// A try that never ends, or ends in an Error that Resilience4j does not
			// see, would otherwise keep its one permit, and groups closed, for good.
			.maxWaitDurationInHalfOpenState(wait)
			.build());
		this.breaker.getEventPublisher().onError((event) -> wentDown(event.getThrowable()));
		this.breaker.getEventPublisher().onStateTransition((event) -> {
			if (event.getStateTransition() == StateTransition.CLOSED_TO_OPEN) {
				logger.warn("Groups are unavailable until their database can be reached: {}", this.lastFailure);
			}
		});
	}

	@Bean
	FlywayMigrationStrategy migrateOrWait() {
		return (flyway) -> {
			if (this.refused != null) {
				return;
			}
			this.flyway = flyway;
			try {
				this.breaker.executeRunnable(this::migrateOnce);
			}
			catch (DataAccessResourceFailureException ex) {
				// Logged as the breaker opens; tried again when groups are next used.
			}
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
		if (this.refused != null) {
			throw unavailable();
		}
		try {
			return this.bulkhead.executeSupplier(() -> this.breaker.executeSupplier(() -> {
				migrateOnce();
				return use.get();
			}));
		}
		catch (CallNotPermittedException | BulkheadFullException | TransactionException | QueryTimeoutException
				| MigrationFailed ex) {
			throw unavailable();
		}
	}

	/** Migrates the schema unless it is there (or Flyway is off: nothing to migrate). */
	private void migrateOnce() {
		if (this.migrated || this.flyway == null) {
			return;
		}
		try {
			this.flyway.migrate();
			this.migrated = true;
		}
		catch (FlywayException ex) {
			throw new MigrationFailed(ex);
		}
	}

	/** One error line that names the file, what is wrong and what to do. */
	private void refusedFile(Path file) {
		switch (this.refused) {
			case FOLDER_READ_ONLY ->
				logger.error("Groups are unavailable: {} cannot be made, its folder is read-only", file);
			case READ_ONLY ->
				logger.error("Groups are unavailable: {} or its folder is read-only; make both writable", file);
			case UNREADABLE ->
				logger.error("Groups are unavailable: {} is unreadable, kept as it is; restore it from a backup", file);
		}
	}

	private void wentDown(Throwable failure) {
		// The database's own words say what is wrong (refused, unknown host, bad
		// password); they hold no key, code or token. Other failures' messages may
		// quote SQL, so only their kind is named.
		this.lastFailure = (failure instanceof MigrationFailed) ? failure.getMessage()
				: failure.getClass().getSimpleName();
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

	/** Flyway could not reach the database: as much an outage as any other. */
	private static final class MigrationFailed extends DataAccessResourceFailureException {

		MigrationFailed(FlywayException cause) {
			super(cause.getMessage(), cause);
		}

	}

}
