package org.formatfit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.RequestDispatcher;
import jakarta.validation.Validator;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.sharing.ShareTokens;
import org.openjdk.jmh.annotations.AuxCounters;
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
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The most expensive requests we could build (issue 16), each against a valid
 * recommendation, driven through the {@code DispatcherServlet} in-process as
 * {@link ResultPageBenchmark} does. Each request stays within the app's limits: bodies of
 * at most 16 KB, at most 100 parameters, addresses of at most 8 KB. The {@code apiWorst*}
 * methods take the worst API body apart: reading the JSON, finding the problems, and Bean
 * Validation with them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CostlyRequestsBenchmark {

	static final int MAX_BODY = 16 * 1024;

	static final int MAX_PARAMETERS = 100;

	static final int MAX_ADDRESS = 8 * 1024 - 200;

	private ConfigurableApplicationContext app;

	private DispatcherServlet dispatcher;

	private JsonMapper json;

	private Validator validator;

	private byte[] validBody;

	private byte[] worstBody;

	private Map<String, String> worstAnswers;

	private Object worstRequest;

	private Class<?> requestType;

	private String token;

	private String worstForm;

	private String worstPrefill;

	private String shortWrongForm;

	private Object wrongForm;

	private String longPath;

	@Setup(Level.Trial)
	public void startApp() throws Exception {
		this.app = InProcessApp.start();
		this.dispatcher = this.app.getBean(DispatcherServlet.class);
		this.json = this.app.getBean(JsonMapper.class);
		this.validator = this.app.getBean(Validator.class);
		Answers answers = AnswerSets.parse(
				"shifting rarely main-reason neutral occasional fine several always no-effect own public-only on-the-move own secondary certificate");
		this.token = ShareTokens.tokenFor(answers);
		this.validBody = this.json.writeValueAsBytes(Map.of("answers", answers.asMap()));
		this.worstAnswers = worstAnswers();
		this.worstBody = this.json.writeValueAsBytes(Map.of("answers", this.worstAnswers));
		this.requestType = Class.forName("org.formatfit.api.RecommendationRequest");
		this.worstRequest = this.json.readValue(this.worstBody, this.requestType);
		this.worstForm = worstFields();
		this.shortWrongForm = this.worstForm.replaceAll("x+", "x");
		Map<String, String> wrongAnswers = new LinkedHashMap<>();
		for (Question question : Question.values()) {
			wrongAnswers.put(question.id(), "x");
		}
		var formType = Class.forName("org.formatfit.questionnaire.web.QuestionnaireForm");
		var formMaker = formType.getDeclaredConstructor(Map.class);
		formMaker.setAccessible(true);
		this.wrongForm = formMaker.newInstance(wrongAnswers);
		this.worstPrefill = worstFields().substring(0, MAX_ADDRESS);
		this.worstPrefill = this.worstPrefill.substring(0, this.worstPrefill.lastIndexOf('&'));
		this.longPath = ShareTokens.LINK_PREFIX + "A".repeat(MAX_ADDRESS);
		// Each request once, so that a broken one fails the run rather than measuring an
		// error.
		check(validRecommendation(null), 200);
		check(apiWorstBody(null), 400);
		check(formWorstPost(null), 200);
		check(prefillWorstLink(null), 200);
		check(resultPage(null), 200);
		check(advisorPage(null), 200);
		check(qrPng(null), 200);
		check(notFoundLongToken(null), 404);
		check(notFoundLongPath(null), 404);
	}

	/**
	 * Every question answered with an option it does not have, then as many unknown ids
	 * as fit in 16 KB: about 1,700.
	 */
	private static Map<String, String> worstAnswers() {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question question : Question.values()) {
			answers.put(question.id(), "x");
		}
		int size = 600;
		for (int i = 0; size < MAX_BODY - 40; i++) {
			String id = Integer.toString(i, 36);
			answers.put(id, "");
			size += id.length() + 6;
		}
		return answers;
	}

	/**
	 * 100 fields (Tomcat's limit here): every question with an option it does not have,
	 * as long as fits, and the rest unknown fields.
	 */
	private static String worstFields() {
		StringBuilder fields = new StringBuilder();
		int optionLength = (MAX_BODY - 2000) / Question.count();
		for (Question question : Question.values()) {
			fields.append(question.id()).append('=').append("x".repeat(optionLength)).append('&');
		}
		for (int i = Question.count(); i < MAX_PARAMETERS; i++) {
			fields.append("f").append(i).append("=y&");
		}
		return fields.substring(0, fields.length() - 1);
	}

	private static void check(int status, int expected) {
		if (status != expected) {
			throw new IllegalStateException("Expected " + expected + " but got " + status);
		}
	}

	@TearDown(Level.Trial)
	public void stopApp() {
		this.app.close();
	}

	@Benchmark
	public int validRecommendation(CpuTime cpu) throws Exception {
		return post("/api/v1/recommendations", "application/json", this.validBody);
	}

	@Benchmark
	public int apiWorstBody(CpuTime cpu) throws Exception {
		return post("/api/v1/recommendations", "application/json", this.worstBody);
	}

	@Benchmark
	public Object apiWorstReadJsonOnly(CpuTime cpu) throws Exception {
		return this.json.readValue(this.worstBody, this.requestType);
	}

	@Benchmark
	public Object apiWorstFindProblemsOnly(CpuTime cpu) {
		return Answers.problemsIn(this.worstAnswers);
	}

	@Benchmark
	public Object apiWorstValidateOnly(CpuTime cpu) {
		return this.validator.validate(this.worstRequest);
	}

	@Benchmark
	public int formWorstPost(CpuTime cpu) throws Exception {
		return post("/questionnaire", "application/x-www-form-urlencoded",
				this.worstForm.getBytes(StandardCharsets.US_ASCII));
	}

	/** The same form post with short wrong answers: what the long values add. */
	@Benchmark
	public int formShortWrongPost(CpuTime cpu) throws Exception {
		return post("/questionnaire", "application/x-www-form-urlencoded",
				this.shortWrongForm.getBytes(StandardCharsets.US_ASCII));
	}

	/** The empty questionnaire: the page every form post with problems shows again. */
	@Benchmark
	public int questionnairePage(CpuTime cpu) throws Exception {
		return get("/questionnaire");
	}

	@Benchmark
	public Object formWrongValidateOnly(CpuTime cpu) {
		return this.validator.validate(this.wrongForm);
	}

	@Benchmark
	public int prefillWorstLink(CpuTime cpu) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/questionnaire");
		request.setQueryString(this.worstPrefill);
		for (String field : this.worstPrefill.split("&")) {
			int equals = field.indexOf('=');
			request.addParameter(field.substring(0, equals), field.substring(equals + 1));
		}
		return serve(request);
	}

	@Benchmark
	public int resultPage(CpuTime cpu) throws Exception {
		return get(ShareTokens.LINK_PREFIX + this.token);
	}

	@Benchmark
	public int advisorPage(CpuTime cpu) throws Exception {
		return get(ShareTokens.LINK_PREFIX + this.token + "/advisor");
	}

	@Benchmark
	public int qrPng(CpuTime cpu) throws Exception {
		return get(ShareTokens.LINK_PREFIX + this.token + "/qr.png");
	}

	@Benchmark
	public int notFoundLongToken(CpuTime cpu) throws Exception {
		return get(this.longPath);
	}

	/** What Tomcat's error dispatch asks for after a 404 on an address of 8 KB. */
	@Benchmark
	public int notFoundLongPath(CpuTime cpu) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/" + "a".repeat(MAX_ADDRESS));
		request.setDispatcherType(jakarta.servlet.DispatcherType.ERROR);
		serve(request);
		return (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
	}

	/**
	 * The benchmark thread's own CPU time, beside JMH's wall-clock time: on a shared
	 * machine other processes stretch the wall clock, not this thread's CPU time. Per
	 * request: {@code cpuNanos / calls}.
	 */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class CpuTime {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		public long cpuNanos;

		public long calls;

		private long started;

		@Setup(Level.Iteration)
		public void reset() {
			this.cpuNanos = 0;
			this.calls = 0;
		}

		@Setup(Level.Invocation)
		public void start() {
			this.started = THREADS.getCurrentThreadCpuTime();
		}

		@TearDown(Level.Invocation)
		public void stop() {
			this.cpuNanos += THREADS.getCurrentThreadCpuTime() - this.started;
			this.calls++;
		}

	}

	private int get(String path) throws Exception {
		return serve(new MockHttpServletRequest("GET", path));
	}

	private int post(String path, String contentType, byte[] body) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContentType(contentType);
		request.setContent(body);
		if (contentType.startsWith("application/x-www-form-urlencoded")) {
			for (String field : new String(body, StandardCharsets.US_ASCII).split("&")) {
				int equals = field.indexOf('=');
				request.addParameter(field.substring(0, equals), field.substring(equals + 1));
			}
		}
		return serve(request);
	}

	private int serve(MockHttpServletRequest request) throws Exception {
		ResultPageBenchmark.PageSink response = new ResultPageBenchmark.PageSink();
		this.dispatcher.service(request, response);
		if (response.bytes == 0) {
			response.bytes = response.getContentAsByteArray().length;
		}
		return response.getStatus();
	}

}
