package org.formatfit.groups;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.formatfit.http.ProvokedLogLines;
import org.formatfit.http.ReadsTheAppLog;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lecture hall at once: 200 students share their results with one group in the same
 * moment while the advisor's page is opened 200 times, over real HTTP, on the embedded H2
 * the app runs on by default ({@link PostgresGroupLoadTests} runs the same on
 * PostgreSQL). Every request must get its proper answer, and the group must then hold
 * exactly the results whose share answered success: none lost, none counted twice, also
 * when the same forms are sent again, or one form many times, at once.
 *
 * <p>
 * Each burst starts behind a gate that opens only once every request's thread is waiting
 * at it, so that the requests really overlap; every wait is bounded, and nothing sleeps.
 * The bursts' wall times are printed, not asserted: they depend on the machine.
 */
// Every request comes from 127.0.0.1: AppTest's per-address limits are out of the way.
@AppTest
@ReadsTheAppLog
class GroupLoadTests {

	/** Students sharing at once, and page views at once. */
	static final int CROWD = 200;

	/**
	 * One request's longest wait: in a burst it may queue behind all the others (the app
	 * serves 4 at a time per core, and a page listing 200 results takes a while to
	 * render). The 400 requests of the first test took 10 to 21 s in all on a busy
	 * machine with 2 cores; this leaves room for a slower one.
	 */
	private static final Duration REQUEST_DEADLINE = Duration.ofSeconds(90);

	/** A whole burst's longest wait. */
	private static final Duration BURST_DEADLINE = Duration.ofSeconds(120);

	/** The count on the group page: "No results yet", "1 result", "N results". */
	private static final Pattern COUNT = Pattern.compile("(\\d+) results?");

	/** The advisor's browser, outside the bursts. */
	private final HttpClient http = newClient();

	@LocalServerPort
	int port;

	@Value("${spring.datasource.url}")
	String database;

	/**
	 * Zero errors means none in the log either: no failed request, no pool that ran dry,
	 * no database that refused.
	 */
	@AfterEach
	void logsNoWarningOrError(CapturedOutput output) {
		ProvokedLogLines.assertOnly(output);
	}

	@Test
	void answersTwoHundredSharesAndTwoHundredPageViewsAtOnceAndCountsEveryShareOnce() throws Exception {
		Group group = createGroup("Lecture hall A, all at once");
		List<String> tokens = distinctTokens(CROWD);
		List<Request> requests = new ArrayList<>();
		for (String token : tokens) {
			requests.add((http) -> share(http, token, group.code()));
		}
		for (int i = 0; i < CROWD; i++) {
			requests.add((http) -> get(http, group.pagePath()));
		}

		List<HttpResponse<String>> answers = burst("200 shares and 200 page views", requests);

		List<HttpResponse<String>> shares = answers.subList(0, CROWD);
		List<HttpResponse<String>> views = answers.subList(CROWD, 2 * CROWD);
		assertThat(shares).allSatisfy(GroupLoadTests::assertShared);
		// Each student got a withdraw link of their own.
		assertThat(shares.stream().map(GroupLoadTests::location).distinct()).hasSize(CROWD);
		// A page seen halfway through is a whole page, with some of the results.
		assertThat(views).allSatisfy((view) -> {
			assertThat(view.statusCode()).isEqualTo(200);
			Document page = Jsoup.parse(view.body());
			assertThat(page.select("h1").text()).isEqualTo("Lecture hall A, all at once");
			assertThat(count(page)).isBetween(0, CROWD);
		});
		assertHolds(group, tokens);
	}

