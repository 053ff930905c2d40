package org.formatfit.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.server.Compression;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MimeType;

/**
 * Gzips a finished page, when the reader's browser takes gzip, at a level chosen for
 * speed ({@code formatfit.page-compression-level}), with compressors kept for reuse.
 * <p>
 * Why not Tomcat's compression, which still does everything else (CSS, JS, JSON): it
 * compresses at zlib's default level 6 and starts a new compressor for every response.
 * Compressing was the largest single cost of a results page: about 190 µs at level 6, on
 * this machine, for a page of 13 KB. At level 1 it takes about half that, and the page
 * comes out about an eighth larger, some 500 bytes (docs/performance.md). The page is
 * complete before it is compressed ({@link PageOutput}), so it is sent with its length,
 * not in chunks.
 * <p>
 * Follows the settings of {@code server.compression}: on or off, the MIME types, the
 * minimum size, the excluded user agents.
 */
final class PageCompression {

	/** A gzip header: deflate, no name or time stamp, "unknown" operating system. */
	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	private static final int GZIP_TRAILER = 8;

	private final boolean enabled;

	private final List<MimeType> mimeTypes;

	private final long minimumSize;

	/**
	 * Browsers that get no compressed pages, as regular expressions on the User-Agent.
	 */
	private final List<Pattern> excludedUserAgents;

	private final int level;

	/**
	 * Compressors kept between pages. The one put back last is taken first, as its tables
	 * are the likeliest to be in the CPU's cache still.
	 */
	private final BlockingDeque<Deflater> idle;

	/**
	 * @param workerThreads how many pages can be compressed at once, and so how many
	 * compressors are kept: each holds about 256 KB outside the heap
	 */
	PageCompression(Compression settings, int level, int workerThreads) {
		if (level < Deflater.BEST_SPEED || level > Deflater.BEST_COMPRESSION) {
			throw new IllegalArgumentException("formatfit.page-compression-level is from 1 to 9, not " + level);
		}
		this.enabled = settings.getEnabled();
		this.mimeTypes = Arrays.stream(settings.getAllMimeTypes()).map(MimeType::valueOf).toList();
		this.minimumSize = settings.getMinResponseSize().toBytes();
		this.excludedUserAgents = (settings.getExcludedUserAgents() != null)
				? Arrays.stream(settings.getExcludedUserAgents()).map(Pattern::compile).toList() : List.of();
		this.level = level;
		this.idle = new LinkedBlockingDeque<>(workerThreads);
	}

	/** Sends a complete page, compressed if it should be and the reader takes gzip. */
	void send(HttpServletRequest request, HttpServletResponse response, byte[] page, int length) throws IOException {
		byte[] body = page;
		int bodyLength = length;
		if (compressible(response, length)) {
			// The answer depends on Accept-Encoding whether or not this one is
			// compressed.
			if (!varies(response)) {
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			}
			if (acceptsGzip(request.getHeaders(HttpHeaders.ACCEPT_ENCODING)) && !excluded(request)) {
				body = gzip(page, length);
				bodyLength = body.length;
				// Tomcat leaves a response alone that has an encoding already.
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
		}
		response.setContentLength(bodyLength);
		response.getOutputStream().write(body, 0, bodyLength);
	}

	private boolean compressible(HttpServletResponse response, int length) {
		if (!this.enabled || length < this.minimumSize || response.getHeader(HttpHeaders.CONTENT_ENCODING) != null
				|| response.getContentType() == null) {
			return false;
		}
		MimeType type = MimeType.valueOf(response.getContentType());
		return this.mimeTypes.stream().anyMatch((compressed) -> compressed.isCompatibleWith(type));
	}

	private boolean excluded(HttpServletRequest request) {
		String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
		return userAgent != null
				&& this.excludedUserAgents.stream().anyMatch((excluded) -> excluded.matcher(userAgent).matches());
	}

	private static boolean varies(HttpServletResponse response) {
		return response.getHeaders(HttpHeaders.VARY)
			.stream()
			.flatMap((vary) -> Arrays.stream(vary.split(",")))
			.map(String::trim)
			.anyMatch((name) -> name.equals("*") || name.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING));
	}

	/**
	 * Whether an {@code Accept-Encoding} takes gzip: named with a quality above zero, or
	 * not named and {@code *} taken. No header, or one that cannot be read, is no.
	 */
	static boolean acceptsGzip(Enumeration<String> acceptEncoding) {
		Double gzip = null;
		Double any = null;
		for (String header : (acceptEncoding != null) ? Collections.list(acceptEncoding) : List.<String>of()) {
			for (String entry : header.split(",")) {
				String[] parts = entry.split(";");
				String coding = parts[0].trim().toLowerCase(Locale.ROOT);
				double quality = quality(parts);
				if (coding.equals("gzip") || coding.equals("x-gzip")) {
					gzip = (gzip == null) ? quality : Math.max(gzip, quality);
				}
				else if (coding.equals("*")) {
					any = quality;
				}
			}
		}
		if (gzip != null) {
			return gzip > 0;
		}
		return any != null && any > 0;
	}

	/** The {@code q} of an entry: 1 if not given, 0 if it cannot be read. */
	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim();
			if (parameter.length() >= 2 && Character.toLowerCase(parameter.charAt(0)) == 'q'
					&& parameter.charAt(1) == '=') {
				try {
					double quality = Double.parseDouble(parameter.substring(2).trim());
					return (quality >= 0 && quality <= 1) ? quality : 0;
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

	/** The page in gzip format (RFC 1952), exactly as long as it needs to be. */
	byte[] gzip(byte[] page, int length) {
		Deflater deflater = this.idle.pollFirst();
		if (deflater == null) {
			deflater = new Deflater(this.level, true);
		}
		try {
			deflater.setInput(page, 0, length);
			deflater.finish();
			// Pages shrink to about a third: this is room enough nearly always.
			byte[] out = new byte[GZIP_HEADER.length + length / 2 + 64];
			System.arraycopy(GZIP_HEADER, 0, out, 0, GZIP_HEADER.length);
			int at = GZIP_HEADER.length;
			while (!deflater.finished()) {
				if (at == out.length) {
					out = Arrays.copyOf(out, out.length * 2);
				}
				at += deflater.deflate(out, at, out.length - at);
			}
			CRC32 crc = new CRC32();
			crc.update(page, 0, length);
			out = Arrays.copyOf(out, at + GZIP_TRAILER);
			littleEndian(out, at, (int) crc.getValue());
			littleEndian(out, at + 4, length);
			return out;
		}
		finally {
			deflater.reset();
			if (!this.idle.offerFirst(deflater)) {
				deflater.end();
			}
		}
	}

	private static void littleEndian(byte[] out, int at, int value) {
		out[at] = (byte) value;
		out[at + 1] = (byte) (value >>> 8);
		out[at + 2] = (byte) (value >>> 16);
		out[at + 3] = (byte) (value >>> 24);
	}

}
