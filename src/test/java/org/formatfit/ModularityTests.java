package org.formatfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature modules honest: each module's {@code package-info.java} declares the
 * modules it may use, and a type from any other module, or from another module's
 * sub-package that is not a named interface, fails here. The arrows run one way: the
 * pages and the API, then sharing, then the recommendation, then the questionnaire; under
 * all of them errors, language and http.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(FormatFitApplication.class);

	@Test
	void modulesUseOnlyTheModulesTheyDeclare() {
		MODULES.verify();
	}

	/**
	 * The module diagrams and one page per module in {@code docs/modules}, made again on
	 * every run so that they follow the code; a change shows in {@code git diff}. The
	 * Documenter lists relations in no fixed order, so a file is replaced only when its
	 * lines, sorted, differ: a run that changes nothing leaves the repository clean.
	 */
	@Test
	void writesTheModuleDocumentation() throws IOException {
		Path made = Path.of("target/modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(made.toString())).writeDocumentation();
		Path kept = Path.of("docs/modules");
		Files.createDirectories(kept);
		try (Stream<Path> files = Files.list(made)) {
			for (Path file : files.toList()) {
				Path old = kept.resolve(file.getFileName());
				if (!Files.exists(old) || !sortedLines(old).equals(sortedLines(file))) {
					Files.copy(file, old, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}

}
