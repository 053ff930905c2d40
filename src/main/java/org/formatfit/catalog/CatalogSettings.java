package org.formatfit.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Where the school's catalog of programs is, if it gives one. Not set: the feature is
 * off, and nothing of it shows anywhere.
 *
 * @param location a {@code file:} or {@code classpath:} location such as
 * {@code file:/etc/formatfit/catalog.jsonld}: a schema.org JSON-LD or a CTDL JSON file,
 * read once at startup; one FormatFit cannot read stops the start with a message naming
 * the entry and what is wrong
 */
@ConfigurationProperties(CatalogSettings.PREFIX)
public record CatalogSettings(Resource location) {

	static final String PREFIX = "formatfit.catalog";

	public CatalogSettings {
		// The start never waits on another server: a school copies its catalog here.
		if (location != null && !location.isFile() && !(location instanceof ClassPathResource)) {
			throw new IllegalArgumentException(PREFIX + ".location " + location.getDescription()
					+ " is neither a file: nor a classpath: location; FormatFit reads its catalog from a file of its own, never over the network. Copy the file, e.g. to /etc/formatfit/catalog.jsonld.");
		}
		if (location != null && !location.exists()) {
			throw new IllegalArgumentException(PREFIX + ".location " + location.getDescription()
					+ " does not exist; give a file such as file:/etc/formatfit/catalog.jsonld, or leave the setting out.");
		}
	}

	/** How startup messages name the file: the setting and where it points. */
	String source() {
		return PREFIX + ".location " + this.location.getDescription();
	}

}
