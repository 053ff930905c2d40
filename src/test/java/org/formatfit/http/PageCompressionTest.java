package org.formatfit.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.web.server.Compression;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageCompressionTest {

	private final PageCompression compression = new PageCompression(new Compression(), 1, 8);

	@ParameterizedTest
	@ValueSource(strings = { "gzip", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8, *;q=0.1", "GZIP;Q=0.5", "x-gzip",
			"*", "deflate, *;q=0.5", " gzip ; q=1 " })
	void takesGzipWhenTheBrowserDoes(String acceptEncoding) {
		assertThat(PageCompression.acceptsGzip(Collections.enumeration(List.of(acceptEncoding)))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "identity", "deflate, br", "gzip;q=0", "gzip;q=0.0, *", "*;q=0", "gzip;q=abc",
			"gzip;q=2", "gzip;q=", "gzips", "br;gzip" })
	void sendsThePageAsItIsOtherwise(String acceptEncoding) {
		assertThat(PageCompression.acceptsGzip(Collections.enumeration(List.of(acceptEncoding)))).isFalse();
	}

	@Test
	void readsEveryAcceptEncodingHeaderAndNoneAtAll() {
		assertThat(PageCompression.acceptsGzip(Collections.enumeration(List.of("br", "gzip")))).isTrue();
		assertThat(PageCompression.acceptsGzip(Collections.emptyEnumeration())).isFalse();
		assertThat(PageCompression.acceptsGzip(null)).isFalse();
	}

	@Test
	void gzipsAnyPageSoThatItUnzipsToTheSameBytes() throws Exception {
		Random random = new Random(7);
		for (int round = 0; round < 200; round++) {
			byte[] page = page(random, random.nextInt(100_000));
			// Only the first bytes of the buffer are the page.
			int length = random.nextInt(page.length + 1);

			byte[] gzipped = this.compression.gzip(page, length);

			assertThat(gunzip(gzipped)).as("round %d", round).isEqualTo(java.util.Arrays.copyOf(page, length));
		}
	}

	@Test
	void pagesCompressedAtOnceDoNotMixTheirCompressors() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(12);
		try {
			List<Future<Boolean>> pages = new ArrayList<>();
			for (int task = 0; task < 600; task++) {
				long seed = task;
				pages.add(threads.submit(() -> {
					byte[] page = page(new Random(seed), 20_000);
					return java.util.Arrays.equals(gunzip(this.compression.gzip(page, page.length)), page);
				}));
			}
			for (Future<Boolean> page : pages) {
				assertThat(page.get()).isTrue();
			}
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void followsServerCompressionForPagesItSends() throws Exception {
		Compression settings = new Compression();
		settings.setEnabled(true);
		settings.setExcludedUserAgents(new String[] { ".*OldBrowser.*" });
		PageCompression pages = new PageCompression(settings, 1, 8);
		byte[] page = page(new Random(1), 5_000);

		MockHttpServletResponse gzipped = send(pages, "text/html;charset=UTF-8", page, "Mozilla/5.0");
		MockHttpServletResponse excluded = send(pages, "text/html;charset=UTF-8", page, "OldBrowser/1.0");
		MockHttpServletResponse notText = send(pages, "application/octet-stream", page, "Mozilla/5.0");
		MockHttpServletResponse small = send(pages, "text/html;charset=UTF-8", java.util.Arrays.copyOf(page, 100),
				"Mozilla/5.0");

		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(page);
		assertThat(gzipped.getContentLength()).isEqualTo(gzipped.getContentAsByteArray().length);
		for (MockHttpServletResponse plain : List.of(excluded, notText, small)) {
			assertThat(plain.getHeader("Content-Encoding")).isNull();
			assertThat(plain.getContentLength()).isEqualTo(plain.getContentAsByteArray().length);
		}
		assertThat(excluded.getContentAsByteArray()).isEqualTo(page);
		assertThat(gzipped.getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(excluded.getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(notText.getHeader("Vary")).isNull();
	}

	private static MockHttpServletResponse send(PageCompression pages, String contentType, byte[] page,
			String userAgent) throws IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("Accept-Encoding", "gzip");
		request.addHeader("User-Agent", userAgent);
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setContentType(contentType);
		pages.send(request, response, page, page.length);
		return response;
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 10, -1 })
	void refusesALevelZlibDoesNotHave(int level) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageCompression(new Compression(), level, 8))
			.withMessageContaining("formatfit.page-compression-level");
	}

	/** Text that compresses like a page: words repeated, with some noise. */
	private static byte[] page(Random random, int length) {
		String[] words = { "<li class=\"score\">", "asynchronous ", "</span>", "Sí, ", "horario ", "–", "\n\t" };
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			text.append(
					random.nextInt(5) == 0 ? (char) ('a' + random.nextInt(26)) : words[random.nextInt(words.length)]);
		}
		return text.substring(0, length).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}
