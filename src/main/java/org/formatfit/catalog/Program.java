package org.formatfit.catalog;

import java.net.URI;
import java.util.List;

/**
 * One entry of the school's catalog.
 *
 * @param name its name as text, as the catalog gives it (markup and all: pages escape
 * it); at most {@value CatalogFile#MOST_NAME_CHARACTERS} characters
 * @param link its page at the school: an absolute https address
 * @param offerings how it is offered; empty when the catalog says nothing of it
 */
public record Program(String name, URI link, List<Offering> offerings) {

	public Program {
		offerings = List.copyOf(offerings);
	}

}
