package org.formatfit.groups;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.formatfit.sharing.ShareToken;
import org.formatfit.web.AppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full group's spreadsheet and summary are megabytes: they go out as they are written,
 * in chunks, never held whole in the heap as pages are ({@code http.WholeResponses}).
 */
@AppTest
class GroupDownloadsStreamTests {

	@LocalServerPort
	int port;

	@Autowired
	Groups groups;

	@ParameterizedTest
	@ValueSource(strings = { "/groups/%s/results.csv", "/api/v1/groups/%s" })
	void aGroupsSpreadsheetAndSummaryStreamInsteadOfBeingHeldWhole(String address) throws Exception {
		Groups.CreatedGroup created = this.groups.create("Streamed", this.groups.today());
		List<String> tokens = GroupLoadTests.distinctTokens(60);
		for (String token : tokens) {
			this.groups.share(created.group(), ShareToken.parse(token), "Student", null, this.groups.today());
		}

		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + address.formatted(created.key())))
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().length).as("larger than Tomcat's 8 KB buffer").isGreaterThan(8 * 1024);
		assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
		assertThat(response.headers().firstValue("Content-Length")).isEmpty();
	}

}
