package org.formatfit.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page writer encodes UTF-8 itself: it must give exactly the bytes the JDK gives, for
 * any text, however Thymeleaf cuts it into writes.
 */
class PageOutputBytesWriterTest {

	/**
	 * ASCII, Latin, the typographic characters of our texts, CJK, emoji and broken
	 * halves.
	 */
	private static final String ALPHABET = "aZ0 <>&\"'\n\té óñü¿¡–—’“”…€中文😀👩‍🎓\uD83D\uDE00\uD800\uDC00\uDFFF\uD83D";

	@Test
	void encodesAnyTextAsTheJdkDoesWhereverTheWritesAreCut() throws Exception {
		Random random = new Random(3);
		for (int round = 0; round < 300; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(50_000);
			for (int i = 0; i < length; i++) {
				text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			PageOutput.BytesWriter writer = new PageOutput.BytesWriter();
			int at = 0;
			while (at < text.length()) {
				int count = Math.min(text.length() - at, 1 + random.nextInt(300));
				switch (random.nextInt(4)) {
					case 0 -> writer.write(text.toString(), at, count);
					case 1 -> writer.write(text.toString().toCharArray(), at, count);
					case 2 -> writer.print(text.substring(at, at + count));
					default -> {
						count = 1;
						writer.write(text.charAt(at));
					}
				}
				at += count;
			}
			int written = writer.finish();

			assertThat(Arrays.copyOf(writer.bytes(), written)).as("round %d", round)
				.isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void keepsThePageWhenFlushedAndClosed() {
		PageOutput.BytesWriter writer = new PageOutput.BytesWriter();

		writer.write("<!DOCTYPE html><p>Half a page");
		writer.println();
		writer.flush();
		writer.close();
		writer.write("</p>");

		String page = "<!DOCTYPE html><p>Half a page" + System.lineSeparator() + "</p>";
		assertThat(Arrays.copyOf(writer.bytes(), writer.finish())).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
	}

}
