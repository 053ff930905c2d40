package org.formatfit.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A request to make to the app over real HTTP: method, path, and an optional body with
 * its type.
 */
record Call(String method, String path, String contentType, String body) {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	static Call get(String path) {
		return new Call("GET", path, null, null);
	}

	static Call form(String path, String body) {
		return new Call("POST", path, "application/x-www-form-urlencoded", body);
	}

	/** Sends it to the app on {@code port}, with extra headers as name, value pairs. */
	HttpResponse<String> sendTo(int port, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + this.path))
			.method(this.method, (this.body != null) ? HttpRequest.BodyPublishers.ofString(this.body)
					: HttpRequest.BodyPublishers.noBody());
		if (this.contentType != null) {
			request.header("Content-Type", this.contentType);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
