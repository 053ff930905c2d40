package org.formatfit.groups;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.formatfit.sharing.ShareToken;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's limit holds however many shares arrive at once: with room for 50 more, 200
 * students sharing together get exactly 50 "shared" and 150 "the group is full", and the
 * group is full. (Counting first and storing after, several would pass the count
 * together; shares into one group wait for each other instead.)
 */
@AppTest
class GroupLimitRaceTests {

	/** Room left in the group when the crowd comes. */
	private static final int ROOM = 50;

	private static final Duration DEADLINE = Duration.ofSeconds(90);

	private final HttpClient http = new GroupHttp(0, DEADLINE).newClient();

	@LocalServerPort
	int port;

	@Autowired
	Groups groups;

	@Test
	void takesExactlyAsManyResultsAsTheGroupHoldsWhenTwoHundredShareAtOnce() throws Exception {
		HttpResponse<String> created = post("/groups", "label=Room for fifty");
		String group = created.headers().firstValue("Location").map((location) -> URI.create(location).getPath()).get();
		String joinUrl = Jsoup.parse(get(group).body()).getElementById("join-link").val();
		String code = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
		List<String> tokens = GroupLoadTests.distinctTokens(GroupLoadTests.CROWD);
		AdvisorGroup filling = this.groups.open(group.substring(group.lastIndexOf('/') + 1)).orElseThrow();
		for (int i = 0; i < AppTest.GROUP_SIZE - ROOM; i++) {
			this.groups.share(filling, ShareToken.parse(tokens.get(i % tokens.size())), null, null,
					this.groups.today());
		}

		List<Integer> statuses = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(tokens.size());
		try {
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (String token : tokens) {
				answers.add(threads.submit(() -> {
					gate.await();
					return post("/r/" + token + "/share", "group=" + code);
				}));
			}
			gate.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS).statusCode());
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(statuses).filteredOn((status) -> status == 303).hasSize(ROOM);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(tokens.size() - ROOM);
		String csv = get(group + "/results.csv").body();
		assertThat(csv.split("\r\n")).hasSize(1 + AppTest.GROUP_SIZE);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return new GroupHttp(this.port, DEADLINE).get(this.http, path);
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return new GroupHttp(this.port, DEADLINE).post(this.http, path, form);
	}

}
