package org.formatfit.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The entries of a CTDL catalog: a {@code ceterms:LearningProgram},
 * {@code ceterms:Course} or {@code ceterms:LearningOpportunityProfile}, with its
 * {@code ceterms:name} (a string or a language map such as {@code {"en-US": "…"}}), its
 * {@code ceterms:subjectWebpage} and its {@code ceterms:deliveryType}: concepts of
 * {@code ceterms:Delivery}, each written as a string, as {@code {"@id": …}} or as a
 * {@code ceterms:CredentialAlignmentObject} with its {@code ceterms:targetNode}. The
 * program is one offering; CTDL gives no schedule of live sessions here.
 */
final class CtdlEntries {

	private static final Set<String> TYPES = Set.of("ceterms:LearningProgram", "ceterms:Course",
			"ceterms:LearningOpportunityProfile");

	private static final String DELIVERY_TYPE = "ceterms:deliveryType";

	private static final String TARGET_NODE = "ceterms:targetNode";

	private CtdlEntries() {
	}

	/** The program an object describes, or empty when it is of another type. */
	static Optional<Program> read(JsonNode node, Entry at) {
		boolean entry = Values.all(node.get("@type"))
			.stream()
			.anyMatch((type) -> type.isString() && TYPES.contains(type.stringValue()));
		if (!entry) {
			return Optional.empty();
		}
		String name = Values.name(node.get("ceterms:name"), at, "ceterms:name");
		if (name == null) {
			throw new CatalogInvalid(at, "has no ceterms:name; each program needs one.");
		}
		Entry named = at.named(name);
		URI link = Values.link(node.get("ceterms:subjectWebpage"), named, "ceterms:subjectWebpage");
		if (!node.has(DELIVERY_TYPE)) {
			return Optional.of(new Program(name, link, List.of()));
		}
		List<ModeTerm> terms = new ArrayList<>();
		List<JsonNode> values = Values.all(node.get(DELIVERY_TYPE));
		for (int i = 0; i < values.size(); i++) {
			String property = DELIVERY_TYPE + ((values.size() > 1) ? "[" + i + "]" : "");
			JsonNode value = values.get(i);
			String written = (value.isObject() && value.has(TARGET_NODE)) ? Values.string(value.get(TARGET_NODE))
					: Values.string(value);
			if (written == null) {
				throw new CatalogInvalid(named, property
						+ " is neither a concept nor {\"@id\": …} nor an alignment with a ceterms:targetNode.");
			}
			terms.add(ModeTerm.ofCtdl(written)
				.orElseThrow(() -> new CatalogInvalid(named, property + " " + Values.quoted(written)
						+ " is no delivery type FormatFit knows, and it is not guessed. CTDL's are deliveryType:InPerson, deliveryType:OnlineOnly, deliveryType:BlendedDelivery, deliveryType:Synchronous and deliveryType:Asynchronous (docs/catalog.md).")));
		}
		return Optional.of(new Program(name, link, List.of(new Offering(ProgramFormat.of(terms), null))));
	}

}
