package org.formatfit.sharing;

import java.util.Map;
import java.util.Random;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our encoder against ZXing's, module by module, with the same level (M) and mask (2):
 * every version, the lengths where the version changes, and texts that need UTF-8.
 */
class QrEncoderTest {

	/**
	 * The most bytes level M holds: version 40, 2,331 data codewords, less the header.
	 */
	private static final int MAX_BYTES = 2331;

	private static final String URL_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:?=&";

	@Test
	void drawsWhatZxingDrawsForEveryLengthUpToVersion12() {
		Random random = new Random(3);
		for (int length = 1; length <= 370; length++) {
			String text = ascii(random, length);
			assertSameAsZxing(text, Map.of(EncodeHintType.QR_MASK_PATTERN, 2));
		}
	}

	@Test
	void drawsWhatZxingDrawsUpToTheLargestVersion() {
		Random random = new Random(5);
		for (int length = 371; length <= MAX_BYTES; length += 1 + random.nextInt(60)) {
			assertSameAsZxing(ascii(random, length), Map.of(EncodeHintType.QR_MASK_PATTERN, 2));
		}
		assertSameAsZxing(ascii(random, MAX_BYTES), Map.of(EncodeHintType.QR_MASK_PATTERN, 2));
	}

	/**
	 * Non-ASCII text goes as UTF-8 bytes behind an ECI designator, as ZXing writes it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "https://exámple.edu/r/AQEOVSjXvCkD", "¿Qué formato?", "日本語のテキスト", "emoji 🎓 ok" })
	void drawsWhatZxingDrawsForUtf8TextAndScansBack(String text) {
		assertSameAsZxing(text, Map.of(EncodeHintType.QR_MASK_PATTERN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
		QrCode qr = QrCode.of(text);
		assertThat(QrCodes.readSvgPath(qr.svgPath(), qr.size())).isEqualTo(text);
	}

	@Test
	void refusesTextBeyondTheLargestVersionAsZxingDoes() {
		String tooLong = ascii(new Random(9), MAX_BYTES + 1);

		assertThatIllegalArgumentException().isThrownBy(() -> QrEncoder.encode(tooLong));
		assertThatThrownBy(
				() -> Encoder.encode(tooLong, ErrorCorrectionLevel.M, Map.of(EncodeHintType.QR_MASK_PATTERN, 2)))
			.isInstanceOf(WriterException.class);
	}

	private static void assertSameAsZxing(String text, Map<EncodeHintType, ?> hints) {
		ByteMatrix expected;
		try {
			expected = Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
		}
		catch (WriterException ex) {
			throw new AssertionError(ex);
		}
		QrEncoder.Modules modules = QrEncoder.encode(text);
		assertThat(modules.size).as("size for %d characters", text.length()).isEqualTo(expected.getWidth());
		for (int y = 0; y < modules.size; y++) {
			for (int x = 0; x < modules.size; x++) {
				if (modules.dark(x, y) != (expected.get(x, y) == 1)) {
					throw new AssertionError(
							"Module (%d, %d) differs for a text of %d characters".formatted(x, y, text.length()));
				}
			}
		}
	}

	/** Text with lower case in it, so that ZXing too picks byte mode. */
	private static String ascii(Random random, int length) {
		StringBuilder text = new StringBuilder(length).append('h');
		while (text.length() < length) {
			text.append(URL_CHARACTERS.charAt(random.nextInt(URL_CHARACTERS.length())));
		}
		return text.substring(0, length);
	}

}
