package org.formatfit.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core run through its own JavaScript API, {@code axe.run}, in the page the browser
 * shows, with the script axe-core's Selenium binding ships, sent once a page. The
 * binding's {@code analyze} is not used: it sends the 560 KB script again for every
 * check, looks for frames, configures axe for them and reads back every rule that passed.
 * That made each check about twice as slow (measured on 2026-12-03: 600–750 against
 * 230–290 ms on the questionnaire, 1.5–2.5 s against 1.1–1.3 s on the method page), and
 * the browser tests make 80 of them. Our pages have no frames: the
 * Content-Security-Policy's {@code default-src 'none'} would block any.
 */
final class Axe {

	/** The rules of WCAG 2.2 at level AA, by axe's tags. */
	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

	private static final String SCRIPT = script();

	private static final String RUN = """
			const [type, values, done] = arguments;
			axe.run(document, { runOnly: { type, values }, resultTypes: ['violations'] })
			  .then((results) => done({ violations: JSON.stringify(results.violations) }),
			        (error) => done({ error: String(error) }));""";

	private static final ObjectMapper JSON = new ObjectMapper();

	private Axe() {
	}

	/** The WCAG 2.2 AA rules that the page breaks. */
	static List<Rule> wcag22AaViolations(ChromeDriver browser) {
		return violations(browser, "tag", WCAG_22_AA);
	}

	/** The rules of these ids that the page breaks. */
	static List<Rule> violationsOfRules(ChromeDriver browser, List<String> ruleIds) {
		return violations(browser, "rule", ruleIds);
	}

	private static List<Rule> violations(ChromeDriver browser, String type, List<String> values) {
		// Once a page: a page checked again, its sections opened, still has it.
		if (!Boolean.TRUE.equals(browser.executeScript("return typeof axe === 'object'"))) {
			browser.executeScript(SCRIPT);
		}
		@SuppressWarnings("unchecked")
		Map<String, String> answer = (Map<String, String>) browser.executeAsyncScript(RUN, type, values);
		assertThat(answer).as("axe.run failed: %s", answer.get("error")).containsKey("violations");
		try {
			return JSON.readValue(answer.get("violations"), new TypeReference<List<Rule>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("axe's answer could not be read: " + answer.get("violations"), ex);
		}
	}

	private static String script() {
		try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
