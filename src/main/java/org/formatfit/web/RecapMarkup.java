package org.formatfit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.formatfit.explaining.Explanation.RecapAnswer;
import org.formatfit.explaining.Explanation.RecapSection;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The rows of the answer recap, each rendered once by its template fragment
 * ({@code fragments/result :: recap-item}) and then reused.
 * <p>
 * Why: the recap's fifteen rows were the largest {@code th:each} loop on a results page,
 * and each iteration of a Thymeleaf loop sets its variables and runs the row's processors
 * again. Rendered once each, the page costs about 8 % less ({@code ResultPageBenchmark}).
 * A row depends only on a question and the option chosen, in one language, so the rows
 * kept are bounded by the question bank, never by the number of results: about a hundred
 * strings for both languages. They are kept for the life of the app, like Thymeleaf's own
 * template cache, so an edit to the fragment or to the messages needs a restart.
 */
@Component
class RecapMarkup {

	private static final String TEMPLATE = "fragments/result";

	private static final Set<String> ROW = Set.of("recap-item");

	private final ITemplateEngine templates;

	private final Map<RecapAnswer, String> rows = new ConcurrentHashMap<>();

	RecapMarkup(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The rows of each section as HTML, in the order of the sections. */
	List<String> sections(List<RecapSection> recap) {
		return recap.stream().map(this::section).toList();
	}

	private String section(RecapSection section) {
		StringBuilder html = new StringBuilder(1024);
		for (RecapAnswer answer : section.answers()) {
			html.append(this.rows.computeIfAbsent(answer, this::render));
		}
		return html.toString();
	}

	private String render(RecapAnswer answer) {
		// No locale: the fragment has no messages of its own, its words come translated.
		return this.templates.process(TEMPLATE, ROW, new Context(Locale.ROOT, Map.of("answer", answer)));
	}

	/** How many rows have been rendered: what the tests hold to the question bank. */
	int rendered() {
		return this.rows.size();
	}

}
