package org.formatfit.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.formatfit.FormatFitApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request in flight when the app is told to stop (SIGTERM runs the same shutdown as
 * {@code close()}) still gets its full answer; only then does the app stop.
 *
 * <p>
 * The app starts here, outside Spring's cache of test contexts, and on a database of its
 * own. The class runs alone: stopping an app also resets the JVM's logging, which the
 * class beside it would feel.
 */
@Isolated
class GracefulShutdownTests {

	private static final CountDownLatch inFlight = new CountDownLatch(1);

	@Test
	void finishesARequestInFlightWhenShutdownBegins() throws Exception {
		CountDownLatch shuttingDown = new CountDownLatch(1);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(FormatFitApplication.class,
				SlowEndpoint.class)
			.listeners((event) -> {
				if (event instanceof ContextClosedEvent) {
					shuttingDown.countDown();
				}
			})
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:graceful-shutdown;MODE=PostgreSQL");
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		String body = "the whole body";

		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /test/slow HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: "
					+ body.length() + "\r\nConnection: close\r\n\r\n" + body.substring(0, 4))
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(inFlight.await(10, TimeUnit.SECONDS)).as("request reached the app").isTrue();

			CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::close);
			assertThat(shuttingDown.await(10, TimeUnit.SECONDS)).as("shutdown began").isTrue();
			assertThat(stopping).isNotDone();

			out.write(body.substring(4).getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);

			assertThat(response).startsWith("HTTP/1.1 200").endsWith("read: " + body);
			stopping.get(30, TimeUnit.SECONDS);
			assertThat(app.isActive()).isFalse();
		}
		finally {
			app.close();
		}
	}

	/**
	 * Answers only once the whole body has arrived, so the test decides when it finishes.
	 */
	@RestController
	static class SlowEndpoint {

		@PostMapping("/test/slow")
		String slow(HttpServletRequest request) throws IOException {
			inFlight.countDown();
			return "read: " + new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}

	}

}
