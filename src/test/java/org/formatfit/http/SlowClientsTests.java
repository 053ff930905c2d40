package org.formatfit.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections that send their headers slowly (a "slowloris" crowd) must not starve real
 * requests, and the server must drop them once they stall. The connection timeout is
 * shortened here ({@link BehindAProxy}) so that the test need not wait the production ten
 * seconds.
 */
@BehindAProxy
class SlowClientsTests {

	private static final int SLOW_CLIENTS = 400;

	/** Twice what stopped the site when it had 8 worker threads. */
	private static final int SLOW_BODIES = 16;

	@LocalServerPort
	int port;

	@Test
	void aCrowdOfSlowSendersDoesNotStarveRealRequests() throws Exception {
		pagesAnswerWhileOpen(SLOW_CLIENTS, this::startSlowRequest);
	}

	/**
	 * Request bodies that never finish hold a worker thread each while Tomcat waits for
	 * them; with the app alone, a few of them stopped the whole site (8 threads). Behind
	 * deploy/'s nginx, which reads whole bodies first, none reaches the app at all.
	 */
	@Test
	void aFewSlowRequestBodiesDoNotStopTheSite() throws Exception {
		pagesAnswerWhileOpen(SLOW_BODIES, this::startSlowBody);
	}

	/**
	 * Real pages answer within 2 s while {@code count} slow connections are open. Each
	 * page is asked for once before they come, so that the 2 s measure the crowd, not a
	 * first render on a machine busy with other test classes.
	 */
	private void pagesAnswerWhileOpen(int count, SlowConnection opener) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		List<String> paths = List.of("/", "/questionnaire", "/api/v1/questionnaire");
		for (String path : paths) {
			assertThat(get(http, path).statusCode()).as(path).isEqualTo(200);
		}
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				slow.add(opener.open());
			}
			for (String path : paths) {
				assertThat(get(http, path).statusCode()).as(path).isEqualTo(200);
			}
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	/** Opens a connection that sends part of a request and then nothing. */
	private interface SlowConnection {

		Socket open() throws IOException;

	}

	@Test
	void dropsAConnectionThatStopsSendingItsHeaders() throws Exception {
		try (Socket socket = startSlowRequest()) {
			socket.setSoTimeout(10_000);
			InputStream in = socket.getInputStream();
			// The server gives up on the stalled request: it answers and closes, or just
			// closes.
			byte[] answer = in.readAllBytes();
			String text = new String(answer, StandardCharsets.ISO_8859_1);
			assertThat(text.isEmpty() || text.startsWith("HTTP/1.1 4")).as(text).isTrue();
		}
	}

	private HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(2))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Opens a connection and sends a request's head and one byte of its body, no more.
	 */
	private Socket startSlowBody() throws IOException {
		Socket socket = new Socket("localhost", this.port);
		socket.getOutputStream()
			.write(("POST /api/v1/recommendations HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/json\r\nContent-Length: 16000\r\n\r\n{")
				.getBytes(StandardCharsets.US_ASCII));
		return socket;
	}

	/** Opens a connection and sends the start of a request, but never its end. */
	private Socket startSlowRequest() throws IOException {
		Socket socket = new Socket("localhost", this.port);
		OutputStream out = socket.getOutputStream();
		out.write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

}
