package org.formatfit.sharing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
	 * The text in a QR code drawn by an SVG path as {@link QrCode#svgPath()} writes it,
	 * stroked one module wide, rendered at a few pixels per module.
	 */
	public static String readSvgPath(String path, int size) {
		int scale = 4;
		int pixelsWide = size * scale;
		int[] pixels = new int[pixelsWide * pixelsWide];
		java.util.Arrays.fill(pixels, 0xFFFFFFFF);
		for (Run run : runs(path)) {
			for (int py = run.y() * scale; py < (run.y() + 1) * scale; py++) {
				for (int px = run.x() * scale; px < (run.x() + run.width()) * scale; px++) {
					pixels[py * pixelsWide + px] = 0xFF000000;
				}
			}
		}
		return read(pixelsWide, pixelsWide, pixels);
	}

	/**
	 * The dark runs an SVG path draws when stroked one module wide, if it is made of what
	 * {@link QrCode#svgPath()} writes: {@code M x y.5} to start a row (the stroke covers
	 * {@code y} to {@code y + 1}), {@code h w} to draw, {@code m dx 0} to skip. Anything
	 * else in the path fails.
	 */
	public static List<Run> runs(String path) {
		Matcher step = Pattern.compile("M(\\d+) (\\d+)\\.5|h(\\d+)|m(\\d+) 0").matcher(path);
		List<Run> runs = new ArrayList<>();
		int end = 0;
		int x = -1;
		int y = -1;
		while (step.find()) {
			if (step.start() != end) {
				throw new IllegalArgumentException("Unexpected path text at " + end);
			}
			end = step.end();
			if (step.group(1) != null) {
				x = Integer.parseInt(step.group(1));
				y = Integer.parseInt(step.group(2));
			}
			else if (x < 0) {
				throw new IllegalArgumentException("A step before the first M at " + step.start());
			}
			else if (step.group(3) != null) {
				int width = Integer.parseInt(step.group(3));
				runs.add(new Run(x, y, width));
				x += width;
			}
			else {
				x += Integer.parseInt(step.group(4));
			}
		}
		if (end != path.length()) {
			throw new IllegalArgumentException("Unexpected path text at " + end);
		}
		return runs;
	}

	/** A horizontal run of dark modules, {@code width} wide from {@code (x, y)}. */
	public record Run(int x, int y, int width) {
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
