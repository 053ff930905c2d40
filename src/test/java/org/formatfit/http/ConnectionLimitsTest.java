package org.formatfit.http;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionLimitsTest {

	private final ConnectionLimits defaults = new ConnectionLimits(Duration.ofSeconds(15), 4, 50,
			DataSize.ofKilobytes(48));

	@Test
	void givesEightThreadsOnTwoCoresAndMoreOnMore() {
		assertThat(this.defaults.threads(2)).isEqualTo(8);
		assertThat(this.defaults.threads(16)).isEqualTo(64);
		assertThat(this.defaults.threads(1)).isEqualTo(4);
	}

	@Test
	void letsConnectionsHoldHalfTheHeap() {
		assertThat(this.defaults.maxConnections(DataSize.ofMegabytes(256).toBytes())).isEqualTo(2730);
		assertThat(this.defaults.maxConnections(DataSize.ofMegabytes(64).toBytes())).isEqualTo(682);
		assertThat(this.defaults.maxConnections(DataSize.ofMegabytes(16).toBytes())).isEqualTo(256);
		assertThat(this.defaults.maxConnections(DataSize.ofGigabytes(4).toBytes())).isEqualTo(8192);
	}

}
