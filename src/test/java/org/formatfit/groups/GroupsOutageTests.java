package org.formatfit.groups;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.formatfit.http.ProvokedLogLines;
import org.formatfit.http.ReadsTheAppLog;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.web.SharingPageTests;
import org.h2.tools.Server;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The groups' database going away while FormatFit runs, and coming back: a real H2 server
 * over TCP, stopped and started again. While it is away, pages that name a group answer
 * at once, without each waiting for a connection (only one request at a time tries the
 * database again); once it is back, groups work again by themselves, with nothing lost.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "formatfit.groups.retry-after=200ms", "spring.datasource.hikari.connection-timeout=2000" })
@ReadsTheAppLog
class GroupsOutageTests {

	/** What a request waits for the database before giving up (connection-timeout). */
	private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	private static final int CROWD = 20;

	private static int databasePort;

	private static Server database;

	/** A file database: an in-memory one may be closed for good when its server stops. */
	private static Path databaseFiles;

	private final HttpClient http = new GroupHttp(0, DEADLINE).newClient();

	@LocalServerPort
	int port;

	@BeforeAll
	static void startDatabase() throws SQLException, IOException {
		try (ServerSocket free = new ServerSocket(0)) {
			databasePort = free.getLocalPort();
		}
		databaseFiles = Files.createTempDirectory("formatfit-outage");
		database = newDatabaseServer();
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		database.stop();
		FileSystemUtils.deleteRecursively(databaseFiles);
	}

	private static Server newDatabaseServer() throws SQLException {
		return Server
			.createTcpServer("-tcpPort", String.valueOf(databasePort), "-baseDir", databaseFiles.toString(),
					"-ifNotExists")
			.start();
	}

	@DynamicPropertySource
	static void overTcp(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:tcp://localhost:" + databasePort + "/outage;MODE=PostgreSQL");
	}

	/** The outage is said once when it is found, whatever the traffic. */
	@AfterEach
	void logsOnlyTheOutage(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output,
				Pattern.compile("Groups are unavailable until their database can be reached"));
		assertThat(output.getAll().lines().filter((line) -> line.contains("Groups are unavailable"))).hasSize(1);
	}

	@Test
	void answersAtOnceWhileTheDatabaseIsAwayAndRecoversWhenItIsBack() throws Exception {
		String group = post("/groups", "label=Outage").headers()
			.firstValue("Location")
			.map(URI::create)
			.get()
			.getPath();
		String joinUrl = Jsoup.parse(get(group).body()).getElementById("join-link").val();
		String code = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
		String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));
		assertThat(post("/r/" + token + "/share", "group=" + code).statusCode()).isEqualTo(303);

		database.stop();
		assertThat(get(group).statusCode()).as("the request that finds the outage").isEqualTo(503);

		List<Duration> waits = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(CROWD);
		try {
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<Duration>> answers = new ArrayList<>();
			for (int i = 0; i < CROWD; i++) {
				answers.add(threads.submit(() -> {
					gate.await();
					Instant start = Instant.now();
					HttpResponse<String> result = get("/r/" + token + "?group=" + code);
					assertThat(result.statusCode()).isEqualTo(200);
					assertThat(Jsoup.parse(result.body()).select("section.group-share").text())
						.contains("Groups are unavailable right now");
					return Duration.between(start, Instant.now());
				}));
			}
			gate.countDown();
			for (Future<Duration> answer : answers) {
				waits.add(answer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}
		// Each would wait the whole connection timeout if it asked the database; at most
		// one at a time does.
		assertThat(waits).filteredOn((wait) -> wait.compareTo(CONNECTION_TIMEOUT) < 0)
			.hasSizeGreaterThanOrEqualTo(CROWD - 1);

		database = newDatabaseServer();
		Instant giveUp = Instant.now().plus(DEADLINE);
		HttpResponse<String> page = get(group);
		while (page.statusCode() == 503 && Instant.now().isBefore(giveUp)) {
			page = get(group);
		}
		assertThat(page.statusCode()).as("groups work again by themselves").isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select(".group-count").text()).startsWith("1 result");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return new GroupHttp(this.port, DEADLINE).get(this.http, path);
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return new GroupHttp(this.port, DEADLINE).post(this.http, path, form);
	}

}
