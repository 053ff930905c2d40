package org.formatfit.sharing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code drawn by the app itself, as an SVG path for the page and as a PNG to
 * download, so that no third party ever sees a share link.
 */
public final class QrCode {

	/**
	 * UTF-8, and always the same mask pattern: every mask makes a valid code, and trying
	 * all eight for the "best" one was most of the time a results page took.
	 */
	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
			EncodeHintType.QR_MASK_PATTERN, 2);

	/** Scanners need four light modules around the code. */
	private static final int QUIET_ZONE = 4;

	/** The dark and light modules, without the quiet zone. */
	private final ByteMatrix modules;

	private QrCode(ByteMatrix modules) {
		this.modules = modules;
	}

	/**
	 * The QR code for a text, at error correction level M, which survives a crease or a
	 * smudge on a printed page.
	 */
	public static QrCode of(String text) {
		try {
			return new QrCode(Encoder.encode(text, ErrorCorrectionLevel.M, HINTS).getMatrix());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code", ex);
		}
	}

	/** The width and height in modules, quiet zone included: the SVG's view box. */
	public int size() {
		return this.modules.getWidth() + 2 * QUIET_ZONE;
	}

	/**
	 * The dark modules as one SVG path to be stroked one module wide: a line through the
	 * middle of each row ({@code M x y.5}), then each horizontal run of dark modules as
	 * {@code h} (draw) and {@code m} (skip) steps, in the coordinates of a
	 * {@code 0 0 size size} view box. Half the length of a rectangle per run, which it
	 * was: the path was a fifth of a results page.
	 */
	public String svgPath() {
		int width = this.modules.getWidth();
		StringBuilder path = new StringBuilder(width * width / 2);
		for (int y = 0; y < this.modules.getHeight(); y++) {
			// Where the pen is: -1 until the row's first run.
			int pen = -1;
			int x = 0;
			while (x < width) {
				if (!dark(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < width && dark(x, y)) {
					x++;
				}
				if (pen < 0) {
					path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append(".5");
				}
				else {
					path.append('m').append(start - pen).append(" 0");
				}
				path.append('h').append(x - start);
				pen = x;
			}
		}
		return path.toString();
	}

	/** The code as a black-on-white PNG, each module {@code scale} pixels wide. */
	public byte[] png(int scale) {
		int pixels = size() * scale;
		BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_BINARY);
		for (int py = 0; py < pixels; py++) {
			for (int px = 0; px < pixels; px++) {
				int x = px / scale - QUIET_ZONE;
				int y = py / scale - QUIET_ZONE;
				boolean inside = x >= 0 && y >= 0 && x < this.modules.getWidth() && y < this.modules.getHeight();
				image.setRGB(px, py, (inside && dark(x, y)) ? 0xFF000000 : 0xFFFFFFFF);
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

	private boolean dark(int x, int y) {
		return this.modules.get(x, y) == 1;
	}

}
