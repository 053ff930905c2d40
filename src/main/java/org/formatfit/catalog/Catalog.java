package org.formatfit.catalog;

import java.util.List;

/**
 * The school's programs, in the catalog's order, read once at startup. Empty when
 * {@code formatfit.catalog.location} is not set: then nothing of the catalog shows.
 *
 * @param programs every entry, at most {@value CatalogFile#MOST_ENTRIES}
 */
public record Catalog(List<Program> programs) {

	/** No catalog: the feature is off. */
	public static final Catalog NONE = new Catalog(List.of());

	public Catalog {
		programs = List.copyOf(programs);
	}

	/** Whether the school gave a catalog. */
	public boolean present() {
		return !this.programs.isEmpty();
	}

}
