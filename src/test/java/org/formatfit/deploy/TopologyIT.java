package org.formatfit.deploy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.formatfit.RequiredOnCi;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.sharing.ShareTokens;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production topology, as a school runs it and as {@code deploy/local.sh} starts it
 * from the same files: nginx in front, two app instances, PostgreSQL. Real HTTP through
 * nginx only, all of it to loopback. The tests share the one topology and run in order:
 * the instance killed in the third is gone for the later ones, and the last one stops
 * PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopologyIT {

	/** Two JVMs and PostgreSQL start in 15-20 s here; room for a loaded CI machine. */
	private static final Duration START_DEADLINE = Duration.ofSeconds(240);

	private static final Duration REQUEST_DEADLINE = Duration.ofSeconds(10);

	private static final String PARENT = "mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree";

	/** A group's private key and its students' join code, as its page names them. */
	private static final Pattern GROUP_KEY = Pattern.compile("/groups/([A-Za-z0-9_-]+)$");

	private static final Pattern JOIN_CODE = Pattern.compile("/join/([A-Za-z0-9_-]+)");

	private static LocalTopology topology;

	private static HttpClient http;

	/** The group the first test makes; the database test opens and shares into it. */
	private static Group hall;

	@BeforeAll
	static void startTopology() throws Exception {
		RequiredOnCi.require(LocalTopology.available(),
				"The topology test needs nginx and PostgreSQL's server (Debian: apt-get install -y nginx-light postgresql)");
		http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(REQUEST_DEADLINE)
			.build();
		topology = LocalTopology.start(START_DEADLINE);
	}

	@AfterAll
	static void stopTopology() throws Exception {
		if (topology != null) {
			topology.close();
		}
	}

	@Test
	@Order(1)
	void servesPagesResultsAndGroupsThroughNginx() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Server")).as("nginx answers, without its version").hasValue("nginx");
		// The app's own security headers pass through; nginx adds none of its own.
		assertThat(home.headers().allValues("Content-Security-Policy")).hasSize(1);
		assertThat(get("/questionnaire").statusCode()).isEqualTo(200);

		String result = answer(AnswerSets.parse(PARENT));
		HttpResponse<String> page = get(result);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select("h1").text()).startsWith("A hybrid course");

		hall = createGroup("Topology test, lecture hall");
		HttpResponse<String> groupPage = get(hall.path());
		assertThat(groupPage.statusCode()).isEqualTo(200);
		// formatfit.env's public address, which local.sh points at nginx, names the join
		// link.
		assertThat(groupPage.body()).contains(topology.front() + "/join/" + hall.code());

		String token = result.substring(ShareTokens.LINK_PREFIX.length());
		HttpResponse<String> shared = share(token, hall.code());
		assertThat(shared.statusCode()).isEqualTo(303);
		assertThat(get(shared.headers().firstValue("Location").orElseThrow()).statusCode()).isEqualTo(200);
		assertThat(sharedTokens(hall)).containsExactly(token);
	}

	@Test
	@Order(2)
	void answersRealRequestsWhileSixThousandSlowHeadsAndFiveHundredSlowBodiesAreOpen() throws Exception {
		String result = answer(AnswerSets.parse(PARENT).with(Question.values()[0], 0));
		List<String> paths = List.of(result, "/questionnaire", "/actuator/health");
		for (String path : paths) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}
		InetSocketAddress front = new InetSocketAddress("127.0.0.1", topology.front().getPort());
		// The crowd comes from 127.0.0.2-50, the real requests from 127.0.0.1. nginx
		// counts a connection against its per-address limit (limit_conn, 100) only once
		// the request head is in: the slow heads are held by client_header_timeout
		// instead, and count for nothing; the slow bodies count, about 10 per address
		// here. From one address, the 101st would be answered 429 at once, and the real
		// requests from that address with it.
		try (SlowCrowd crowd = SlowCrowd.open(front, 6_000, 500, Duration.ofSeconds(2), Duration.ofSeconds(5),
				Duration.ofSeconds(60))) {
			int opened = crowd.connections();
			AtomicInteger fewest = new AtomicInteger(opened);
			// For 15 s, a round of the three every 250 ms (under nginx's 50 requests a
			// second per address), each timed.
			List<Timed> answers = new ArrayList<>();
			every(Duration.ofMillis(250), 60, () -> {
				for (String path : paths) {
					Timed answer = timed(() -> get(path));
					answers.add(new Timed(path + " " + answer.status(), answer.millis()));
				}
				fewest.accumulateAndGet(crowd.connections(), Math::min);
			});
			System.out.printf(
					"Slow crowd: %d connections opened, at least %d open throughout; nginx closed %d slow heads "
							+ "and %d slow bodies (each opened again), answering %s; %d real requests, slowest %d ms%n",
					opened, fewest.get(), crowd.headsDropped(), crowd.bodiesDropped(), crowd.answers(), answers.size(),
					answers.stream().mapToLong(Timed::millis).max().orElse(0));
			assertThat(opened).isEqualTo(6_500);
			assertThat(answers).hasSize(180).allSatisfy((answer) -> {
				assertThat(answer.status()).endsWith(" 200");
				assertThat(answer.millis()).as(answer.status() + " in ms").isLessThan(2000);
			});
		}
	}

	@Test
	@Order(3)
	void losesNoPageAndNoAnsweredShareWhenAnInstanceIsKilled() throws Exception {
		Group group = createGroup("Topology test, one instance killed");
		List<String> tokens = distinctTokens(new Random(29), 150);
		List<String> results = tokens.subList(0, 20);
		ConcurrentLinkedQueue<String> toShare = new ConcurrentLinkedQueue<>(tokens);
		ConcurrentLinkedQueue<String> failedGets = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> sharedTokens = new ConcurrentLinkedQueue<>();
		Map<Integer, AtomicInteger> shareAnswers = new ConcurrentHashMap<>();
		AtomicInteger gets = new AtomicInteger();
		// Steady traffic: a request every 30 ms (under nginx's 50 a second per address),
		// on four client threads: result pages and the questionnaire, and every fourth a
		// share.
		ExecutorService clients = Executors.newFixedThreadPool(4);
		ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
		AtomicInteger tick = new AtomicInteger();
		CountDownLatch halfway = new CountDownLatch(150);
		CountDownLatch done = new CountDownLatch(450);
		pace.scheduleAtFixedRate(() -> {
			int n = tick.getAndIncrement();
			halfway.countDown();
			done.countDown();
			clients.execute(() -> {
				try {
					if (n % 4 == 3) {
						String token = toShare.poll();
						if (token != null) {
							HttpResponse<String> answer = share(token, group.code());
							shareAnswers.computeIfAbsent(answer.statusCode(), (unused) -> new AtomicInteger())
								.incrementAndGet();
							if (answer.statusCode() == 303) {
								sharedTokens.add(token);
							}
						}
						return;
					}
					String path = (n % 2 == 0) ? ShareTokens.LINK_PREFIX + results.get(n % results.size())
							: "/questionnaire";
					gets.incrementAndGet();
					HttpResponse<String> answer = get(path);
					if (answer.statusCode() != 200) {
						failedGets.add(path + " " + answer.statusCode());
					}
				}
				catch (Exception ex) {
					failedGets.add(ex.toString());
				}
			});
		}, 0, 30, TimeUnit.MILLISECONDS);
		try {
			assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
			long killed = topology.appPid(1);
			ProcessHandle instance = ProcessHandle.of(killed).orElseThrow();
			instance.destroyForcibly();
			instance.onExit().get(10, TimeUnit.SECONDS);
			assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			pace.shutdownNow();
			clients.shutdown();
			assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		System.out.printf("Instance 1 killed: %d GETs, failed %s; shares answered %s%n", gets.get(), failedGets,
				shareAnswers);
		assertThat(failedGets).isEmpty();
		assertThat(sharedTokens).isNotEmpty();
		// Every share answered 303 is in the group. A share in flight on the killed
		// instance may have been stored without its answer arriving (nginx sends a POST
		// only once): the group may hold it too.
		assertThat(sharedTokens(group)).containsAll(sharedTokens);
		assertThat(shareAnswers.keySet()).as("statuses of the shares").isSubsetOf(303, 502);
	}

	@Test
	@Order(4)
	void countsTheReaderByTheAddressNginxSawNotAForwardedHeaderItSent() throws Exception {
		// The scheme: nginx sets X-Forwarded-Proto from its own (http) connection, so a
		// spoofed https gets no Strict-Transport-Security; straight to an instance, from
		// loopback, which the app trusts, it would.
		HttpResponse<String> spoofed = http.send(request("/").header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(spoofed.headers().firstValue("Strict-Transport-Security")).isEmpty();
		int surviving = topology.appPort(2);
		HttpResponse<String> direct = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + surviving + "/"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(direct.headers().firstValue("Strict-Transport-Security")).as("the control").isPresent();

		// The address: each instance lets one address make 20 groups an hour. With a
		// different spoofed X-Forwarded-For on every request, the app would see 21
		// different readers if nginx passed the header on; it sees 127.0.0.1 each time,
		// and refuses. (Two instances count for themselves: at most 41 are needed.)
		int refusedAt = 0;
		for (int i = 1; i <= 41 && refusedAt == 0; i++) {
			HttpResponse<String> created = http
				.send(request("/groups").header("Content-Type", "application/x-www-form-urlencoded")
					.header("Sec-Fetch-Site", "same-origin")
					.header("X-Forwarded-For", "203.0.113." + i)
					.POST(HttpRequest.BodyPublishers.ofString("label=Spoofed+" + i))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (created.statusCode() == 429) {
				refusedAt = i;
				// The app's page (it sets a request id), not nginx's own limit.
				assertThat(created.headers().firstValue("X-Request-Id")).isPresent();
			}
			else {
				assertThat(created.statusCode()).isEqualTo(303);
			}
		}
		System.out.printf("Groups made with spoofed X-Forwarded-For: refused at the %dth%n", refusedAt);
		assertThat(refusedAt).as("the create that was refused").isBetween(1, 41);
	}

	@Test
	@Order(5)
	void answersResultsAsUsualAndGroupsWith503WhileTheDatabaseIsHeldFrozenOrStopped() throws Exception {
		String result = answer(AnswerSets.parse(PARENT).with(Question.values()[1], 0));
		String token = distinctTokens(new Random(5), 1).get(0);
		SoftAssertions softly = new SoftAssertions();

		try (Connection database = DriverManager.getConnection(topology.value("db.url"), topology.value("db.user"),
				topology.value("db.password"))) {
			database.setAutoCommit(false);
			try (Statement lock = database.createStatement()) {
				lock.execute("LOCK TABLE advisor_group, shared_result IN ACCESS EXCLUSIVE MODE");
			}
			checkWhileTheDatabaseIsAway(softly, "held by a lock", result, token);
			database.rollback();
		}
		awaitGroupsBack();

		List<Long> server = postgresProcesses();
		signal("-STOP", server);
		try {
			checkWhileTheDatabaseIsAway(softly, "frozen", result, token);
		}
		finally {
			signal("-CONT", server);
		}
		awaitGroupsBack();

		Process stop = asPostgres(topology.value("pg.bin") + "/pg_ctl", "-D", topology.value("pg.data"), "-m",
				"immediate", "-w", "stop");
		assertThat(stop.waitFor(30, TimeUnit.SECONDS)).isTrue();
		checkWhileTheDatabaseIsAway(softly, "stopped", result, token);
		softly.assertAll();
	}

	/**
	 * Result pages and the questionnaire as fast as usual; the group's page, its JSON and
	 * a share into it 503 within 2 s.
	 */
	private void checkWhileTheDatabaseIsAway(SoftAssertions softly, String how, String result, String token)
			throws Exception {
		for (String path : List.of(result, "/questionnaire")) {
			Timed answer = timed(() -> get(path));
			System.out.printf("Database %s: %s %s in %d ms%n", how, path, answer.status(), answer.millis());
			softly.assertThat(answer.status()).as(how + ": " + path).isEqualTo("200");
			softly.assertThat(answer.millis()).as(how + ": " + path + " in ms").isLessThan(1000);
		}
		List<Timed> groups = List.of(timed(() -> get(hall.path())), timed(() -> get("/api/v1/groups/" + hall.key())),
				timed(() -> share(token, hall.code())));
		for (int i = 0; i < groups.size(); i++) {
			String what = List.of("group page", "group JSON", "share").get(i);
			System.out.printf("Database %s: %s %s in %d ms%n", how, what, groups.get(i).status(),
					groups.get(i).millis());
			softly.assertThat(groups.get(i).status()).as(how + ": " + what).isEqualTo("503");
			softly.assertThat(groups.get(i).millis()).as(how + ": " + what + " in ms").isLessThan(2000);
		}
	}

	/** A request's status (or the exception that ended it) and how long it took. */
	private static Timed timed(Call call) {
		long start = System.nanoTime();
		String status;
		try {
			status = String.valueOf(call.send().statusCode());
		}
		catch (Exception ex) {
			status = ex.getClass().getSimpleName();
		}
		return new Timed(status, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
	}

	/**
	 * Groups answer again once the database is back (the app tries again 5 s after a
	 * failure): asked every 250 ms, for at most 60 s.
	 */
	private void awaitGroupsBack() throws Exception {
		CompletableFuture<Void> back = new CompletableFuture<>();
		ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor();
		try {
			poll.scheduleWithFixedDelay(() -> {
				if (timed(() -> get(hall.path())).status().equals("200")) {
					back.complete(null);
				}
			}, 0, 250, TimeUnit.MILLISECONDS);
			back.get(60, TimeUnit.SECONDS);
		}
		finally {
			poll.shutdownNow();
		}
	}

	private List<Long> postgresProcesses() throws Exception {
		long main = topology.postgresPid();
		return Stream
			.concat(Stream.of(main), ProcessHandle.of(main).orElseThrow().descendants().map(ProcessHandle::pid))
			.toList();
	}

	private static void signal(String signal, List<Long> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", signal));
		pids.forEach((pid) -> command.add(pid.toString()));
		Process kill = new ProcessBuilder(command).inheritIO().start();
		assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
	}

	/** Runs a PostgreSQL command as its server's user (postgres when we are root). */
	private static Process asPostgres(String... command) throws Exception {
		List<String> line = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		return new ProcessBuilder(line).inheritIO().start();
	}

	/**
	 * Runs {@code round} every {@code period}, {@code times} times, on a thread of its
	 * own; returns when the last has run (within a deadline of twice the time planned).
	 */
	private static void every(Duration period, int times, Runnable round) throws InterruptedException {
		ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
		CountDownLatch rounds = new CountDownLatch(times);
		try {
			pace.scheduleAtFixedRate(() -> {
				if (rounds.getCount() > 0) {
					round.run();
					rounds.countDown();
				}
			}, 0, period.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(rounds.await(period.toMillis() * times * 2 + 10_000, TimeUnit.MILLISECONDS)).isTrue();
		}
		finally {
			pace.shutdownNow();
		}
	}

	/** Posts the answers to the questionnaire; the result's path it redirects to. */
	private static String answer(Answers answers) throws Exception {
		String form = Stream.of(Question.values())
			.map((question) -> question.id() + "=" + answers.optionId(question))
			.collect(Collectors.joining("&"));
		HttpResponse<String> posted = post("/questionnaire", form);
		assertThat(posted.statusCode()).isEqualTo(303);
		return URI.create(posted.headers().firstValue("Location").orElseThrow()).getPath();
	}

	private static Group createGroup(String label) throws Exception {
		HttpResponse<String> created = post("/groups", "label=" + URLEncoder.encode(label, StandardCharsets.UTF_8));
		assertThat(created.statusCode()).isEqualTo(303);
		Matcher key = GROUP_KEY.matcher(URI.create(created.headers().firstValue("Location").orElseThrow()).getPath());
		assertThat(key.find()).isTrue();
		HttpResponse<String> page = get("/groups/" + key.group(1));
		Matcher code = JOIN_CODE.matcher(page.body());
		assertThat(code.find()).isTrue();
		return new Group(key.group(1), code.group(1));
	}

	private static HttpResponse<String> share(String token, String code) throws Exception {
		return post(ShareTokens.LINK_PREFIX + token + "/share", "group=" + code);
	}

	/** The tokens of the results shared with the group, from its JSON. */
	private static List<String> sharedTokens(Group group) throws Exception {
		HttpResponse<String> answer = get("/api/v1/groups/" + group.key());
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = JsonMapper.builder().build().readTree(answer.body());
		List<String> tokens = new ArrayList<>();
		body.get("sharedResults").forEach((shared) -> tokens.add(shared.get("token").asString()));
		return tokens;
	}

	/** Tokens of as many different answer sets (one answer set, one result). */
	private static List<String> distinctTokens(Random random, int count) {
		Set<String> tokens = new LinkedHashSet<>();
		while (tokens.size() < count) {
			tokens.add(ShareTokens.tokenFor(AnswerSets.random(random)));
		}
		return List.copyOf(tokens);
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A form from one of FormatFit's own pages, as a browser sends it. */
	private static HttpResponse<String> post(String path, String form) throws Exception {
		return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(topology.uri(path)).timeout(REQUEST_DEADLINE);
	}

	private record Group(String key, String code) {

		String path() {
			return "/groups/" + this.key;
		}

	}

	private record Timed(String status, long millis) {
	}

	@FunctionalInterface
	private interface Call {

		HttpResponse<String> send() throws Exception;

	}

}
