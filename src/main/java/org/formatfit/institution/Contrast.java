package org.formatfit.institution;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colours as {@code #rrggbb} and the contrast between two of them, as WCAG 2.2 defines it
 * (relative luminance, success criteria 1.4.3 and 1.4.11).
 */
final class Contrast {

	static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

	private Contrast() {
	}

	/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
	static double ratio(String one, String other) {
		double lighter = Math.max(luminance(one), luminance(other));
		double darker = Math.min(luminance(one), luminance(other));
		return (lighter + 0.05) / (darker + 0.05);
	}

	/** WCAG's relative luminance: 0 for black, 1 for white. */
	static double luminance(String colour) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
	}

	private static double linear(int channel) {
		double value = (channel & 0xff) / 255.0;
		return (value <= 0.04045) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

	/**
	 * The colour {@code share} of the way from {@code from} to {@code to}, channel by
	 * channel: a darker or a paler shade of one colour.
	 */
	static String mix(String from, String to, double share) {
		int a = Integer.parseInt(from.substring(1), 16);
		int b = Integer.parseInt(to.substring(1), 16);
		int mixed = 0;
		for (int shift = 16; shift >= 0; shift -= 8) {
			int channel = (int) Math.round(((a >> shift) & 0xff) * (1 - share) + ((b >> shift) & 0xff) * share);
			mixed |= channel << shift;
		}
		return String.format(Locale.ROOT, "#%06x", mixed);
	}

}
