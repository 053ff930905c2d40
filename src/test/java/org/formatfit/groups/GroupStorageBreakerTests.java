package org.formatfit.groups;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DuplicateKeyException;
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
		GroupStorage storage = new GroupStorage(Duration.ofHours(1),
				new StaticListableBeanFactory().getBeanProvider(DataSource.class));
		AtomicInteger uses = new AtomicInteger();

		assertThatThrownBy(() -> storage.call(() -> {
			throw failure;
		})).isSameAs(failure);

		assertThat(storage.call(uses::incrementAndGet)).isEqualTo(1);
		assertThat(storage.call(uses::incrementAndGet)).isEqualTo(2);
	}

}
