package org.formatfit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the documents under {@code docs/} stay true to the repository: every
 * relative link and anchor resolves, and every file, folder and Java class they name in
 * code quotes exists.
 */
class DocsLinksTests {

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	private static final Pattern HTML_LINK = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

	private static final Pattern CODE = Pattern.compile("`([^`\\s]+)`");

	/** Where a quoted path may start: the repository's own top folders. */
	private static final List<String> ROOTS = List.of("src/", "docs/", "deploy/", "bench/", ".ci/");

	/** A test class named alone, perhaps with a member: its name says it is ours. */
	private static final String TEST_CLASS = "[A-Z]\\w*(Tests?|IT|Benchmark)([.(].*)?";

	private static final Path JAVA = Path.of("src/main/java/org/formatfit");

	private static final Path TEST_JAVA = Path.of("src/test/java/org/formatfit");

	@Test
	void everyRelativeLinkAndAnchorResolves() {
		List<String> broken = new ArrayList<>();
		for (Path document : documents()) {
			String text = read(document);
			List<String> targets = new ArrayList<>();
			collect(MARKDOWN_LINK.matcher(text), targets);
			collect(HTML_LINK.matcher(text), targets);
			for (String target : targets) {
				if (target.matches("^[a-z]+:.*") || target.startsWith("//")) {
					continue;
				}
				int hash = target.indexOf('#');
				String file = (hash < 0) ? target : target.substring(0, hash);
				Path resolved = file.isEmpty() ? document : document.resolveSibling(file).normalize();
				if (!Files.exists(resolved)) {
					broken.add(document + ": " + target + " (no such file)");
				}
				else if (hash >= 0 && resolved.toString().endsWith(".md")
						&& !anchors(read(resolved)).contains(target.substring(hash + 1))) {
					broken.add(document + ": " + target + " (no such heading)");
				}
			}
		}
		assertThat(broken).as("links that do not resolve").isEmpty();
	}

	@Test
	void everyFileFolderAndClassNamedInCodeQuotesExists() {
		Set<String> javaFiles = javaFileNames();
		List<String> missing = new ArrayList<>();
		for (Path document : documents()) {
			Matcher code = CODE.matcher(read(document));
			while (code.find()) {
				String named = code.group(1);
				String path = named.replaceAll("[:#].*$", "");
				boolean pattern = path.contains("*") || path.contains("<") || path.contains("{");
				if (pattern || path.startsWith("target/")) {
					// A pattern, or what a build writes.
					continue;
				}
				if (ROOTS.stream().anyMatch(path::startsWith)) {
					if (!Files.exists(Path.of(path))) {
						missing.add(document + ": " + named);
					}
				}
				else if (path.matches("[\\w/.-]*[A-Z]\\w*\\.java")) {
					if (!javaFiles.contains(Path.of(path).getFileName().toString())) {
						missing.add(document + ": " + named);
					}
				}
				else if (path.matches(TEST_CLASS) && !javaFiles.contains(path.replaceAll("[.(].*$", "") + ".java")) {
					// A test class by its name alone (ModelV3RulesTest,
					// TopologyIT.method).
					missing.add(document + ": " + named);
				}
				else if (path.matches("[a-z]+(/[a-z]+)*/([A-Z]\\w*)?") && !inPackages(path)) {
					// A package (questionnaire/web/) or a class in one
					// (http/PrivateByDefault), or a folder of the resources or of
					// deploy/.
					missing.add(document + ": " + named);
				}
			}
		}
		assertThat(missing).as("files and classes named that do not exist").isEmpty();
	}

	/** Whether a package, or a class in a package, exists in the main or test code. */
	private static boolean inPackages(String path) {
		String relative = path.endsWith("/") ? path : path + ".java";
		return Stream
			.of(JAVA, TEST_JAVA, Path.of("src/main/resources"), Path.of("src/main/resources/templates"),
					Path.of("deploy"))
			.anyMatch((root) -> Files.exists(root.resolve(relative)) || Files.exists(root.resolve(path)));
	}

	private static void collect(Matcher matcher, List<String> targets) {
		while (matcher.find()) {
			targets.add(matcher.group(1));
		}
	}

	/**
	 * GitHub's anchors: each heading in lower case, spaces as hyphens, most marks
	 * dropped.
	 */
	private static Set<String> anchors(String markdown) {
		Set<String> anchors = new HashSet<>();
		Matcher heading = HEADING.matcher(markdown.replaceAll("(?s)```.*?```", ""));
		while (heading.find()) {
			String slug = heading.group(1)
				.trim()
				.toLowerCase(Locale.ROOT)
				.replaceAll("[`*_]", "")
				.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
				.replaceAll("[^\\p{L}\\p{N} -]", "")
				.replace(' ', '-');
			String unique = slug;
			for (int i = 1; !anchors.add(unique); i++) {
				unique = slug + "-" + i;
			}
		}
		return anchors;
	}

	private static List<Path> documents() {
		try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
			List<Path> documents = new ArrayList<>(
					docs.filter((path) -> path.toString().endsWith(".md")).sorted().toList());
			documents.add(0, Path.of("README.md"));
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> javaFileNames() {
		Set<String> names = new HashSet<>();
		for (Path root : List.of(JAVA, TEST_JAVA, Path.of("bench"))) {
			try (Stream<Path> files = Files.walk(root)) {
				files.filter((path) -> path.toString().endsWith(".java"))
					.forEach((path) -> names.add(path.getFileName().toString()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return names;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
