package org.formatfit.groups;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.formatfit.AppProcess;
import org.formatfit.sharing.ShareTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A redeploy or a restart loses no group: an advisor's bookmarked page opens afterwards
 * with its label and every result shared with it, a student's withdraw link still works,
 * and so does the join link. The app runs in a JVM of its own ({@link AppProcess}), which
 * is stopped as an operator would stop it (SIGTERM) and started again on the same
 * database: nothing held in the test's JVM or in memory can make this pass.
 */
// Among the first classes to start, its tests side by side: the app JVMs they start take
// longest of the unit tests, and the classes that run alone (@Isolated) wait until this
// class is done.
@Order(1)
@Execution(ExecutionMode.CONCURRENT)
class GroupRestartTests {

	/** Start-up takes a few seconds; the deadline leaves room for a loaded CI machine. */
	private static final Duration START_DEADLINE = Duration.ofSeconds(90);

	private static final Duration REQUEST_DEADLINE = Duration.ofSeconds(30);

	/** Shares confirmed before the app is killed, while more are on their way. */
	private static final int SHARES_BEFORE_THE_KILL = 150;

	/** Not ASCII, with a comma: the label must come back as the advisor typed it. */
	private static final String LABEL = "Orientación en línea, martes 18 h";

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(REQUEST_DEADLINE)
		.build();

	/** The default storage: an H2 file, here in a folder of the test's own. */
	@Test
	void keepsEveryGroupInItsH2FileAcrossARestart(@TempDir Path folder) throws Exception {
		keepsAGroupAcrossARestart(
				"--spring.datasource.url=jdbc:h2:file:" + folder.resolve("formatfit") + ";MODE=PostgreSQL");
	}

	@Test
	void keepsEveryGroupInPostgresqlAcrossARestart() throws Exception {
		TestPostgres.require();
		keepsAGroupAcrossARestart("--spring.datasource.url=" + TestPostgres.URL,
				"--spring.datasource.username=" + TestPostgres.USER,
				"--spring.datasource.password=" + TestPostgres.PASSWORD);
	}

	/**
	 * A share the student was told succeeded (303, with its withdraw link) is on disk:
	 * the app killed with {@code SIGKILL} in the middle of a crowd of shares, on the H2
	 * file as the app's own settings open it, keeps every one of them. (H2 writes a
	 * commit up to half a second later by default, and lost 1 to 8 % of such shares.)
	 */
	@Test
	void keepsEveryConfirmedShareInItsH2FileWhenKilled(@TempDir Path folder) throws Exception {
		Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		String fileUrl = defaults.getProperty("spring.datasource.url").replace("./data/", folder + "/");
		assertThat(fileUrl).startsWith("jdbc:h2:file:" + folder);
		String database = "--spring.datasource.url=" + fileUrl;
		String limits = "--formatfit.groups.shares-per-hour=100000";
		List<String> tokens = GroupLoadTests.distinctTokens(SHARES_BEFORE_THE_KILL * 3);
		Set<String> confirmed = ConcurrentHashMap.newKeySet();
		String groupPath;
		try (AppProcess app = AppProcess.start(database, limits)) {
			app.port(START_DEADLINE);
			HttpResponse<String> created = post(app, "/groups", "label=killed");
			groupPath = location(created);
			String joinUrl = Jsoup.parse(get(app, groupPath).body()).getElementById("join-link").val();
			String code = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
			CountDownLatch enough = new CountDownLatch(SHARES_BEFORE_THE_KILL);
			ExecutorService students = Executors.newFixedThreadPool(4);
			try {
				for (String token : tokens) {
					students.submit(() -> {
						HttpResponse<String> shared = post(app, ShareTokens.LINK_PREFIX + token + "/share",
								"group=" + code);
						if (shared.statusCode() == 303 && location(shared).startsWith("/withdraw/")) {
							confirmed.add(token);
							enough.countDown();
						}
						return null;
					});
				}
				assertThat(enough.await(60, TimeUnit.SECONDS)).isTrue();
				app.kill();
			}
			finally {
				students.shutdownNow();
				assertThat(students.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			}
		}

		try (AppProcess after = AppProcess.start(database, limits)) {
			after.port(START_DEADLINE);
			String csv = get(after, groupPath + "/results.csv").body();
			assertThat(confirmed).hasSizeGreaterThanOrEqualTo(SHARES_BEFORE_THE_KILL)
				.allSatisfy((token) -> assertThat(csv).contains("," + token + ","));
		}
	}

	private void keepsAGroupAcrossARestart(String... database) throws Exception {
		String token = GroupLoadTests.distinctTokens(1).get(0);
		String groupPath;
		String code;
		String withdrawPath;
		try (AppProcess before = AppProcess.start(database)) {
			before.port(START_DEADLINE);
			HttpResponse<String> created = post(before, "/groups",
					"label=" + URLEncoder.encode(LABEL, StandardCharsets.UTF_8));
			assertThat(created.statusCode()).isEqualTo(303);
			groupPath = location(created);
			String joinUrl = Jsoup.parse(get(before, groupPath).body()).getElementById("join-link").val();
			code = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
			HttpResponse<String> shared = post(before, ShareTokens.LINK_PREFIX + token + "/share", "group=" + code);
			assertThat(shared.statusCode()).isEqualTo(303);
			withdrawPath = location(shared);
			assertThat(withdrawPath).startsWith("/withdraw/");
		}

		try (AppProcess after = AppProcess.start(database)) {
			after.port(START_DEADLINE);
			HttpResponse<String> page = get(after, groupPath);
			assertThat(page.statusCode()).isEqualTo(200);
			Document html = Jsoup.parse(page.body());
			assertThat(html.select("h1").text()).isEqualTo(LABEL);
			assertThat(html.select(".group-count strong").text()).isEqualTo("1 result");
			HttpResponse<String> csv = get(after, groupPath + "/results.csv");
			assertThat(csv.body().split("\r\n")).hasSize(2);
			assertThat(csv.body()).contains("," + token + ",");
			assertThat(get(after, withdrawPath).statusCode()).isEqualTo(200);
			assertThat(get(after, "/join/" + code).statusCode()).isEqualTo(303);
		}
	}

	private HttpResponse<String> get(AppProcess app, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(app.uri(path)).timeout(REQUEST_DEADLINE).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(AppProcess app, String path, String form) throws Exception {
		return this.http.send(HttpRequest.newBuilder(app.uri(path))
			.timeout(REQUEST_DEADLINE)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String location(HttpResponse<String> answer) {
		return URI.create(answer.headers().firstValue("Location").orElseThrow()).getPath();
	}

}
