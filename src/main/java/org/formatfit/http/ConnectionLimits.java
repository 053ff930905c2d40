package org.formatfit.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many connections and worker threads Tomcat gets, when the operator does not set
 * {@code server.tomcat.max-connections} or {@code server.tomcat.threads.max} outright,
 * and how long a request's head may take ({@link TomcatConnections}).
 *
 * @param headTimeout the longest time from a request's first byte to the end of its
 * headers; a client trickling its headers is dropped after it
 * @param threadsPerCore worker threads per available processor: 4 gives the 8 measured as
 * best on 2 cores (docs/performance.md)
 * @param heapPercent the share of the maximum heap that open connections may hold
 * @param perConnection the heap one connection holds while it sends a request head (its
 * socket buffers, request and response objects), measured with a heap histogram
 */
@ConfigurationProperties("formatfit.connections")
record ConnectionLimits(@DefaultValue("15s") Duration headTimeout, @DefaultValue("4") int threadsPerCore,
		@DefaultValue("50") int heapPercent, @DefaultValue("48KB") DataSize perConnection) {

	/** Tomcat's own default and our ceiling: more would not help a single app. */
	static final int MOST_CONNECTIONS = 8192;

	/** Enough for the load test's 200 connections on the smallest heap we document. */
	static final int FEWEST_CONNECTIONS = 256;

	int threads(int processors) {
		return Math.max(2, this.threadsPerCore * processors);
	}

	int maxConnections(long maxHeapBytes) {
		long budget = maxHeapBytes / 100 * this.heapPercent;
		long connections = budget / this.perConnection.toBytes();
		return (int) Math.max(FEWEST_CONNECTIONS, Math.min(MOST_CONNECTIONS, connections));
	}

}
