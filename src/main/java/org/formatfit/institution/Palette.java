package org.formatfit.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The colours of FormatFit's stylesheet that a school's accent colour is drawn on or
 * beside, by their names there ({@code assets/css/formatfit.css}, whose {@code :root}
 * declares the same values: {@code PaletteTest} holds them together), and what the accent
 * must keep against each.
 */
final class Palette {

	static final String WHITE = "#ffffff";

	/** {@code --soft}: the grey of panels with links in them. */
	static final String SOFT = "#f3f5f8";

	/** {@code --track}: the empty part of a score's bar. */
	static final String TRACK = "#e3e7ee";

	/** {@code --focus}: the glow of the focus ring, around the dark outline. */
	static final String FOCUS = "#ffcc00";

	/** {@code --brand}: FormatFit's own accent, when the school names none. */
	static final String DEFAULT_ACCENT = "#1d4ed8";

	private Palette() {
	}

	/** The darker shade for a link or button under the pointer. */
	static String darker(String accent) {
		return Contrast.mix(accent, "#000000", 0.2);
	}

	/** The pale shade behind a chosen answer. */
	static String paler(String accent) {
		return Contrast.mix(accent, WHITE, 0.92);
	}

	/**
	 * What falls short with this accent, one sentence each, naming the contrast it has
	 * and the one it needs; empty when every check passes.
	 */
	static List<String> shortfalls(String accent) {
		List<String> shortfalls = new ArrayList<>();
		need(shortfalls, accent, WHITE, 4.5, "white, where link text and the text of buttons and the top bar need",
				"1.4.3");
		need(shortfalls, accent, SOFT, 4.5, "the grey of panels (--soft), where the links in them need", "1.4.3");
		need(shortfalls, accent, FOCUS, 3,
				"the yellow of the focus ring (--focus), which must stand out on buttons " + "and the top bar at",
				"1.4.11");
		need(shortfalls, accent, TRACK, 3,
				"the empty part of a score's bar (--track), where the recommended " + "format's bar needs", "1.4.11");
		need(shortfalls, accent, paler(accent), 3,
				"its own pale shade behind a chosen answer, where the answer's border needs", "1.4.11");
		return shortfalls;
	}

	private static void need(List<String> shortfalls, String accent, String against, double needed, String where,
			String criterion) {
		double ratio = Contrast.ratio(accent, against);
		if (ratio < needed) {
			shortfalls.add(String.format(Locale.ROOT, "%.2f:1 against %s %s:1 (WCAG %s)", ratio, where,
					(needed == Math.rint(needed)) ? String.valueOf((int) needed) : String.valueOf(needed), criterion));
		}
	}

}
