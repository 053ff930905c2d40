package org.formatfit.institution;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The school's look, checked when the app starts: a colour that would make text, buttons
 * or the focus ring too faint, or a logo that is no small PNG, stops the start with a
 * message that says why.
 *
 * @param name the school's name, at the top of every page beside its logo, e.g.
 * {@code Northfield College}; at most 80 characters
 * @param logo a PNG of at most 100 KB, as a resource location such as
 * {@code file:/etc/formatfit/logo.png}; needs the name, which is said beside it
 * @param accent the colour of links, buttons and the top bar, as {@code #rrggbb}
 */
@ConfigurationProperties("formatfit.brand")
public record BrandSettings(String name, Resource logo, String accent) {

	static final int MOST_NAME_CHARACTERS = 80;

	static final int MOST_LOGO_BYTES = 100 * 1024;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	public BrandSettings {
		name = (name == null || name.isBlank()) ? null : name.strip();
		if (name != null && name.length() > MOST_NAME_CHARACTERS) {
			throw new IllegalArgumentException("formatfit.brand.name is " + name.length() + " characters long; at most "
					+ MOST_NAME_CHARACTERS + " fit the top of a phone's page.");
		}
		accent = (accent == null || accent.isBlank()) ? null : accent.strip().toLowerCase(Locale.ROOT);
		if (accent != null) {
			if (!Contrast.HEX.matcher(accent).matches()) {
				throw new IllegalArgumentException(
						"formatfit.brand.accent is \"" + accent + "\"; give a colour as #rrggbb, e.g. #1d4ed8.");
			}
			List<Palette.Shortfall> shortfalls = Palette.shortfalls(accent);
			if (!shortfalls.isEmpty()) {
				throw new IllegalArgumentException(
						"formatfit.brand.accent " + accent + " is too faint for FormatFit's pages: it has "
								+ shortfalls.stream()
									.map((shortfall) -> String.format(Locale.ROOT, "%.2f:1 against %s %s:1 (WCAG %s)",
											shortfall.ratio(), switch (shortfall.check()) {
												case TEXT_ON_WHITE ->
													"white, where link text and the text of buttons and the top bar need";
												case TEXT_ON_PANELS ->
													"the grey of panels (--soft), where the links in them need";
												case FOCUS_RING ->
													"the yellow of the focus ring (--focus), which must stand out on buttons and the top bar at";
												case SCORE_BAR ->
													"the empty part of a score's bar (--track), where the recommended format's bar needs";
												case CHOSEN_ANSWER ->
													"its own pale shade behind a chosen answer, where the answer's border needs";
											}, (shortfall.check().needed == 3) ? "3" : "4.5",
											shortfall.check().criterion))
									.collect(Collectors.joining("; "))
								+ ". A darker shade of the colour passes.");
			}
		}
		if (logo != null) {
			checkLogo(logo, name);
		}
	}

	private static void checkLogo(Resource logo, String name) {
		if (name == null) {
			throw new IllegalArgumentException(
					"formatfit.brand.logo needs formatfit.brand.name: the name is said beside the logo.");
		}
		if (!logo.isReadable()) {
			throw new IllegalArgumentException("formatfit.brand.logo " + logo.getDescription() + " cannot be read.");
		}
		try (InputStream in = logo.getInputStream()) {
			byte[] head = in.readNBytes(MOST_LOGO_BYTES + 1);
			if (head.length > MOST_LOGO_BYTES) {
				throw new IllegalArgumentException("formatfit.brand.logo " + logo.getDescription()
						+ " is over 100 KB; pages must stay light on a phone. Save it smaller (a logo needs a few KB).");
			}
			if (head.length < PNG_SIGNATURE.length
					|| !Arrays.equals(Arrays.copyOf(head, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
				throw new IllegalArgumentException("formatfit.brand.logo " + logo.getDescription() + " is no PNG.");
			}
			Dimension size = logoSize(head);
			if (size == null) {
				throw new IllegalArgumentException(
						"formatfit.brand.logo " + logo.getDescription() + " is no PNG an image reader can open.");
			}
			if (size.width < 16 || size.height < 16 || size.width > 2000 || size.height > 2000
					|| size.width > 6 * size.height || size.height > 2 * size.width) {
				throw new IllegalArgumentException("formatfit.brand.logo " + logo.getDescription() + " is " + size.width
						+ " × " + size.height + " px; a logo shown 40 px high needs 16 to 2,000 px a side, "
						+ "at most 6 times as wide as high and 2 times as high as wide.");
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(
					"formatfit.brand.logo " + logo.getDescription() + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The image's width and height from its header alone, without decoding its pixels (a
	 * small file may hold a huge image); {@code null} when no reader takes it.
	 */
	static Dimension logoSize(byte[] png) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
			if (in == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return new Dimension(reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return null;
		}
	}

}
