package org.formatfit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.formatfit.explaining.Explanation.RecapAnswer;
import org.formatfit.explaining.Explanation.RecapSection;
import org.formatfit.explaining.Explanation.ScoreLine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The repeated rows of a result, each rendered once by its own template fragment in
 * {@code fragments/result} and then reused: the answer recap's rows ({@code recap-item})
 * and the score lines ({@code score-line}).
 * <p>
 * Why: a Thymeleaf loop gathers its body and runs every processor in it again for each
 * item, which made the loops about a quarter of a results page's cost. A row here depends
 * only on a question and the option chosen, and a score line only on a format, a score
 * from 0 to 100 and whether it is the best fit or ruled out, each in one language. So
 * what is kept is bounded by the question bank and the scale of scores, never by the
 * number of results: at most a few thousand short strings ({@code KeptMarkupTests} holds
 * it to that bound). Kept for the life of the app, like Thymeleaf's own template cache,
 * so an edit to a fragment or to the messages needs a restart. The markup stays in the
 * template, and the fragments escape what they print with {@code th:text}.
 */
@Component
class KeptMarkup {

	private static final String TEMPLATE = "fragments/result";

	/**
	 * A safety net, not the bound: beyond this many, markup is rendered every time
	 * instead of kept, so that a mistake in a key could cost speed but never memory.
	 */
	static final int MOST_KEPT = 20_000;

	private final ITemplateEngine templates;

	private final int mostKept;

	private final Map<Key, String> kept = new ConcurrentHashMap<>();

	@Autowired
	KeptMarkup(ITemplateEngine templates) {
		this(templates, MOST_KEPT);
	}

	/** With a smaller safety net, for the test of what happens beyond it. */
	KeptMarkup(ITemplateEngine templates, int mostKept) {
		this.templates = templates;
		this.mostKept = mostKept;
	}

	/** The rows of each recap section as HTML, in the order of the sections. */
	List<String> recap(List<RecapSection> recap, Locale locale) {
		return recap.stream().map((section) -> recapRows(section, locale)).toList();
	}

	/** The score lines as HTML, in their order. */
	String scores(List<ScoreLine> scores, Locale locale) {
		StringBuilder html = new StringBuilder(2048);
		for (ScoreLine line : scores) {
			html.append(kept("score-line", "line", line, locale));
		}
		return html.toString();
	}

	private String recapRows(RecapSection section, Locale locale) {
		StringBuilder html = new StringBuilder(1024);
		for (RecapAnswer answer : section.answers()) {
			html.append(kept("recap-item", "answer", answer, locale));
		}
		return html.toString();
	}

	private String kept(String fragment, String variable, Object value, Locale locale) {
		Key key = new Key(fragment, locale, value);
		String html = this.kept.get(key);
		if (html == null) {
			html = this.templates.process(TEMPLATE, Set.of(fragment), new Context(locale, Map.of(variable, value)));
			if (this.kept.size() < this.mostKept) {
				this.kept.putIfAbsent(key, html);
			}
		}
		return html;
	}

	/** How many pieces are kept: what the tests hold to their bound. */
	int kept(String fragment) {
		return (int) this.kept.keySet().stream().filter((key) -> key.fragment().equals(fragment)).count();
	}

	/**
	 * What a piece of markup depends on: its fragment, the language of its messages and
	 * the value it shows (a record, compared by all it holds).
	 */
	private record Key(String fragment, Locale locale, Object value) {

	}

}
