package org.formatfit.sharing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/r/AQEOVSjXvCkD", "https://advising.example.edu/questionnaire",
			"https://a-rather-long-host-name-for-a-school.example.org/formatfit/r/AQEFEWQfXcGV" })
	void drawsAnSvgPathThatScansBackToTheText(String text) {
		QrCode qr = QrCode.of(text);

		assertThat(QrCodes.readSvgPath(qr.svgPath(), qr.size())).isEqualTo(text);
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
		Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(qr.svgPath());

		assertThat(qr.svgPath()).startsWith("M4 4h7v1h-7z");
		while (run.find()) {
			int x = Integer.parseInt(run.group(1));
			int y = Integer.parseInt(run.group(2));
			int width = Integer.parseInt(run.group(3));
			assertThat(x).isGreaterThanOrEqualTo(4);
			assertThat(y).isBetween(4, qr.size() - 5);
			assertThat(x + width).isLessThanOrEqualTo(qr.size() - 4);
		}
	}

}
