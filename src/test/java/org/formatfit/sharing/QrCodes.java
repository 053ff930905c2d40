package org.formatfit.sharing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads QR codes back, as a phone would, so that tests check what a scanner gets. */
public final class QrCodes {

	private QrCodes() {
	}

	/** The text in a PNG image of a QR code. */
	public static String readPng(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			return read(image.getWidth(), image.getHeight(), pixels);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text in a QR code drawn by an SVG path of {@code M x y h w v1 h-w z} runs, as
	 * {@link QrCode#svgPath()} writes it, rendered at a few pixels per module.
	 */
	public static String readSvgPath(String path, int size) {
		int scale = 4;
		int pixelsWide = size * scale;
		int[] pixels = new int[pixelsWide * pixelsWide];
		java.util.Arrays.fill(pixels, 0xFFFFFFFF);
		Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(path);
		int end = 0;
		while (run.find()) {
			if (run.start() != end) {
				throw new IllegalArgumentException("Unexpected path text at " + end);
			}
			end = run.end();
			int x = Integer.parseInt(run.group(1));
			int y = Integer.parseInt(run.group(2));
			int width = Integer.parseInt(run.group(3));
			for (int py = y * scale; py < (y + 1) * scale; py++) {
				for (int px = x * scale; px < (x + width) * scale; px++) {
					pixels[py * pixelsWide + px] = 0xFF000000;
				}
			}
		}
		if (end != path.length()) {
			throw new IllegalArgumentException("Unexpected path text at " + end);
		}
		return read(pixelsWide, pixelsWide, pixels);
	}

	private static String read(int width, int height, int[] pixels) {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new AssertionError("No readable QR code", ex);
		}
	}

}
