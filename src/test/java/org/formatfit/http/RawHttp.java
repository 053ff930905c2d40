package org.formatfit.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes sent to the app as they are, on a socket of their own: for requests no HTTP
 * client would send (broken request lines, odd paths, headers too large).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends the request (ISO-8859-1, as HTTP heads are) to the app on {@code port} and
	 * reads until the app closes the connection, so a request should ask it to
	 * ({@code Connection: close}) or be one the app closes on. The answer in ISO-8859-1:
	 * every byte is one character.
	 */
	public static String send(int port, String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			return exchange(socket, request);
		}
	}

	/**
	 * {@link #send} from another of this machine's addresses ({@code 127.0.0.2}, say), as
	 * a proxy or a second client would come, to the app on {@code 127.0.0.1}.
	 */
	public static String sendFrom(String localAddress, int port, String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
			return exchange(socket, request);
		}
	}

	/** {@link #send}, the answer read as an {@link Answer}. */
	static Answer answer(int port, String request) throws IOException {
		return new Answer(send(port, request));
	}

	private static String exchange(Socket socket, String request) throws IOException {
		socket.setSoTimeout(5000);
		OutputStream out = socket.getOutputStream();
		out.write(request.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			in.transferTo(bytes);
		}
		catch (SocketException reset) {
			// Tomcat closes a refused connection once it has answered, and a request
			// body it did not read may turn that into a reset: the answer is in.
		}
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

	/** What came back: the status line and headers, then the body. */
	record Answer(String text) {

		String head() {
			int end = this.text.indexOf("\r\n\r\n");
			return (end < 0) ? this.text : this.text.substring(0, end + 2);
		}

		String body() {
			int end = this.text.indexOf("\r\n\r\n");
			return (end < 0) ? "" : this.text.substring(end + 4);
		}

		int status() {
			assertThat(this.text).as("an HTTP/1.1 answer").startsWith("HTTP/1.1 ");
			return Integer.parseInt(this.text.substring(9, 12));
		}

	}

}
