package org.formatfit.groups;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only an unreachable database makes groups unavailable: a use that fails for its own
 * reasons reaches its caller as it is, and the next use runs as ever. (An outage itself:
 * {@link GroupsOutageTests}, on a real database server.)
 */
class GroupStorageBreakerTests {

	static Stream<RuntimeException> failuresThatAreNoOutage() {
		return Stream.of(new DuplicateKeyException("shared twice"),
				new OptimisticLockingFailureException("changed meanwhile"),
				new PessimisticLockingFailureException("the group's row is taken"),
				new IllegalStateException("a bug of ours"));
	}

	@ParameterizedTest
	@MethodSource("failuresThatAreNoOutage")
	void aFailureThatIsNoOutageReachesItsCallerAndTheNextUseRuns(RuntimeException failure) {
		GroupStorage storage = storage(4);
		AtomicInteger uses = new AtomicInteger();

		assertThatThrownBy(() -> storage.call(() -> {
			throw failure;
		})).isSameAs(failure);

		assertThat(storage.call(uses::incrementAndGet)).isEqualTo(1);
		assertThat(storage.call(uses::incrementAndGet)).isEqualTo(2);
	}

	/**
	 * Our queries take milliseconds: one that runs out of time waits on a lock held too
	 * long or on a server that no longer answers, and the next uses would wait the same.
	 */
	@Test
	void aQueryThatRunsOutOfTimeMakesGroupsUnavailableAtOnce() {
		GroupStorage storage = storage(4);
		AtomicInteger uses = new AtomicInteger();

		assertThatThrownBy(() -> storage.call(() -> {
			throw new QueryTimeoutException("canceling statement due to statement timeout");
		})).isInstanceOf(DataAccessResourceFailureException.class);

		assertThatThrownBy(() -> storage.call(uses::incrementAndGet))
			.isInstanceOf(DataAccessResourceFailureException.class);
		assertThat(uses).hasValue(0);
	}

	/**
	 * While the database hangs, group requests may hold only so many request threads: the
	 * one beyond waits its short turn, then hears that groups are unavailable, and never
	 * reaches the database.
	 */
	@Test
	void aUseBeyondTheConcurrentCallsWaitsItsTurnThenIsUnavailable() throws Exception {
		GroupStorage storage = storage(1);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService hung = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> first = hung.submit(() -> storage.call(() -> {
				inside.countDown();
				return await(release);
			}));
			assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
			AtomicInteger uses = new AtomicInteger();

			assertThatThrownBy(() -> storage.call(uses::incrementAndGet))
				.isInstanceOf(DataAccessResourceFailureException.class);
			assertThat(uses).hasValue(0);

			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
			assertThat(storage.call(uses::incrementAndGet)).isEqualTo(1);
		}
		finally {
			release.countDown();
			hung.shutdownNow();
		}
	}

	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static GroupStorage storage(int concurrentCalls) {
		return new GroupStorage(Duration.ofHours(1), concurrentCalls, Duration.ofMillis(50), "jdbc:h2:mem:unused",
				new StaticListableBeanFactory().getBeanProvider(DataSource.class));
	}

}
