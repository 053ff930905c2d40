package org.formatfit.bench;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.formatfit.groups.AdvisorGroup;
import org.formatfit.groups.Groups;
import org.formatfit.groups.Groups.Sharing;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * What a full group (5,000 results) costs the app to answer, side by side with a results
 * page in the same JVM (issue 30): its page, its page just after a result came in (the
 * summary worked out again), its CSV and its JSON. In-process through Spring MVC's
 * {@code DispatcherServlet}, as {@link ResultPageBenchmark}; the group is in an in-memory
 * H2 database.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GroupPageBenchmark {

	static final int RESULTS = 5_000;

	private ConfigurableApplicationContext app;

	private DispatcherServlet dispatcher;

	private Groups groups;

	private AdvisorGroup group;

	private String groupPath;

	private String[] resultPaths;

	private int next;

	private ShareToken extra;

	private String extraSecret;

	@Setup(Level.Trial)
	public void startAppWithAFullGroup() throws Exception {
		this.app = InProcessApp.start("spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
				"formatfit.groups.max-results=" + (RESULTS + 1));
		this.dispatcher = this.app.getBean(DispatcherServlet.class);
		this.groups = this.app.getBean(Groups.class);
		Groups.CreatedGroup created = this.groups.create("Benchmark", LocalDate.now());
		this.group = created.group();
		this.groupPath = "/groups/" + created.key();
		Random random = new Random(42);
		for (int i = 0; i < RESULTS; i++) {
			ShareToken token = ShareToken.parse(ShareTokens.tokenFor(AnswerSets.random(random)));
			this.groups.share(this.group, token, (i % 3 == 0) ? null : "Student " + i, null, LocalDate.now());
		}
		this.extra = ShareToken.parse(ShareTokens.tokenFor(AnswerSets.random(random)));
		this.resultPaths = new String[1024];
		for (int i = 0; i < this.resultPaths.length; i++) {
			this.resultPaths[i] = ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.random(random));
		}
	}

	@TearDown(Level.Trial)
	public void stopApp() {
		this.app.close();
	}

	@Benchmark
	public long resultPage() throws Exception {
		this.next = (this.next + 1) & (this.resultPaths.length - 1);
		return get(this.resultPaths[this.next]);
	}

	/** The group's page, as an advisor reloads it: the summary is known already. */
	@Benchmark
	public long groupPage() throws Exception {
		return get(this.groupPath);
	}

	/**
	 * The group's page just after a result came in or was taken back (each call does one
	 * of the two): the summary of 5,000 results is worked out again.
	 */
	@Benchmark
	public long groupPageAfterAChange() throws Exception {
		if (this.extraSecret == null) {
			Sharing sharing = this.groups.share(this.group, this.extra, null, null, LocalDate.now());
			if (sharing.outcome() != Sharing.Outcome.SHARED) {
				throw new IllegalStateException("Not shared: " + sharing.outcome());
			}
			this.extraSecret = sharing.withdrawSecret();
		}
		else if (this.groups.withdraw(this.extraSecret)) {
			this.extraSecret = null;
		}
		else {
			throw new IllegalStateException("Not withdrawn");
		}
		return get(this.groupPath);
	}

	@Benchmark
	public long groupCsv() throws Exception {
		return get(this.groupPath + "/results.csv");
	}

	@Benchmark
	public long groupJson() throws Exception {
		return get("/api/v1" + this.groupPath);
	}

	private long get(String path) throws Exception {
		return ResultPageBenchmark.page(this.dispatcher, path);
	}

}
