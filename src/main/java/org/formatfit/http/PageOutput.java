package org.formatfit.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every page goes out as UTF-8 bytes, encoded by the app as the template produces it, not
 * through Tomcat's character writer.
 * <p>
 * Why: Thymeleaf used to build each page in a growing string buffer, copy it into a
 * string, and write that to the response's writer. Tomcat then encoded it in 8 KB slices
 * with a {@code CharsetEncoder} that drops to a character-by-character loop at the first
 * non-ASCII character of a slice, and our pages have them in their first lines
 * (typographic apostrophes, dashes, Spanish accents). Under load, that writer took 5 of
 * every 100 ms of the app's CPU on results pages, and the buffer and its copy were about
 * 100 KB of the 370 KB of garbage each page left. Now Thymeleaf writes straight into one
 * byte buffer per page (partial output on, in {@code application.properties}), which is
 * sent once, at the end, gzipped by {@link PageCompression}.
 */
@Configuration(proxyBeanMethods = false)
class PageOutput {

	@Bean
	SmartInitializingSingleton pagesWrittenAsBytes(ThymeleafViewResolver thymeleafViewResolver) {
		return () -> thymeleafViewResolver.setViewClass(ByteWritingView.class);
	}

	@Bean
	PageCompression pageCompression(ServerProperties server, @Value("${formatfit.page-compression-level}") int level,
			TomcatConnections tomcat) {
		return new PageCompression(server.getCompression(), level, tomcat.workerThreads());
	}

	/**
	 * Thymeleaf's Spring view, handed a response whose writer collects the page as bytes;
	 * the page is sent once the template has finished without an error.
	 */
	static class ByteWritingView extends ThymeleafView {

		private PageCompression compression;

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			ByteWritingResponse page = new ByteWritingResponse(response);
			super.render(model, request, page);
			page.send(request, compression());
		}

		/** Views are made by Thymeleaf's view resolver, not injected. */
		private PageCompression compression() {
			if (this.compression == null) {
				this.compression = getApplicationContext().getBean(PageCompression.class);
			}
			return this.compression;
		}

	}

	private static final class ByteWritingResponse extends HttpServletResponseWrapper {

		private BytesWriter writer;

		ByteWritingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			// Asked after the view has set the content type. Our pages are all UTF-8
			// (spring.thymeleaf.encoding); a view in another charset would keep the
			// container's writer, and so would not be held back until complete.
			if (!StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())) {
				return super.getWriter();
			}
			if (this.writer == null) {
				this.writer = new BytesWriter();
			}
			return this.writer;
		}

		void send(HttpServletRequest request, PageCompression compression) throws IOException {
			if (this.writer != null) {
				int length = this.writer.finish();
				compression.send(request, (HttpServletResponse) getResponse(), this.writer.bytes(), length);
			}
		}

	}

	/**
	 * Collects the page as UTF-8 bytes, sent by the view only once the template has
	 * finished, so a template that fails halfway sends nothing and the error page can
	 * still be shown.
	 */
	static final class BytesWriter extends PrintWriter {

		/** A results page is about 15 KB. */
		private byte[] bytes = new byte[16 * 1024];

		private int length;

		/**
		 * The first half of a character outside the BMP, when a write ended between the
		 * two.
		 */
		private char highSurrogate;

		/**
		 * A {@code PrintWriter} itself, not one around a {@code Writer}: Thymeleaf writes
		 * a page in thousands of small pieces, and each went through the print writer's
		 * lock and checks first.
		 */
		BytesWriter() {
			super(Writer.nullWriter());
		}

		@Override
		public void write(String text) {
			write(text, 0, text.length());
		}

		@Override
		public void write(char[] chars) {
			write(chars, 0, chars.length);
		}

		/** The print writer's own line break would go to the writer it wraps: nowhere. */
		@Override
		public void println() {
			write(System.lineSeparator());
		}

		// The loops keep the buffer and its length in locals and copy ASCII across as it
		// is: nearly every character of a page is ASCII, and this is where the time goes.
		// One loop for strings and one for arrays: a single loop over a CharSequence
		// would make a call through an interface for every character.
		@Override
		public void write(String text, int offset, int count) {
			room(count);
			byte[] out = this.bytes;
			int at = this.length;
			for (int i = offset; i < offset + count; i++) {
				char c = text.charAt(i);
				if (c < 0x80 && this.highSurrogate == 0) {
					out[at++] = (byte) c;
				}
				else {
					this.length = at;
					room(4 + offset + count - i - 1);
					put(c);
					out = this.bytes;
					at = this.length;
				}
			}
			this.length = at;
		}

		@Override
		public void write(char[] chars, int offset, int count) {
			room(count);
			byte[] out = this.bytes;
			int at = this.length;
			for (int i = offset; i < offset + count; i++) {
				char c = chars[i];
				if (c < 0x80 && this.highSurrogate == 0) {
					out[at++] = (byte) c;
				}
				else {
					this.length = at;
					room(4 + offset + count - i - 1);
					put(c);
					out = this.bytes;
					at = this.length;
				}
			}
			this.length = at;
		}

		@Override
		public void write(int c) {
			room(4);
			put((char) c);
		}

		/**
		 * UTF-8 as {@link String#getBytes} writes it: a lone surrogate becomes "?". Needs
		 * room for four bytes.
		 */
		private void put(char c) {
			if (this.highSurrogate != 0) {
				char high = this.highSurrogate;
				this.highSurrogate = 0;
				if (Character.isLowSurrogate(c)) {
					int codePoint = Character.toCodePoint(high, c);
					this.bytes[this.length++] = (byte) (0xF0 | (codePoint >> 18));
					this.bytes[this.length++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
					this.bytes[this.length++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
					this.bytes[this.length++] = (byte) (0x80 | (codePoint & 0x3F));
					return;
				}
				this.bytes[this.length++] = '?';
			}
			if (c < 0x80) {
				this.bytes[this.length++] = (byte) c;
			}
			else if (c < 0x800) {
				this.bytes[this.length++] = (byte) (0xC0 | (c >> 6));
				this.bytes[this.length++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c)) {
				this.highSurrogate = c;
			}
			else if (Character.isLowSurrogate(c)) {
				this.bytes[this.length++] = '?';
			}
			else {
				this.bytes[this.length++] = (byte) (0xE0 | (c >> 12));
				this.bytes[this.length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				this.bytes[this.length++] = (byte) (0x80 | (c & 0x3F));
			}
		}

		/**
		 * Room for {@code more} bytes. A write asks for a byte a character, all that
		 * ASCII needs, and asks again at each wider character, so that one buffer of 16
		 * KB usually holds a whole page.
		 */
		private void room(int more) {
			if (this.length + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(2 * this.bytes.length, this.length + more));
			}
		}

		/** Nothing to flush to: the view sends the page when it is complete. */
		@Override
		public void flush() {
		}

		/**
		 * Ends the page: a half pair left at the end is a lone surrogate. Returns its
		 * length, the first bytes of {@link #bytes()}.
		 */
		int finish() {
			if (this.highSurrogate != 0) {
				this.highSurrogate = 0;
				room(1);
				this.bytes[this.length++] = '?';
			}
			return this.length;
		}

		byte[] bytes() {
			return this.bytes;
		}

		@Override
		public void close() {
		}

	}

}
