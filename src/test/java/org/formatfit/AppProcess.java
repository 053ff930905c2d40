package org.formatfit;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The app in a JVM of its own, started as {@code java -cp ... FormatFitApplication} on a
 * free port. Nothing is shared with the test's JVM or with another instance: no static
 * field, no cache, no bean. The port is read from Tomcat's start-up log line; waiting for
 * it is bounded by a deadline, and a process that exits first fails at once with its last
 * log lines.
 */
public final class AppProcess implements AutoCloseable {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private static final int KEPT_LINES = 40;

	private final Process process;

	private final CompletableFuture<Integer> port = new CompletableFuture<>();

	private final Deque<String> lastLines = new ArrayDeque<>();

	private AppProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::readLog, "app-process-log-" + process.pid());
		reader.setDaemon(true);
		reader.start();
		process.onExit()
			.thenRun(() -> this.port.completeExceptionally(new IllegalStateException(
					"The app exited with " + process.exitValue() + " before it listened:\n" + lastLines())));
	}

	/** Starts the app; {@link #port(Duration)} waits until it listens. */
	public static AppProcess start() {
		return start(new String[0]);
	}

	/**
	 * Starts the app with more command-line arguments ({@code --name=value}). One that
	 * names a property set here already replaces it rather than adding to it: Spring Boot
	 * would join two values of one name with a comma.
	 */
	public static AppProcess start(String... extraArguments) {
		// A short-lived server: C1 alone starts it sooner and it serves a handful of
		// requests.
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-Xmx256m", "-cp", applicationClassPath(), FormatFitApplication.class.getName()));
		// Each JVM its own database in memory unless told otherwise: the default H2 file
		// would be locked by the first.
		Map<String, String> arguments = new LinkedHashMap<>();
		for (String argument : List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=jdbc:h2:mem:formatfit;MODE=PostgreSQL;DB_CLOSE_DELAY=-1")) {
			arguments.put(argumentName(argument), argument);
		}
		for (String argument : extraArguments) {
			arguments.put(argumentName(argument), argument);
		}
		command.addAll(arguments.values());
		try {
			return new AppProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code --name} of {@code --name=value}; the whole argument when it has no value.
	 */
	private static String argumentName(String argument) {
		int equals = argument.indexOf('=');
		return (equals < 0) ? argument : argument.substring(0, equals);
	}

	/**
	 * The classes the app ships with: the test run's class path without the test classes,
	 * which the app never sees in production. Surefire names the real class path in
	 * {@code surefire.test.class.path} when {@code java.class.path} is its booter jar.
	 */
	private static String applicationClassPath() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classPath.split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
			.collect(Collectors.joining(File.pathSeparator));
	}

	public int port(Duration deadline) throws InterruptedException {
		try {
			return this.port.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The app did not listen within " + deadline + ":\n" + lastLines(), ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
		}
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port.join() + path);
	}

	private void readLog() {
		try (BufferedReader log = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = log.readLine()) != null) {
				remember(line);
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					this.port.complete(Integer.valueOf(started.group(1)));
				}
			}
		}
		catch (IOException ex) {
			// The process is gone; onExit reports it.
		}
	}

	private synchronized void remember(String line) {
		if (this.lastLines.size() == KEPT_LINES) {
			this.lastLines.removeFirst();
		}
		this.lastLines.addLast(line);
	}

	private synchronized String lastLines() {
		return String.join("\n", this.lastLines);
	}

	/**
	 * Kills the app as a crash or the kernel's out-of-memory killer would
	 * ({@code SIGKILL}): no shutdown hook runs, nothing is flushed.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The app outlived SIGKILL");
		}
	}

	/** Stops the app as an operator would (SIGTERM), and kills it if it does not stop. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

}
