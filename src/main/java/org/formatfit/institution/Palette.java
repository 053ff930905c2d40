package org.formatfit.institution;

import java.util.ArrayList;
import java.util.List;

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
	 * What the accent must keep, against what, and the WCAG success criterion that says
	 * so.
	 */
	enum Check {

		/** Link text, and the white text of buttons and the top bar. */
		TEXT_ON_WHITE(4.5, "1.4.3"),

		/** Links on the grey panels. */
		TEXT_ON_PANELS(4.5, "1.4.3"),

		/** The focus ring's glow on buttons and the top bar. */
		FOCUS_RING(3, "1.4.11"),

		/** The recommended format's bar against the empty part of the bar. */
		SCORE_BAR(3, "1.4.11"),

		/** A chosen answer's border against the pale shade behind it. */
		CHOSEN_ANSWER(3, "1.4.11");

		final double needed;

		final String criterion;

		Check(double needed, String criterion) {
			this.needed = needed;
			this.criterion = criterion;
		}

		/** The colour the accent is seen against in this place. */
		String against(String accent) {
			return switch (this) {
				case TEXT_ON_WHITE -> WHITE;
				case TEXT_ON_PANELS -> SOFT;
				case FOCUS_RING -> FOCUS;
				case SCORE_BAR -> TRACK;
				case CHOSEN_ANSWER -> paler(accent);
			};
		}

	}

	/** A check the accent fails, with the contrast it has there. */
	record Shortfall(Check check, double ratio) {

	}

	/** The checks this accent fails; none when it may be used. */
	static List<Shortfall> shortfalls(String accent) {
		List<Shortfall> shortfalls = new ArrayList<>();
		for (Check check : Check.values()) {
			double ratio = Contrast.ratio(accent, check.against(accent));
			if (ratio < check.needed) {
				shortfalls.add(new Shortfall(check, ratio));
			}
		}
		return shortfalls;
	}

}
