package org.formatfit.groups.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Format;
import org.formatfit.groups.web.GroupSummary.Row;

/**
 * A group's results as CSV, one row per result, for a spreadsheet: the day, the token,
 * the model version, the format, the three scores, the confidence, the advisor flags and
 * the fifteen answers, each column named by its public id. Every value is an id, a number
 * or a date, never free text, so no cell can be read as a formula.
 */
final class GroupCsv {

	private GroupCsv() {
	}

	static String of(GroupSummary summary) {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("shared_on", "token", "model_version", "format"));
		for (Format format : Format.values()) {
			header.add("score_" + format.name().toLowerCase(Locale.ROOT));
		}
		header.add("confidence");
		header.add("flags");
		for (Question question : Question.values()) {
			header.add(question.id());
		}
		line(csv, header);
		for (Row row : summary.results()) {
			List<String> cells = new ArrayList<>();
			cells.add(row.sharedOn().toString());
			cells.add(row.token());
			cells.add(String.valueOf(row.recommendation().modelVersion()));
			cells.add(row.format().name());
			for (Format format : Format.values()) {
				cells.add(String.valueOf(row.recommendation().assessment().score(format)));
			}
			cells.add(row.confidence().name());
			cells.add(String.join(" ", row.flagIds()));
			for (Question question : Question.values()) {
				cells.add(row.recommendation().answers().optionId(question));
			}
			line(csv, cells);
		}
		return csv.toString();
	}

	/**
	 * One line, as RFC 4180 wants it (CRLF). Ids and numbers hold no comma or quote, and
	 * a token's characters are base64url, starting with its layout version ("AQ"):
	 * nothing needs quoting, and no cell starts like a formula.
	 */
	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(String.join(",", cells)).append("\r\n");
	}

}
