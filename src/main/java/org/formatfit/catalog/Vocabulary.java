package org.formatfit.catalog;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The two standards a catalog may be written in, known by its {@code @context}. The
 * context is only compared with the addresses below, never fetched: FormatFit reads a
 * catalog without the network, and a context of any other address could give its terms
 * other meanings, so it is refused.
 */
enum Vocabulary {

	/** schema.org's {@code Course}, {@code CourseInstance} and programs. */
	SCHEMA_ORG,

	/**
	 * Credential Engine's CTDL ({@code ceterms:}), as the Credential Registry serves it.
	 */
	CTDL;

	/** Each context address FormatFit knows, a trailing slash aside. */
	private static final Map<String, Vocabulary> ADDRESSES = Map.of("https://schema.org", SCHEMA_ORG,
			"http://schema.org", SCHEMA_ORG, "https://credreg.net/ctdl/schema/context/json", CTDL,
			"http://credreg.net/ctdl/schema/context/json", CTDL);

	/**
	 * The standard an object's {@code @context} names: an address above; an object with
	 * no more than schema.org's {@code @vocab} and a {@code @language}; or an array of
	 * these, all of one standard.
	 * @param context the value of {@code @context}
	 * @param where the entry or the file, for a message
	 * @param place the object's place in the file, for a message
	 */
	static Vocabulary of(JsonNode context, Object where, String place) {
		Vocabulary found = null;
		for (JsonNode part : context.isArray() ? context.values() : List.of(context)) {
			Vocabulary named = part(part, where, place);
			if (named != null && found != null && named != found) {
				throw new CatalogInvalid(where + ": " + place
						+ ".@context names both schema.org and CTDL; a catalog is written in one of them.");
			}
			found = (named != null) ? named : found;
		}
		if (found == null) {
			throw new CatalogInvalid(where + ": " + place
					+ ".@context names neither schema.org (https://schema.org) nor CTDL (https://credreg.net/ctdl/schema/context/json).");
		}
		return found;
	}

	private static Vocabulary part(JsonNode part, Object where, String place) {
		if (part.isString()) {
			Vocabulary named = ADDRESSES.get(withoutTrailingSlash(part.stringValue()));
			if (named == null) {
				throw new CatalogInvalid(where + ": " + place + ".@context is " + Values.quoted(part.stringValue())
						+ "; FormatFit reads a catalog of schema.org (https://schema.org) or CTDL (https://credreg.net/ctdl/schema/context/json) only, and never fetches a context.");
			}
			return named;
		}
		if (part.isObject()) {
			Vocabulary named = null;
			for (var property : part.properties()) {
				String key = property.getKey();
				JsonNode value = property.getValue();
				if (key.equals("@vocab") && value.isString()
						&& ADDRESSES.get(withoutTrailingSlash(value.stringValue())) == SCHEMA_ORG) {
					named = SCHEMA_ORG;
				}
				else if (!(key.equals("@language") && value.isString())) {
					throw new CatalogInvalid(where + ": " + place + ".@context defines " + Values.quoted(key)
							+ "; FormatFit reads schema.org's or CTDL's own terms only, with at most schema.org's @vocab and a @language.");
				}
			}
			return named;
		}
		throw new CatalogInvalid(where + ": " + place + ".@context is neither an address nor an object.");
	}

	private static String withoutTrailingSlash(String address) {
		return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
	}

}
