package org.formatfit.catalog;

import java.util.Optional;

/**
 * The mapping table: every value the standards list for how a course or program is
 * delivered, and what it says about the format. Written once, here;
 * {@code docs/catalog.md} shows it and {@code ModeTermTests} pins each row. A value that
 * is not here stops the app at startup: it is never guessed.
 * <p>
 * The rows come from three places. schema.org lists text labels for
 * {@code CourseInstance.courseMode} and
 * {@code EducationalOccupationalProgram.educationalProgramMode} ("online", "onsite",
 * "blended", "synchronous", "asynchronous", "full-time", "part-time") and allows a URL
 * from a controlled vocabulary, such as CEDS's Course Interaction Mode (element 001311:
 * Synchronous, Asynchronous). CTDL's {@code ceterms:Delivery} concept scheme is used by
 * {@code ceterms:deliveryType}, written either as {@code deliveryType:OnlineOnly} or in
 * full as {@code http://purl.org/ctdl/vocabs/deliveryType/OnlineOnly}; a schema.org
 * catalog may give the full address as a URL too.
 * <p>
 * What an offering is, from all of its terms together, is {@link ProgramFormat#of}.
 */
enum ModeTerm {

	/** schema.org: taught at the same time for everyone, in live sessions. */
	SYNCHRONOUS(Standard.SCHEMA_ORG, "synchronous", Means.SYNCHRONOUS),

	/** schema.org: each student works when it suits them, within deadlines. */
	ASYNCHRONOUS(Standard.SCHEMA_ORG, "asynchronous", Means.ASYNCHRONOUS),

	/** schema.org: online, without saying whether at set times. */
	ONLINE(Standard.SCHEMA_ORG, "online", Means.ONLINE),

	/** schema.org: on site, at the school. */
	ONSITE(Standard.SCHEMA_ORG, "onsite", Means.ON_SITE),

	/**
	 * schema.org: part online and part on site. Not FormatFit's hybrid, which is live
	 * sessions and self-paced work, all online.
	 */
	BLENDED(Standard.SCHEMA_ORG, "blended", Means.BLENDED),

	/**
	 * schema.org: a mode of study, the pace of the whole program; says nothing of format.
	 */
	FULL_TIME(Standard.SCHEMA_ORG, "full-time", Means.NOTHING_OF_FORMAT),

	/**
	 * schema.org: a mode of study, the pace of the whole program; says nothing of format.
	 */
	PART_TIME(Standard.SCHEMA_ORG, "part-time", Means.NOTHING_OF_FORMAT),

	/** CEDS Course Interaction Mode, the URL schema.org gives as its example. */
	CEDS_SYNCHRONOUS(Standard.CEDS, "https://ceds.ed.gov/element/001311#Synchronous", Means.SYNCHRONOUS),

	/** CEDS Course Interaction Mode. */
	CEDS_ASYNCHRONOUS(Standard.CEDS, "https://ceds.ed.gov/element/001311#Asynchronous", Means.ASYNCHRONOUS),

	/** CTDL: delivery is face to face. */
	CTDL_IN_PERSON(Standard.CTDL, "deliveryType:InPerson", Means.ON_SITE),

	/** CTDL: delivery is over the internet only; says nothing of set times. */
	CTDL_ONLINE_ONLY(Standard.CTDL, "deliveryType:OnlineOnly", Means.ONLINE),

	/** CTDL: significant parts both in person and online. Not FormatFit's hybrid. */
	CTDL_BLENDED_DELIVERY(Standard.CTDL, "deliveryType:BlendedDelivery", Means.BLENDED),

	/** CTDL's newer term for learning at the same time as others. */
	CTDL_SYNCHRONOUS(Standard.CTDL, "deliveryType:Synchronous", Means.SYNCHRONOUS),

	/** CTDL's newer term for learning at each learner's own time. */
	CTDL_ASYNCHRONOUS(Standard.CTDL, "deliveryType:Asynchronous", Means.ASYNCHRONOUS);

	/** CTDL's compact prefix for the concepts of {@code ceterms:Delivery}. */
	static final String CTDL_PREFIX = "deliveryType:";

	/** What {@link #CTDL_PREFIX} stands for, in CTDL's JSON-LD context. */
	static final String CTDL_NAMESPACE = "http://purl.org/ctdl/vocabs/deliveryType/";

	/** The same address over https, read alike. */
	static final String CTDL_NAMESPACE_HTTPS = "https://purl.org/ctdl/vocabs/deliveryType/";

	private final Standard standard;

	private final String term;

	private final Means means;

	ModeTerm(Standard standard, String term, Means means) {
		this.standard = standard;
		this.term = term;
		this.means = means;
	}

	/** The value as the standard writes it. */
	String term() {
		return this.term;
	}

	Standard standard() {
		return this.standard;
	}

	Means means() {
		return this.means;
	}

	/**
	 * The row of a value from a schema.org catalog ({@code courseMode},
	 * {@code educationalProgramMode}): a text label in any case, a CEDS URL, or a CTDL
	 * concept's full address.
	 */
	static Optional<ModeTerm> ofSchemaOrg(String value) {
		String written = value.strip();
		for (ModeTerm row : values()) {
			if (row.standard != Standard.CTDL && row.term.equalsIgnoreCase(written)) {
				return Optional.of(row);
			}
		}
		return ctdlByAddress(written);
	}

	/**
	 * The row of a value of {@code ceterms:deliveryType}: compact
	 * ({@code deliveryType:OnlineOnly}) or in full.
	 */
	static Optional<ModeTerm> ofCtdl(String value) {
		String written = value.strip();
		for (ModeTerm row : values()) {
			if (row.standard == Standard.CTDL && row.term.equals(written)) {
				return Optional.of(row);
			}
		}
		return ctdlByAddress(written);
	}

	private static Optional<ModeTerm> ctdlByAddress(String written) {
		String local;
		if (written.startsWith(CTDL_NAMESPACE)) {
			local = written.substring(CTDL_NAMESPACE.length());
		}
		else if (written.startsWith(CTDL_NAMESPACE_HTTPS)) {
			local = written.substring(CTDL_NAMESPACE_HTTPS.length());
		}
		else {
			return Optional.empty();
		}
		for (ModeTerm row : values()) {
			if (row.standard == Standard.CTDL && row.term.equals(CTDL_PREFIX + local)) {
				return Optional.of(row);
			}
		}
		return Optional.empty();
	}

	/** Where a row comes from. */
	enum Standard {

		/** schema.org's text labels. */
		SCHEMA_ORG,

		/** The Common Education Data Standards, by URL, as schema.org allows. */
		CEDS,

		/** Credential Engine's CTDL, {@code ceterms:Delivery}. */
		CTDL

	}

	/** What one value says, before the values of an offering are taken together. */
	enum Means {

		/** Live sessions at set times. */
		SYNCHRONOUS,

		/** Work at the student's own time. */
		ASYNCHRONOUS,

		/** Online, nothing more. */
		ONLINE,

		/** At the school, in person. */
		ON_SITE,

		/** Part online, part at the school. */
		BLENDED,

		/** Nothing about the format: the pace of study, full- or part-time. */
		NOTHING_OF_FORMAT

	}

}
