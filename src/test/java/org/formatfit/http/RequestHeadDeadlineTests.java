package org.formatfit.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crowd of clients trickling their request heads a byte at a time, each byte well
 * within the connection timeout, is dropped at the request head deadline (shortened to 2
 * s here), and real requests are answered all the while.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "formatfit.connections.head-timeout=2s", "server.tomcat.connection-timeout=10s" })
class RequestHeadDeadlineTests {

	private static final int TRICKLERS = 300;

	private static final long DEADLINE_MILLIS = 2_000;

	@LocalServerPort
	int port;

	@Test
	void dropsTricklingHeadsAtTheDeadlineWhileServingRealRequests() throws Exception {
		dropsEveryTricklerAtTheDeadline(TRICKLERS, true);
	}

	/**
	 * A few tricklers alone on an idle server, their bytes sent together: then only their
	 * own bytes wake Tomcat's poller, which checks read timeouts right after taking the
	 * sockets that woke it off its watch list (and in any case only once a second while
	 * busy). A deadline that relied on that check alone missed them for ever; with 300
	 * tricklers it missed the first few of each burst (issue 16's "one or three
	 * stragglers").
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 5 })
	void dropsTricklersAloneOnAnIdleServerAtTheDeadline(int count) throws Exception {
		dropsEveryTricklerAtTheDeadline(count, false);
	}

	private void dropsEveryTricklerAtTheDeadline(int count, boolean withRealRequests) throws Exception {
		List<Socket> tricklers = new ArrayList<>();
		ScheduledExecutorService bytes = Executors.newSingleThreadScheduledExecutor();
		try {
			long opened = System.nanoTime();
			for (int i = 0; i < count; i++) {
				tricklers.add(startHead());
			}
			// One more header byte on every connection every 300 ms, in the same order:
			// never quiet for long.
			bytes.scheduleAtFixedRate(() -> tricklers.forEach(RequestHeadDeadlineTests::sendByte), 300, 300,
					TimeUnit.MILLISECONDS);

			if (withRealRequests) {
				HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
				for (String path : List.of("/", "/questionnaire", "/api/v1/questionnaire")) {
					HttpResponse<Void> response = http
						.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
							.timeout(Duration.ofSeconds(5))
							.build(), HttpResponse.BodyHandlers.discarding());
					assertThat(response.statusCode()).as(path).isEqualTo(200);
				}
			}

			// Every trickler is closed by the server: at the deadline, plus up to a
			// second for the sweep (and a wide margin for a busy machine), never before
			// it. Without the deadline they would stay open: no gap between their bytes
			// comes near the 10 s connection timeout.
			long latest = opened + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS + 12_000);
			List<Integer> open = new ArrayList<>();
			for (int i = 0; i < tricklers.size(); i++) {
				long left = TimeUnit.NANOSECONDS.toMillis(latest - System.nanoTime());
				if (!closedByServerWithin(tricklers.get(i), Math.max(1, left))) {
					open.add(i);
				}
			}
			assertThat(open).as("tricklers (by order of sending) still open 14 s in").isEmpty();
			long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened);
			assertThat(tookMillis).isGreaterThanOrEqualTo(DEADLINE_MILLIS);
		}
		finally {
			bytes.shutdownNow();
			for (Socket trickler : tricklers) {
				trickler.close();
			}
		}
	}

	@Test
	void keepsACompleteRequestsIdleKeepAliveConnectionPastTheDeadline() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			socket.setSoTimeout((int) DEADLINE_MILLIS + 3_000);
			// Still open when the deadline and a sweep have passed: reading times out.
			assertThat(readsUntilClosedOrTimeout(socket)).as("closed while idle in keep-alive").isFalse();
			out.write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			socket.setSoTimeout(2_000);
			byte[] next = new byte[12];
			assertThat(socket.getInputStream().readNBytes(next, 0, 12)).isEqualTo(12);
			assertThat(new String(next, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
		}
	}

	/** Opens a connection and sends the request line and the start of a header. */
	private Socket startHead() throws IOException {
		Socket socket = new Socket("127.0.0.1", this.port);
		OutputStream out = socket.getOutputStream();
		out.write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

	private static void sendByte(Socket socket) {
		try {
			socket.getOutputStream().write('a');
		}
		catch (IOException ex) {
			// Closed by the server: what the test waits for.
		}
	}

	private static boolean closedByServerWithin(Socket socket, long millis) throws IOException {
		socket.setSoTimeout((int) millis);
		return readsUntilClosedOrTimeout(socket);
	}

	/** Reads until the server closes (true) or the socket's timeout passes (false). */
	private static boolean readsUntilClosedOrTimeout(Socket socket) throws IOException {
		try {
			while (socket.getInputStream().read() != -1) {
				// An answer (a 400, say) before the close is fine.
			}
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true; // reset by the server
		}
	}

}
