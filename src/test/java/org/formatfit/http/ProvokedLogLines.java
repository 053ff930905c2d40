package org.formatfit.http;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that send bad requests on purpose make the app log WARN or ERROR lines. Each such
 * test class names the lines it provokes, and fails on any other WARN or ERROR, so that
 * the build log holds no warning that no test explains.
 */
public final class ProvokedLogLines {

	/**
	 * Spring refusing a method or a content type it does not serve or cannot answer in
	 * (405, 415, 406).
	 */
	public static final Pattern REFUSED_BY_SPRING = Pattern.compile(
			"DefaultHandlerExceptionResolver +: Resolved \\[org\\.springframework\\.web\\.Http(RequestMethodNotSupported|MediaTypeNotSupported|MediaTypeNotAcceptable)Exception");

	/** A request that failed with a 500, logged once by the app. */
	public static final Pattern REQUEST_FAILED = Pattern.compile(" : Request failed: ");

	/** Thymeleaf's own line about a template that failed while rendering. */
	public static final Pattern TEMPLATE_FAILED = Pattern
		.compile("org\\.thymeleaf\\.TemplateEngine +: \\[THYMELEAF\\]\\[[^]]+\\] Exception processing template ");

	/** The level field of Boot's console pattern, after the time stamp. */
	private static final Pattern WARN_OR_ERROR = Pattern.compile("^\\S+ +(WARN|ERROR) ");

	private ProvokedLogLines() {
	}

	public static void assertOnly(CapturedOutput output, Pattern... provoked) {
		List<String> unexplained = output.toString()
			.lines()
			.filter((line) -> WARN_OR_ERROR.matcher(line).find())
			.filter((line) -> Arrays.stream(provoked).noneMatch((pattern) -> pattern.matcher(line).find()))
			.toList();
		assertThat(unexplained).as("WARN or ERROR lines this test does not provoke on purpose").isEmpty();
	}

}
