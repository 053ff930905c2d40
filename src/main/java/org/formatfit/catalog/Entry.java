package org.formatfit.catalog;

/**
 * Where an entry is, for the messages that refuse a catalog: the file, the entry's place
 * in it ({@code @graph[3]} is the fourth object of {@code @graph}, counting from 0;
 * {@code $} the file's one object) and its name once it is known.
 *
 * @param source the file, as its setting names it
 * @param place the entry's place in the file
 * @param name its name, or {@code null}
 */
record Entry(String source, String place, String name) {

	Entry named(String name) {
		return new Entry(this.source, this.place, name);
	}

	@Override
	public String toString() {
		return this.source + ": entry " + this.place + ((this.name != null) ? " " + Values.quoted(this.name) : "");
	}

}