	/**
	 * The same 200 share forms sent again at once, as a crowd pressing Share twice would:
	 * each form carries its own withdraw secret, so each is the same share again,
	 * answered with the same withdraw link, and the group still holds each once.
	 */
	@Test
	void addsNothingWhenTheSameTwoHundredFormsAreSentAgainAtOnce() throws Exception {
		Group group = createGroup("Lecture hall B, twice");
		List<String> tokens = distinctTokens(CROWD);
		List<String> secrets = secrets(CROWD);
		List<Request> shares = new ArrayList<>();
		for (int i = 0; i < CROWD; i++) {
			String token = tokens.get(i);
			String secret = secrets.get(i);
			shares.add((http) -> share(http, token, group.code(), secret));
		}
		assertThat(burst("200 shares", shares)).allSatisfy(GroupLoadTests::assertShared);

		List<HttpResponse<String>> again = burst("the same 200 forms again", shares);

		assertThat(again).map(GroupLoadTests::location)
			.containsExactlyElementsOf(secrets.stream().map((secret) -> "/withdraw/" + secret).toList());
		assertHolds(group, tokens);
	}

	/**
	 * One share form sent 200 times in the same moment (a double click, many tabs):
	 * shares into a group wait for each other, so the first is stored and every other is
	 * the same share, with the same withdraw link. Then 200 students whose answers are
	 * the same share at once, each with a form of their own: 200 shares.
	 */
	@Test
	void takesOneFormSentTwoHundredTimesAtOnceOnceAndTwoHundredStudentsWithTheSameAnswersEach() throws Exception {
		Group group = createGroup("Lecture hall C, one result");
		String token = distinctTokens(1).get(0);
		String secret = secrets(1).get(0);
		List<Request> requests = Collections.nCopies(CROWD, (http) -> share(http, token, group.code(), secret));

		List<HttpResponse<String>> answers = burst("one form sent 200 times", requests);

		assertThat(answers).allSatisfy(GroupLoadTests::assertShared)
			.map(GroupLoadTests::location)
			.containsOnly("/withdraw/" + secret);
		assertHolds(group, List.of(token));

		List<Request> students = new ArrayList<>();
		for (String own : secrets(CROWD)) {
			students.add((http) -> share(http, token, group.code(), own));
		}
		assertThat(burst("200 students with the same answers", students)).allSatisfy(GroupLoadTests::assertShared);
		assertHolds(group, Collections.nCopies(CROWD + 1, token));
	}

