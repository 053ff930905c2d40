package org.formatfit.bench;

import org.formatfit.http.PrivacyHeaders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * What a results page costs the app to build, without the network and without gzip: the
 * controller, the words and the template, through Spring MVC's {@code DispatcherServlet}
 * in-process. This is the part of {@code GET /r/{token}} that the static file does not
 * pay, so it is what decides the page's ratio to the static file in {@code bench/run.sh};
 * and it varies far less from run to run than wrk does on a shared machine.
 * <p>
 * {@code catalog} sets the school's catalog of programs: {@code none} (as
 * {@code bench/run.sh} measures the page), {@code sample} (Northfield College's sample
 * catalog) or {@code 1000} (a thousand programs, written by {@link #thousandPrograms}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class ResultPageBenchmark {

	/** Which catalog the app is given. */
	@Param({ "none", "sample", "1000" })
	public String catalog;

	private Path written;

	private ConfigurableApplicationContext app;

	private DispatcherServlet dispatcher;

	private String[] paths;

	private int next;

	@Setup(Level.Trial)
	public void startApp() throws Exception {
		List<String> settings = new ArrayList<>();
		switch (this.catalog) {
			case "none" -> {
			}
			case "sample" -> settings.add("formatfit.catalog.location=classpath:catalog/northfield-schema.jsonld");
			case "1000" -> {
				this.written = Files.createTempFile("catalog-1000-", ".jsonld");
				Files.writeString(this.written, thousandPrograms());
				settings.add("formatfit.catalog.location=file:" + this.written);
			}
			default -> throw new IllegalArgumentException("No catalog " + this.catalog);
		}
		this.app = InProcessApp.start(settings.toArray(String[]::new));
		this.dispatcher = this.app.getBean(DispatcherServlet.class);
		Random random = new Random(42);
		this.paths = new String[1024];
		for (int i = 0; i < this.paths.length; i++) {
			this.paths[i] = ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.random(random));
		}
	}

	@TearDown(Level.Trial)
	public void stopApp() throws Exception {
		this.app.close();
		if (this.written != null) {
			Files.delete(this.written);
		}
	}

	/**
	 * A schema.org catalog of a thousand courses, in eights: two live at set times, two
	 * self-paced, two hybrid, one online whose format is not stated, and one on campus or
	 * part on campus. A student is shown between 125 and 625 of them.
	 */
	static String thousandPrograms() {
		String[] modes = { "[\"online\", \"synchronous\"]", "[\"online\", \"synchronous\"]",
				"[\"online\", \"asynchronous\"]", "[\"online\", \"asynchronous\"]",
				"[\"online\", \"synchronous\", \"asynchronous\"]", "[\"online\", \"synchronous\", \"asynchronous\"]",
				"\"online\"", "\"blended\"" };
		StringBuilder json = new StringBuilder("{\"@context\": \"https://schema.org\", \"@graph\": [\n");
		for (int i = 0; i < 1000; i++) {
			String mode = (i % 16 == 15) ? "\"onsite\"" : modes[i % 8];
			boolean live = i % 16 != 15 && (i % 8 < 2 || i % 8 == 4 || i % 8 == 5);
			String schedule = live ? ", \"courseSchedule\": {\"@type\": \"Schedule\", \"startTime\": \"18:00\", "
					+ "\"scheduleTimezone\": \"America/Chicago\"}" : "";
			json.append((i > 0) ? ",\n" : "")
				.append("{\"@type\": \"Course\", \"name\": \"Applied Studies course ")
				.append(i + 1)
				.append("\", \"url\": \"https://www.northfield.example/online/courses/applied-")
				.append(i + 1)
				.append("\", \"hasCourseInstance\": {\"@type\": \"CourseInstance\", \"courseMode\": ")
				.append(mode)
				.append(schedule)
				.append("}}");
		}
		return json.append("\n]}\n").toString();
	}

	@Benchmark
	public long resultPage() throws Exception {
		this.next = (this.next + 1) & (this.paths.length - 1);
		return page(this.dispatcher, this.paths[this.next]);
	}

	/**
	 * One GET through the servlet, as Tomcat hands it on; the bytes of its answer, which
	 * must be a 200 with content.
	 */
	static long page(DispatcherServlet dispatcher, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		PageSink response = new PageSink();
		// What http.PrivateByDefault, a filter, sets on every result before the servlet
		// runs: the page then leaves out the hreflang alternatives, as it does in
		// production.
		response.setHeader(PrivacyHeaders.ROBOTS_TAG, PrivacyHeaders.NOT_INDEXED);
		dispatcher.service(request, response);
		if (response.bytes == 0) {
			// Written through the mock's own writer: a view that does not write bytes.
			response.bytes = response.getContentAsByteArray().length;
		}
		if (response.getStatus() != 200 || response.bytes == 0) {
			throw new IllegalStateException("No page for " + path + ": " + response.getStatus());
		}
		return response.bytes;
	}

	/**
	 * A response that only counts the bytes of the page: the mock response's own stream
	 * takes them one at a time, which would cost more than the page.
	 */
	static final class PageSink extends MockHttpServletResponse {

		long bytes;

		private final ServletOutputStream out = new ServletOutputStream() {

			@Override
			public void write(int b) {
				PageSink.this.bytes++;
			}

			@Override
			public void write(byte[] b, int off, int len) {
				PageSink.this.bytes += len;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setWriteListener(WriteListener listener) {
			}

		};

		@Override
		public ServletOutputStream getOutputStream() {
			return this.out;
		}

	}

}
