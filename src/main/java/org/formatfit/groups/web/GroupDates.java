package org.formatfit.groups.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Days as the reader's language writes them ("Dec 2, 2026", "2 dic 2026"; "December 2,
 * 2027", "2 de diciembre de 2027"), from Java's own locale data rather than patterns of
 * ours. Public, for the template's compiled Spring EL.
 *
 * @param locale the reader's language
 */
public record GroupDates(Locale locale) {

	/** A day in a list. */
	public String day(LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).format(day);
	}

	/** A day in a sentence. */
	public String date(LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale).format(day);
	}

}
