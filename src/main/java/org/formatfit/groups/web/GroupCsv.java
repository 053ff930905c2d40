package org.formatfit.groups.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.formatfit.groups.GroupSummary;
import org.formatfit.groups.GroupSummary.Row;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.AdvisorFlag;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Format;

import org.springframework.context.MessageSource;

/**
 * A group's results as a spreadsheet in the advisor's language (RFC 4180, written by
 * Commons CSV), one row per result, as the group page shows them: its number and the name
 * it came with (or "Result 3"), the day, the format (a tie says so), how clear, the risks
 * by name, each format's score ("not possible" where the student's circumstances rule it
 * out, never a 0 that reads like a score), each answer in words under its question, the
 * link to its advisor view, and, last, its token and model version for tools. It starts
 * with a byte-order mark, by which Excel knows the text is UTF-8 and shows accents. Every
 * cell a student typed is kept from being read as a formula.
 */
final class GroupCsv {

	/** The byte-order mark: Excel reads a CSV without one in the system's code page. */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	/**
	 * What a spreadsheet takes for the start of a formula, or a cell that runs on: a cell
	 * that starts with one gets an apostrophe first, which spreadsheets show as text.
	 */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final MessageSource messages;

	private final Locale locale;

	private GroupCsv(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * Writes the spreadsheet, row by row.
	 * @param advisorViewUrl each result's advisor view, by its row
	 * @param out where it goes
	 */
	static void write(GroupSummary summary, MessageSource messages, Locale locale, Function<Row, String> advisorViewUrl,
			Appendable out) throws IOException {
		new GroupCsv(messages, locale).write(summary, advisorViewUrl, out);
	}

	private void write(GroupSummary summary, Function<Row, String> advisorViewUrl, Appendable out) throws IOException {
		List<String> header = new ArrayList<>(
				List.of(text("groups.csv.number"), text("groups.csv.name"), text("groups.csv.shared-on"),
						text("groups.csv.format"), text("groups.csv.confidence"), text("groups.csv.risks")));
		for (Format format : Format.values()) {
			header.add(text("groups.csv.score", text(format.nameKey())));
		}
		for (Question question : Question.values()) {
			header.add(text(question.textKey()));
		}
		header.add(text("groups.csv.advisor-view"));
		header.add(text("groups.csv.token"));
		header.add(text("groups.csv.model-version"));
		out.append(BYTE_ORDER_MARK);
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
		printer.printRecord(header);
		for (Row row : summary.results()) {
			Assessment assessment = row.recommendation().assessment();
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(row.number()));
			cells.add((row.name() != null) ? asText(row.name()) : text("groups.page.open", row.number()));
			cells.add(row.sharedOn().toString());
			cells.add(format(assessment, row.format()));
			cells.add(text("groups.confidence." + row.confidence()));
			cells.add(String.join("; ", row.flagIds().stream().map((id) -> text(AdvisorFlag.titleKey(id))).toList()));
			for (Format format : Format.values()) {
				cells.add(assessment.isRuledOut(format) ? text("groups.csv.not-possible")
						: String.valueOf(assessment.score(format)));
			}
			for (Question question : Question.values()) {
				cells.add(text(question.optionKey(row.recommendation().answers().optionId(question))));
			}
			cells.add(advisorViewUrl.apply(row));
			cells.add(row.token());
			cells.add(String.valueOf(row.recommendation().modelVersion()));
			printer.printRecord(cells);
		}
		// Not closed here: closing the printer would close the response's stream.
		printer.flush();
	}

	/**
	 * The recommended format's name; when another possible format has the same score, the
	 * cell says it was a tie, and with which.
	 */
	private String format(Assessment assessment, Format recommended) {
		List<String> tied = new ArrayList<>();
		for (Format other : Format.values()) {
			if (other != recommended && assessment.isTied(other)) {
				tied.add(text(other.nameKey()));
			}
		}
		String name = text(recommended.nameKey());
		return tied.isEmpty() ? name : text("groups.csv.tie", name, String.join(", ", tied));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	/** A typed text as a spreadsheet shows it, never as a formula. */
	static String asText(String typed) {
		return (!typed.isEmpty() && FORMULA_STARTS.indexOf(typed.charAt(0)) >= 0) ? "'" + typed : typed;
	}

}
