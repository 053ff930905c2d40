package org.formatfit.institution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The colours the accent is checked against are the stylesheet's, and the checks let a
 * school's dark colour through and stop a faint one.
 */
class PaletteTest {

	@Test
	void theColoursCheckedAreTheStylesheetsOwn() throws IOException {
		String css = Files.readString(Path.of("src/main/resources/static/css/formatfit.css"));
		Map<String, String> root = new LinkedHashMap<>();
		Matcher declaration = Pattern.compile("(--[a-z-]+):\\s*(#[0-9a-f]{6});")
			.matcher(css.substring(css.indexOf(":root"), css.indexOf('}', css.indexOf(":root"))));
		while (declaration.find()) {
			root.put(declaration.group(1), declaration.group(2));
		}
		assertThat(root).containsEntry("--bg", Palette.WHITE)
			.containsEntry("--soft", Palette.SOFT)
			.containsEntry("--track", Palette.TRACK)
			.containsEntry("--focus", Palette.FOCUS)
			.containsEntry("--brand", Palette.DEFAULT_ACCENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { Palette.DEFAULT_ACCENT, "#166534", "#7a1f2b", "#000000", "#4a4f57" })
	void formatFitsOwnAccentAndDarkSchoolColoursPass(String accent) {
		assertThat(Palette.shortfalls(accent)).isEmpty();
	}

	@Test
	void aMidBlueFailsOnTheGreyPanelsAlone() {
		// 4.75:1 on white, 4.35:1 on the grey of the panels.
		assertThat(Contrast.ratio("#2f6fdb", Palette.WHITE)).isGreaterThan(4.5);

		assertThat(Palette.shortfalls("#2f6fdb")).extracting(Palette.Shortfall::check)
			.containsExactly(Palette.Check.TEXT_ON_PANELS);
	}

	@Test
	void aGoldFailsForTextForTheFocusRingAndForTheScoreBar() {
		assertThat(Palette.shortfalls("#ffd700")).extracting(Palette.Shortfall::check)
			.contains(Palette.Check.TEXT_ON_WHITE, Palette.Check.TEXT_ON_PANELS, Palette.Check.FOCUS_RING,
					Palette.Check.SCORE_BAR);
	}

	@Test
	void theShadesDrawnFromTheAccentKeepTheirContrast() {
		for (String accent : new String[] { Palette.DEFAULT_ACCENT, "#166534", "#7a1f2b" }) {
			assertThat(Contrast.ratio(Palette.darker(accent), Palette.WHITE))
				.isGreaterThan(Contrast.ratio(accent, Palette.WHITE));
			assertThat(Contrast.ratio(Palette.paler(accent), "#1b1b1f")).as("text on the pale shade").isGreaterThan(7);
		}
	}

}
