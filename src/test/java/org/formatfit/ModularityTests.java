package org.formatfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature modules honest: each module's {@code package-info.java} declares the
 * modules it may use, and a type from any other module, or from another module's
 * sub-package that is not a named interface, fails here. The arrows run one way: the
 * pages and the API, then sharing, then the recommendation, then the questionnaire; under
 * all of them errors, language and http. The module documentation in {@code docs/modules}
 * is written from the same model by {@link ModuleDocs}.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(FormatFitApplication.class);

	/** The Mermaid diagram in docs/architecture.md: its lines after "graph TD". */
	private static final Pattern DIAGRAM = Pattern.compile("```mermaid\ngraph TD\n(.*?)```", Pattern.DOTALL);

	/** One of its lines, an arrow from one module to another. */
	private static final Pattern DRAWN_ARROW = Pattern.compile("  \\w+ --> \\w+");

	@Test
	void modulesUseOnlyTheModulesTheyDeclare() {
		MODULES.verify();
	}

	@Test
	void theArchitectureDiagramDrawsEveryArrowBetweenModulesAndNoOther() throws IOException {
		Set<String> inTheCode = MODULES.stream()
			.flatMap((module) -> module.getDirectDependencies(MODULES)
				.uniqueModules()
				.map((used) -> module.getIdentifier() + " --> " + used.getIdentifier()))
			.collect(Collectors.toSet());
		Matcher diagram = DIAGRAM.matcher(Files.readString(Path.of("docs/architecture.md")));
		assertThat(diagram.find()).as("docs/architecture.md has its module diagram").isTrue();
		List<String> lines = diagram.group(1).lines().toList();
		// Every line in the one form read here: no arrow drawn but left unchecked.
		assertThat(lines).as("the diagram's lines, each an arrow")
			.allMatch((line) -> DRAWN_ARROW.matcher(line).matches());
		Set<String> drawn = lines.stream().map(String::strip).collect(Collectors.toSet());

		assertThat(drawn).as("the arrows of docs/architecture.md's module diagram")
			.containsExactlyInAnyOrderElementsOf(inTheCode);
	}

}
