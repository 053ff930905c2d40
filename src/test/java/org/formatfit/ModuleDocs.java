package org.formatfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams and one page per module into {@code docs/modules}, from the
 * code: {@code ./mvnw -Pmodule-docs process-test-classes}. The Documenter lists relations
 * in no fixed order, so a file is replaced only when its lines, sorted, differ: a run
 * that changes nothing leaves the repository clean, and a changed arrow shows in
 * {@code git diff}.
 */
public final class ModuleDocs {

	private ModuleDocs() {
	}

	public static void main(String[] arguments) throws IOException {
		Path made = Path.of("target/modules");
		new Documenter(ApplicationModules.of(FormatFitApplication.class),
				Documenter.Options.defaults().withOutputFolder(made.toString()))
			.writeDocumentation();
		Path kept = Path.of("docs/modules");
		Files.createDirectories(kept);
		try (Stream<Path> files = Files.list(made)) {
			for (Path file : files.toList()) {
				Path old = kept.resolve(file.getFileName());
				if (!Files.exists(old) || !sortedLines(old).equals(sortedLines(file))) {
					Files.copy(file, old, StandardCopyOption.REPLACE_EXISTING);
					System.out.println("Written: " + old);
				}
			}
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}

}
