package org.formatfit.catalog;

/**
 * A catalog FormatFit will not read: too large, not JSON, of a context it does not know,
 * or an entry with something missing or wrong. Thrown while the app starts, so that a
 * broken catalog never shows a student a wrong program; the message names the file, the
 * entry (its place in the file and its name, when it has one) and what is wrong.
 */
class CatalogInvalid extends IllegalArgumentException {

	CatalogInvalid(String problem) {
		super(problem);
	}

	CatalogInvalid(String problem, Throwable cause) {
		super(problem, cause);
	}

	CatalogInvalid(Entry entry, String problem) {
		super(entry + ": " + problem);
	}

	CatalogInvalid(Entry entry, String problem, Throwable cause) {
		super(entry + ": " + problem, cause);
	}

}
