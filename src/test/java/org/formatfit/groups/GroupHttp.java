package org.formatfit.groups;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP to the app under test, as the groups' crowd and outage tests send it: a
 * browser's form posts and page loads, HTTP/1.1, redirects looked at rather than
 * followed.
 *
 * @param port the app's port
 * @param deadline how long one request may wait
 */
record GroupHttp(int port, Duration deadline) {

	/**
	 * A new client: one connection per request in flight, as a crowd of browsers opens.
	 */
	HttpClient newClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(this.deadline)
			.build();
	}

	HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(HttpClient http, String path, String form) throws Exception {
		return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).timeout(this.deadline);
	}

}