	/** Withdraw secrets as a share form carries them: 128 random bits, base64url. */
	private static List<String> secrets(int count) {
		SecureRandom random = new SecureRandom();
		List<String> secrets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			byte[] bytes = new byte[16];
			random.nextBytes(bytes);
			secrets.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		}
		return secrets;
	}

	/**
	 * The group holds these results and no other, each as many times as given: by its CSV
	 * (read by Commons CSV, one record per result) and by its page (the count, and the
	 * first page of its list).
	 */
	private void assertHolds(Group group, List<String> tokens) throws Exception {
		HttpResponse<String> csv = get(this.http, group.pagePath() + "/results.csv?lang=en");
		assertThat(csv.statusCode()).isEqualTo(200);
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.body().substring(1)))
			.getRecords();
		assertThat(records).map((record) -> record.get("Token")).containsExactlyInAnyOrderElementsOf(tokens);

		HttpResponse<String> page = get(this.http, group.pagePath());
		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		assertThat(html.select(".group-count strong").text())
			.isEqualTo((tokens.size() == 1) ? "1 result" : tokens.size() + " results");
		assertThat(resultRows(html)).isEqualTo(Math.min(tokens.size(), 50));
	}

	/**
	 * Runs every request at once on a thread of its own, behind a gate that opens when
	 * all are waiting at it; their answers in the order given. A request that fails or
	 * takes too long fails the test. The burst has a client of its own, as a crowd has
	 * browsers of its own: no connection is left over from before, which the app might be
	 * closing just then.
	 */
	private List<HttpResponse<String>> burst(String what, List<Request> requests) throws Exception {
		HttpClient crowd = newClient();
		ExecutorService threads = Executors.newFixedThreadPool(requests.size());
		try {
			CountDownLatch ready = new CountDownLatch(requests.size());
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (Request request : requests) {
				answers.add(threads.submit(() -> {
					ready.countDown();
					if (!gate.await(BURST_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
						throw new IllegalStateException("The gate did not open");
					}
					return request.sendWith(crowd);
				}));
			}
			assertThat(ready.await(BURST_DEADLINE.toMillis(), TimeUnit.MILLISECONDS))
				.as("all %d threads waiting at the gate", requests.size())
				.isTrue();
			long start = System.nanoTime();
			gate.countDown();
			List<HttpResponse<String>> done = new ArrayList<>();
			long deadline = start + BURST_DEADLINE.toNanos();
			for (Future<HttpResponse<String>> answer : answers) {
				done.add(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
			}
			System.out.printf("%s on %s: %d ms%n", what, databaseName(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
			return done;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private String databaseName() {
		return this.database.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
	}

	/**
	 * Answer sets that differ from each other, each a different result: the n-th counts n
	 * in a mixed radix whose digits are the questions' option positions.
	 */
	static List<String> distinctTokens(int count) {
		Question[] questions = Question.values();
		List<String> tokens = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			int[] indexes = new int[questions.length];
			int rest = n;
			for (int i = 0; i < questions.length; i++) {
				indexes[i] = rest % questions[i].optionCount();
				rest /= questions[i].optionCount();
			}
			tokens.add(ShareTokens.tokenFor(Answers.ofIndexes(indexes)));
		}
		assertThat(new HashSet<>(tokens)).hasSize(count);
		return tokens;
	}

	private Group createGroup(String label) throws Exception {
		HttpResponse<String> created = post(this.http, "/groups",
				"label=" + URLEncoder.encode(label, StandardCharsets.UTF_8));
		assertThat(created.statusCode()).isEqualTo(303);
		String pagePath = location(created);
		assertThat(pagePath).startsWith("/groups/");
		HttpResponse<String> page = get(this.http, pagePath);
		assertThat(page.statusCode()).isEqualTo(200);
		String joinUrl = Jsoup.parse(page.body()).getElementById("join-link").val();
		assertThat(joinUrl).contains("/join/");
		return new Group(pagePath, joinUrl.substring(joinUrl.lastIndexOf('/') + 1));
	}

	private HttpResponse<String> share(HttpClient http, String token, String code) throws Exception {
		return post(http, ShareTokens.LINK_PREFIX + token + "/share", "group=" + code);
	}

	private HttpResponse<String> share(HttpClient http, String token, String code, String secret) throws Exception {
		return post(http, ShareTokens.LINK_PREFIX + token + "/share", "group=" + code + "&withdraw=" + secret);
	}

	private static void assertShared(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as("a share's answer").isEqualTo(303);
		assertThat(location(answer)).startsWith("/withdraw/");
	}

	private static String location(HttpResponse<String> answer) {
		return answer.headers().firstValue("Location").map((location) -> URI.create(location).getPath()).orElse("");
	}

	private static int count(Document page) {
		Matcher count = COUNT.matcher(page.select(".group-count strong").text());
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	/** The rows of the page's list of each result, one per result. */
	private static int resultRows(Document page) {
		return page.select("[aria-labelledby=list-heading] tbody tr").size();
	}

	private HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return new GroupHttp(this.port, REQUEST_DEADLINE).get(http, path);
	}

	private HttpResponse<String> post(HttpClient http, String path, String form) throws Exception {
		return new GroupHttp(this.port, REQUEST_DEADLINE).post(http, path, form);
	}

	private static HttpClient newClient() {
		return new GroupHttp(0, REQUEST_DEADLINE).newClient();
	}

	/** One request of a burst, sent with the burst's client. */
	@FunctionalInterface
	private interface Request {

		HttpResponse<String> sendWith(HttpClient http) throws Exception;

	}

	/**
	 * A group as its advisor holds it: the page's path, with the key; and the join code
	 * students share with.
	 */
	private record Group(String pagePath, String code) {

	}

}
