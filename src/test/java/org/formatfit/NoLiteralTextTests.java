package org.formatfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No words a person reads are written into a template or a Java class: they come from the
 * message files, so that every language has them. Templates keep prototype text only
 * where Thymeleaf replaces it; Java keeps words only for developers (exceptions, logs,
 * and the OpenAPI annotations, which describe the API to the developers who call it, like
 * Javadoc).
 */
class NoLiteralTextTests {

	/** Attributes a person reads (or hears, from a screen reader). */
	private static final List<String> READ_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder");

	/**
	 * Attributes that replace an element's content, so the text written in it is a
	 * prototype.
	 */
	private static final List<String> REPLACE_CONTENT = List.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:remove");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern WORDS = Pattern.compile("\\b\\p{L}{2,}\\s+\\p{L}{2,}\\b");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	/** Lines whose strings are for developers: exception messages, logs and SQL. */
	private static final Pattern FOR_DEVELOPERS = Pattern.compile(
			"super\\(|Exception\\(|Corrupt\\(|Invalid\\(|require\\(|\\blog(ger)?\\.(trace|debug|info|warn|error)\\(|@Query\\(|\"(?:SELECT|ALTER TABLE) |\" (?:JOIN|AND|WHERE) ");

	/** A new exception, up to its opening parenthesis. */
	private static final Pattern EXCEPTION = Pattern.compile("new \\w*(?:Exception|Corrupt|Invalid)\\s*\\(");

	/**
	 * An import of an OpenAPI annotation (swagger-annotations), e.g. {@code Operation}.
	 */
	private static final Pattern OPENAPI_ANNOTATION_IMPORT = Pattern
		.compile("(?m)^import io\\.swagger\\.v3\\.oas\\.annotations\\.(?:\\w+\\.)*(\\w+);");

	@Test
	void templatesWriteNoWordsOfTheirOwn() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : files("src/main/resources/templates", ".html")) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find() && !contentReplaced(element)) {
						found.add(template.getFileName() + ": <" + element.tagName() + "> " + text.text().strip());
					}
				}
				for (String attribute : READ_ATTRIBUTES) {
					String value = element.attr(attribute);
					if (LETTER.matcher(value).find() && !element.hasAttr("th:" + attribute)
							&& !element.attr("th:attr").contains(attribute + "=")) {
						found.add(template.getFileName() + ": " + attribute + "=\"" + value + "\"");
					}
				}
			}
		}
		assertThat(found).as("words written into templates instead of messages").isEmpty();
	}

	@Test
	void javaClassesWriteNoWordsForPeople() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path source : files("src/main/java", ".java")) {
			String code = withoutExceptionMessages(
					withoutOpenApiAnnotations(withoutComments(Files.readString(source))));
			for (String line : code.split("\n")) {
				if (FOR_DEVELOPERS.matcher(line).find()) {
					continue;
				}
				Matcher literal = STRING_LITERAL.matcher(line);
				while (literal.find()) {
					String text = literal.group(1).replaceAll("<[^>]*>", " ").replaceAll("<[^>]*$|^[^<]*>", " ");
					if (WORDS.matcher(text).find()) {
						found.add(source.getFileName() + ": \"" + literal.group(1) + "\"");
					}
				}
			}
		}
		assertThat(found).as("words written into Java instead of messages").isEmpty();
	}

	@Test
	void theChecksFindWordsWhereThereAreSome() {
		Document prototype = Jsoup.parse("<p>Hello there</p><img alt=\"A chart\" src=\"x\">");
		assertThat(prototype.selectFirst("p").textNodes().get(0).text()).containsPattern(LETTER);
		assertThat(contentReplaced(prototype.selectFirst("p"))).isFalse();
		assertThat(WORDS.matcher("Hello there").find()).isTrue();
		assertThat(WORDS.matcher("error.404.title").find()).isFalse();
		Matcher literal = STRING_LITERAL.matcher("String title = \"Your \\\"result\\\" here\";");
		assertThat(literal.find()).isTrue();
		assertThat(literal.group(1)).isEqualTo("Your \\\"result\\\" here");
		String annotated = "import io.swagger.v3.oas.annotations.Operation;\n"
				+ "@Operation(summary = \"Says (hello)\",\n description = \"to the (developer\")\n"
				+ "@Deprecated(since = \"a long time\") String greeting = \"Hello there\";";
		String thrown = "throw new IllegalArgumentException(\"formatfit.brand.accent is \"\n + accent\n"
				+ " + \" (give a colour)\");\nString greeting = \"Hello there\";";
		assertThat(withoutExceptionMessages(thrown)).doesNotContain("give a colour").contains("Hello there");
		assertThat(withoutOpenApiAnnotations(annotated)).doesNotContain("developer")
			.contains("a long time")
			.contains("Hello there");
	}

	private static boolean contentReplaced(Element element) {
		for (Element at = element; at != null; at = at.parent()) {
			for (String attribute : REPLACE_CONTENT) {
				if (at.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The code without the OpenAPI annotations it imports, arguments and all, however
	 * many lines they take: their strings describe the API to developers.
	 */
	private static String withoutOpenApiAnnotations(String code) {
		Matcher imports = OPENAPI_ANNOTATION_IMPORT.matcher(code);
		List<String> names = new ArrayList<>();
		while (imports.find()) {
			names.add(imports.group(1));
		}
		if (names.isEmpty()) {
			return code;
		}
		Matcher annotation = Pattern.compile("@(?:" + String.join("|", names) + ")\\b\\s*\\(").matcher(code);
		StringBuilder kept = new StringBuilder();
		int from = 0;
		while (annotation.find(from)) {
			kept.append(code, from, annotation.start());
			from = afterClosingParenthesis(code, annotation.end());
		}
		return kept.append(code.substring(from)).toString();
	}

	/**
	 * The code without the arguments of the exceptions it makes, however many lines they
	 * take: a message for the operator who reads the log, such as why a setting stops the
	 * app.
	 */
	private static String withoutExceptionMessages(String code) {
		Matcher exception = EXCEPTION.matcher(code);
		StringBuilder kept = new StringBuilder();
		int from = 0;
		while (exception.find(from)) {
			kept.append(code, from, exception.end());
			from = afterClosingParenthesis(code, exception.end());
		}
		return kept.append(code.substring(from)).toString();
	}

	/** Where the parenthesis opened just before {@code at} closes, strings skipped. */
	private static int afterClosingParenthesis(String code, int at) {
		int depth = 1;
		int i = at;
		while (depth > 0 && i < code.length()) {
			char c = code.charAt(i);
			if (c == '"') {
				for (i++; i < code.length() && code.charAt(i) != '"'; i++) {
					if (code.charAt(i) == '\\') {
						i++;
					}
				}
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			i++;
		}
		return i;
	}

	private static String withoutComments(String code) {
		return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
	}

	private static List<Path> files(String folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(folder))) {
			return files.filter((file) -> file.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
