package org.formatfit.sharing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A QR code drawn by the app itself, as an SVG path for the page and as a PNG to
 * download, so that no third party ever sees a share link. ZXing encodes; this class only
 * draws.
 */
public final class QrCode {

	/** Pixels per module in the PNG: about 4 cm wide when printed at 300 dpi. */
	private static final int PNG_SCALE = 8;

	/** Scanners need four light modules around the code. */
	private static final int QUIET_ZONE = 4;

	/**
	 * Mask pattern 2 (dark where the column is a multiple of 3). Every mask makes a valid
	 * code; left to choose, ZXing draws all eight to score them, which would be a third
	 * of the time a results page takes to render.
	 */
	private static final Integer MASK = 2;

	private static final Map<EncodeHintType, ?> ASCII = Map.of(EncodeHintType.QR_MASK_PATTERN, MASK);

	/**
	 * Other text goes as UTF-8 behind an ECI designator, which share links never need.
	 */
	private static final Map<EncodeHintType, ?> UTF8 = Map.of(EncodeHintType.QR_MASK_PATTERN, MASK,
			EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());

	/** The modules, {@code modules[y][x]} 1 for dark, without the quiet zone. */
	private final byte[][] modules;

	private QrCode(ByteMatrix modules) {
		this.modules = modules.getArray();
	}

	/**
	 * The QR code for a text, at error correction level M, which survives a crease or a
	 * smudge on a printed page.
	 * @throws IllegalArgumentException if the text is too long for any QR code
	 */
	public static QrCode of(String text) {
		boolean ascii = text.chars().allMatch((c) -> c < 0x80);
		try {
			return new QrCode(Encoder.encode(text, ErrorCorrectionLevel.M, ascii ? ASCII : UTF8).getMatrix());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", ex);
		}
	}

	/** The width and height in modules, quiet zone included: the SVG's view box. */
	public int size() {
		return this.modules.length + 2 * QUIET_ZONE;
	}

	/**
	 * Whether a module is dark, counting from the code's corner, without the quiet zone.
	 */
	boolean dark(int x, int y) {
		return this.modules[y][x] == 1;
	}

	/**
	 * The dark modules as one SVG path to be stroked one module wide: a line through the
	 * middle of each row ({@code M x y.5}), then each horizontal run of dark modules as
	 * {@code h} (draw) and {@code m} (skip) steps, in the coordinates of a
	 * {@code 0 0 size size} view box: half the length of a rectangle per run, whose path
	 * would be a fifth of a results page.
	 */
	public String svgPath() {
		int size = this.modules.length;
		// ASCII only, so written as bytes: a StringBuilder's checks on each append were
		// half of the time this took. A row's move takes at most 10 characters
		// ("M184 184.5"), and so does each of its runs ("m184 0h184"), at most one run
		// for every two modules.
		byte[] path = new byte[size * 10 * (1 + (size + 1) / 2)];
		int at = 0;
		for (int y = 0; y < size; y++) {
			byte[] row = this.modules[y];
			// Where the pen is: -1 until the row's first run.
			int pen = -1;
			int x = 0;
			while (x < size) {
				if (row[x] != 1) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && row[x] == 1) {
					x++;
				}
				if (pen < 0) {
					path[at++] = 'M';
					at = digits(path, at, start + QUIET_ZONE);
					path[at++] = ' ';
					at = digits(path, at, y + QUIET_ZONE);
					path[at++] = '.';
					path[at++] = '5';
				}
				else {
					path[at++] = 'm';
					at = digits(path, at, start - pen);
					path[at++] = ' ';
					path[at++] = '0';
				}
				path[at++] = 'h';
				at = digits(path, at, x - start);
				pen = x;
			}
		}
		return new String(path, 0, at, StandardCharsets.ISO_8859_1);
	}

	/** Writes a number from 0 to 999 in decimal; returns where the next byte goes. */
	private static int digits(byte[] path, int at, int number) {
		if (number >= 100) {
			path[at++] = (byte) ('0' + number / 100);
		}
		if (number >= 10) {
			path[at++] = (byte) ('0' + number / 10 % 10);
		}
		path[at++] = (byte) ('0' + number % 10);
		return at;
	}

	/** The code as a black-on-white PNG to download and print. */
	public byte[] png() {
		return png(PNG_SCALE);
	}

	/** The PNG as a handler's answer, for the pages' download links. */
	public ResponseEntity<byte[]> pngResponse() {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png());
	}

	/** The code as a black-on-white PNG, each module {@code scale} pixels wide. */
	byte[] png(int scale) {
		int pixels = size() * scale;
		// One bit a pixel, 1 for white (the binary image's palette is black, white),
		// written straight into the image's bytes: setRGB on each pixel, through the
		// colour model, made a QR PNG cost about 36 valid recommendations.
		BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_BINARY);
		byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		int stride = (pixels + 7) / 8;
		for (int y = 0; y < size(); y++) {
			int rowStart = y * scale * stride;
			for (int px = 0; px < pixels; px++) {
				int x = px / scale;
				if (!darkWithQuietZone(x, y)) {
					bits[rowStart + px / 8] |= (byte) (0x80 >>> (px % 8));
				}
			}
			for (int copy = 1; copy < scale; copy++) {
				System.arraycopy(bits, rowStart, bits, rowStart + copy * stride, stride);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/** Whether a module is dark, counting from the quiet zone's corner. */
	private boolean darkWithQuietZone(int x, int y) {
		int inX = x - QUIET_ZONE;
		int inY = y - QUIET_ZONE;
		int size = this.modules.length;
		return inX >= 0 && inY >= 0 && inX < size && inY < size && dark(inX, inY);
	}

}
