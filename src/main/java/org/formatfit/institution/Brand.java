package org.formatfit.institution;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The school's look as the pages use it: the layout reads it as {@code #brand}
 * ({@link BrandDialect}: its name, its logo's size, the address of its stylesheet), and
 * {@link BrandController} serves the stylesheet and the logo. Without settings, FormatFit
 * looks as it always has.
 */
@Component
@EnableConfigurationProperties(BrandSettings.class)
public final class Brand {

	/** The logo's height at the top of a page, in CSS pixels. */
	static final int LOGO_HEIGHT = 40;

	private final String name;

	private final byte[] logo;

	private final int logoWidth;

	private final String stylesheet;

	private final String version;

	Brand(BrandSettings settings) {
		this.name = settings.name();
		this.logo = (settings.logo() != null) ? read(settings) : null;
		this.logoWidth = (this.logo != null) ? widthAtLogoHeight(this.logo) : 0;
		this.stylesheet = (settings.accent() != null) ? stylesheet(settings.accent()) : null;
		CRC32 version = new CRC32();
		if (this.stylesheet != null) {
			version.update(this.stylesheet.getBytes(StandardCharsets.UTF_8));
		}
		if (this.logo != null) {
			version.update(this.logo);
		}
		this.version = Long.toHexString(version.getValue());
	}

	/** The school's name, or {@code null}. */
	public String name() {
		return this.name;
	}

	public boolean hasLogo() {
		return this.logo != null;
	}

	/**
	 * The logo's width at {@link #LOGO_HEIGHT}, so that the page does not move as it
	 * loads.
	 */
	public int logoWidth() {
		return this.logoWidth;
	}

	public int logoHeight() {
		return LOGO_HEIGHT;
	}

	/** Whether the school has a colour of its own, in {@code /brand/style.css}. */
	public boolean styled() {
		return this.stylesheet != null;
	}

	/**
	 * Changes with the colour and the logo, so that the addresses can be cached for good.
	 */
	public String version() {
		return this.version;
	}

	String stylesheet() {
		return this.stylesheet;
	}

	byte[] logo() {
		return this.logo;
	}

	/** The accent and the shades drawn from it, in place of FormatFit's own. */
	private static String stylesheet(String accent) {
		return ":root{--brand:" + accent + ";--brand-dark:" + Palette.darker(accent) + ";--brand-pale:"
				+ Palette.paler(accent) + "}\n";
	}

	private static byte[] read(BrandSettings settings) {
		try (InputStream in = settings.logo().getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Its width at {@link #LOGO_HEIGHT}: its size was checked with the settings. */
	private static int widthAtLogoHeight(byte[] logo) {
		Dimension size = BrandSettings.logoSize(logo);
		return Math.max(1, Math.round((float) size.width * LOGO_HEIGHT / size.height));
	}

}
