package org.formatfit.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The production topology on loopback, as {@code deploy/local.sh} starts it: nginx in
 * front of two app instances and a throwaway PostgreSQL. What the script wrote into its
 * state folder (pids, ports, the database's address and password) is read from there. The
 * script's pointer file is one of the test's own, so that a topology a developer started
 * by hand neither blocks the test nor is stopped by it.
 */
final class LocalTopology implements AutoCloseable {

	private static final Path SCRIPT = Path.of("deploy", "local.sh");

	private final Path pointer;

	private final Path state;

	private final URI front;

	private LocalTopology(Path pointer, Path state, URI front) {
		this.pointer = pointer;
		this.state = state;
		this.front = front;
	}

	/** Whether this machine has what the script runs: nginx and PostgreSQL's server. */
	static boolean available() {
		boolean nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) || onPath("nginx");
		boolean postgres;
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			postgres = versions.anyMatch((version) -> Files.isExecutable(version.resolve("bin/initdb")));
		}
		catch (IOException ex) {
			postgres = false;
		}
		return nginx && postgres;
	}

	private static boolean onPath(String command) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
			.anyMatch((folder) -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, command)));
	}

	/**
	 * Runs {@code deploy/local.sh start} and waits for it, at most {@code deadline}; the
	 * last line it prints is the front's address.
	 */
	static LocalTopology start(Duration deadline) throws IOException, InterruptedException {
		Path pointer = Files.createTempFile("formatfit-topology-it", ".pointer");
		Files.delete(pointer);
		List<String> output = run(pointer, deadline, "start");
		String last = output.isEmpty() ? "" : output.get(output.size() - 1);
		if (!last.startsWith("http://127.0.0.1:") || !Files.exists(pointer)) {
			throw new IllegalStateException("deploy/local.sh start failed:\n" + String.join("\n", output));
		}
		Path state = Path.of(Files.readString(pointer).strip());
		return new LocalTopology(pointer, state, URI.create(last));
	}

	/**
	 * Runs the script with the given arguments; its output, standard error included. A
	 * script still running at the deadline is killed, and that is an error.
	 */
	private static List<String> run(Path pointer, Duration deadline, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("FORMATFIT_LOCAL_POINTER", pointer.toString());
		// The instances compile with C1 alone, as the tests' own JVMs do (tests.jit in
		// pom.xml): C2 took 30 to 50 s of CPU a run, from the browser tests beside it.
		builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1");
		Process process = builder.start();
		List<String> output = new ArrayList<>();
		Thread reader = new Thread(() -> readInto(process, output), "local.sh-output");
		reader.setDaemon(true);
		reader.start();
		if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
			throw new IllegalStateException("deploy/local.sh " + String.join(" ", arguments) + " took over " + deadline
					+ ":\n" + String.join("\n", lines(output)));
		}
		// Its output ends when it exits (the processes it starts write to their own
		// logs).
		reader.join(TimeUnit.SECONDS.toMillis(10));
		return lines(output);
	}

	private static void readInto(Process process, List<String> output) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				synchronized (output) {
					output.add(line);
				}
			}
		}
		catch (IOException ex) {
			// The script is gone; what it printed is in.
		}
	}

	private static List<String> lines(List<String> output) {
		synchronized (output) {
			return List.copyOf(output);
		}
	}

	/** The front's address, e.g. {@code http://127.0.0.1:24563}. */
	URI front() {
		return this.front;
	}

	URI uri(String path) {
		return this.front.resolve(path);
	}

	/** One value the script wrote into its state folder, e.g. {@code db.url}. */
	String value(String name) {
		try {
			return Files.readString(this.state.resolve(name)).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The pid of app instance {@code n} (1 or 2). */
	long appPid(int n) {
		return Long.parseLong(value("app-" + n + ".pid"));
	}

	int appPort(int n) {
		return Integer.parseInt(value("app-" + n + ".port"));
	}

	/** The PostgreSQL server's main process (the first line of postmaster.pid). */
	long postgresPid() throws IOException {
		try (Stream<String> lines = Files.lines(Path.of(value("pg.data"), "postmaster.pid"))) {
			return Long.parseLong(lines.findFirst().orElseThrow().strip());
		}
	}

	Path state() {
		return this.state;
	}

	/** Runs {@code deploy/local.sh stop} on this topology's state folder. */
	@Override
	public void close() throws IOException, InterruptedException {
		List<String> output = run(this.pointer, Duration.ofSeconds(90), "stop", this.state.toString());
		System.out.println("deploy/local.sh stop: " + String.join("\n", output));
	}

}
