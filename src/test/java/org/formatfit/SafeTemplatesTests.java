package org.formatfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates' source, read as files: every text they insert is escaped, and they carry
 * no script or style of their own, which the Content-Security-Policy would block.
 */
class SafeTemplatesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** No unescaped insertion at all: no {@code th:utext}, no inlined {@code [(…)]}. */
	@Test
	void templatesInsertNoUnescapedText() throws IOException {
		List<String> insertions = new ArrayList<>();
		for (Path template : templates()) {
			Matcher utext = Pattern.compile("\\S*utext\\S*|\\[\\(").matcher(Files.readString(template));
			while (utext.find()) {
				insertions.add(template.getFileName() + " " + utext.group());
			}
		}
		assertThat(insertions).isEmpty();
	}

	@Test
	void templatesCarryNoInlineScriptOrStyle() throws IOException {
		for (Path template : templates()) {
			String html = Files.readString(template);
			assertThat(html).as(template.toString())
				.doesNotContain(" style=")
				.doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
				.doesNotContainPattern("\\son[a-z]+=")
				.doesNotContain("javascript:");
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
			assertThat(templates).as("templates under " + TEMPLATES).isNotEmpty();
			return templates;
		}
	}

}
