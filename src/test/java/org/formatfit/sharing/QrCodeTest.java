package org.formatfit.sharing;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QrCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/r/AQEOVSjXvCkD", "https://advising.example.edu/questionnaire",
			"https://a-rather-long-host-name-for-a-school.example.org/formatfit/r/AQEFEWQfXcGV" })
	void drawsAnSvgPathThatScansBackToTheText(String text) {
		QrCode qr = QrCode.of(text);

		assertThat(QrCodes.readSvgPath(qr.svgPath(), qr.size())).isEqualTo(text);
	}

	/**
	 * Non-ASCII text goes as UTF-8 behind an ECI designator, so that it reads back whole.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "https://exámple.edu/r/AQEOVSjXvCkD", "¿Qué formato?", "日本語のテキスト", "emoji 🎓 ok" })
	void drawsNonAsciiTextThatScansBackToTheText(String text) {
		QrCode qr = QrCode.of(text);

		assertThat(QrCodes.readSvgPath(qr.svgPath(), qr.size())).isEqualTo(text);
	}

	/** Level M holds at most 2,331 bytes, in the largest code (version 40). */
	@Test
	void refusesTextTooLongForTheLargestCode() {
		QrCode largest = QrCode.of("h".repeat(2331));

		assertThat(largest.size()).isEqualTo(177 + 8);
		assertThatIllegalArgumentException().isThrownBy(() -> QrCode.of("h".repeat(2332)));
	}

	/** Up to the largest code, where the path's numbers take three digits. */
	@ParameterizedTest
	@ValueSource(ints = { 1, 40, 300, 1200, 2331 })
	void drawsEveryDarkModuleAndNoOther(int length) {
		Random random = new Random(length);
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		QrCode qr = QrCode.of(text.toString());

		boolean[][] drawn = new boolean[qr.size()][qr.size()];
		for (QrCodes.Run run : QrCodes.runs(qr.svgPath())) {
			for (int x = run.x(); x < run.x() + run.width(); x++) {
				drawn[run.y()][x] = true;
			}
		}
		for (int y = 0; y < qr.size(); y++) {
			for (int x = 0; x < qr.size(); x++) {
				boolean inside = x >= 4 && y >= 4 && x < qr.size() - 4 && y < qr.size() - 4;
				assertThat(drawn[y][x]).as("module (%d, %d)", x, y).isEqualTo(inside && qr.dark(x - 4, y - 4));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/r/AQEOVSjXvCkD", "https://advising.example.edu/questionnaire" })
	void drawsAPngThatScansBackToTheText(String text) {
		byte[] png = QrCode.of(text).png(4);

		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(QrCodes.readPng(png)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/r/AQEOVSjXvCkD", "https://advising.example.edu/questionnaire" })
	void leavesAQuietZoneOfFourModulesAroundTheCode(String text) {
		QrCode qr = QrCode.of(text);
		List<QrCodes.Run> runs = QrCodes.runs(qr.svgPath());

		// The top-left finder pattern starts with seven dark modules.
		assertThat(runs.get(0)).isEqualTo(new QrCodes.Run(4, 4, 7));
		for (QrCodes.Run run : runs) {
			assertThat(run.x()).isGreaterThanOrEqualTo(4);
			assertThat(run.y()).isBetween(4, qr.size() - 5);
			assertThat(run.x() + run.width()).isLessThanOrEqualTo(qr.size() - 4);
		}
	}

}
