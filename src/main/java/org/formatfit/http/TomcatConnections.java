package org.formatfit.http;

import org.apache.coyote.AbstractProtocol;
import org.apache.coyote.ProtocolHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Tomcat's connector, sized to the machine and the heap: a request head has a deadline
 * ({@link HeadDeadlineProtocol}); worker threads follow the processor count and the
 * connection limit follows the heap, unless the operator sets
 * {@code server.tomcat.threads.max} or {@code server.tomcat.max-connections}. Runs after
 * Spring Boot's own Tomcat customizer, so that its settings from {@code server.tomcat.*}
 * are applied first.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConnectionLimits.class)
class TomcatConnections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private static final Log logger = LogFactory.getLog(TomcatConnections.class);

	/** Bytes of each connection's socket read buffer and of its write buffer. */
	static final int SOCKET_BUFFER_SIZE = 4096;

	private final ConnectionLimits limits;

	/** The operator's server.tomcat.threads.max, or null. */
	private final Integer threadsSet;

	/** The operator's server.tomcat.max-connections, or null. */
	private final Integer connectionsSet;

	TomcatConnections(ConnectionLimits limits, Environment environment) {
		this.limits = limits;
		Binder binder = Binder.get(environment);
		this.threadsSet = binder.bind("server.tomcat.threads.max", Integer.class).orElse(null);
		this.connectionsSet = binder.bind("server.tomcat.max-connections", Integer.class).orElse(null);
	}

	/**
	 * Tomcat's worker threads: the operator's setting, else 4 per available processor.
	 */
	int workerThreads() {
		return (this.threadsSet != null) ? this.threadsSet
				: this.limits.threads(Runtime.getRuntime().availableProcessors());
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.setProtocol(HeadDeadlineProtocol.class.getName());
		int threads = workerThreads();
		int connections = this.limits.maxConnections(Runtime.getRuntime().maxMemory());
		factory.addConnectorCustomizers((connector) -> {
			// Tomcat's 8 KB each by default; a request head still gets its 8 KB
			// (server.max-http-request-header-size) on top of the read buffer, and a
			// response
			// larger than the write buffer is written straight from the response's own
			// buffer.
			connector.setProperty("socket.appReadBufSize", String.valueOf(SOCKET_BUFFER_SIZE));
			connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_BUFFER_SIZE));
			ProtocolHandler handler = connector.getProtocolHandler();
			if (handler instanceof HeadDeadlineProtocol protocol) {
				protocol.setRequestHeadTimeout(this.limits.headTimeout().toMillis());
			}
			if (handler instanceof AbstractProtocol<?> protocol) {
				if (this.threadsSet == null) {
					protocol.setMaxThreads(threads);
					protocol.setMinSpareThreads(threads);
				}
				if (this.connectionsSet == null) {
					protocol.setMaxConnections(connections);
				}
				logger.info("Tomcat: %d worker threads, at most %d connections, request heads within %d s".formatted(
						protocol.getMaxThreads(), protocol.getMaxConnections(), this.limits.headTimeout().toSeconds()));
			}
		});
	}

	@Override
	public int getOrder() {
		return 1; // after Spring Boot's TomcatWebServerFactoryCustomizer (order 0)
	}

}
