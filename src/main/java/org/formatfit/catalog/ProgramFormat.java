package org.formatfit.catalog;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.formatfit.catalog.ModeTerm.Means;
import org.formatfit.recommendation.Format;

/**
 * What FormatFit makes of one offering of a program, from every mode value the catalog
 * gives it ({@link #of}). Only the first three are one of FormatFit's formats; the others
 * are said as they are and never counted as one.
 */
public enum ProgramFormat {

	/** Live sessions at set times, online. */
	SYNCHRONOUS(Format.SYNCHRONOUS),

	/** Self-paced within deadlines, online. */
	ASYNCHRONOUS(Format.ASYNCHRONOUS),

	/**
	 * Both synchronous and asynchronous on one offering: FormatFit's hybrid, all of it
	 * online.
	 */
	HYBRID(Format.HYBRID),

	/**
	 * Online, but the catalog does not say whether at set times or self-paced: a student
	 * needs to ask.
	 */
	ONLINE_FORMAT_NOT_STATED(null),

	/**
	 * Blended: part online and part on campus (schema.org's "blended", CTDL's
	 * {@code BlendedDelivery}). Not FormatFit's hybrid.
	 */
	PART_ON_CAMPUS(null),

	/** On site only: not an online option. */
	ON_SITE(null),

	/**
	 * The catalog says nothing of how it is delivered (no mode, or only full- or
	 * part-time): not known to be online.
	 */
	NOT_STATED(null);

	private final Format format;

	ProgramFormat(Format format) {
		this.format = format;
	}

	/** FormatFit's format, for the first three; empty for the rest. */
	public Optional<Format> format() {
		return Optional.ofNullable(this.format);
	}

	/**
	 * The offering's format from all of its values, in this order:
	 * <ol>
	 * <li>blended anywhere: {@link #PART_ON_CAMPUS}, whatever else is said (its time on
	 * campus is what a student must know first);</li>
	 * <li>on site and never online: {@link #ON_SITE} (synchronous or asynchronous then
	 * describe the classroom);</li>
	 * <li>synchronous and asynchronous: {@link #HYBRID};</li>
	 * <li>synchronous, or asynchronous: that format;</li>
	 * <li>online alone: {@link #ONLINE_FORMAT_NOT_STATED}. On site and online together
	 * mean the student may take it either way (as CTDL says of {@code InPerson} with
	 * {@code OnlineOnly}), so the online option counts;</li>
	 * <li>nothing of these: {@link #NOT_STATED}.</li>
	 * </ol>
	 */
	static ProgramFormat of(Collection<ModeTerm> terms) {
		Set<Means> says = EnumSet.noneOf(Means.class);
		terms.forEach((term) -> says.add(term.means()));
		boolean synchronous = says.contains(Means.SYNCHRONOUS);
		boolean asynchronous = says.contains(Means.ASYNCHRONOUS);
		if (says.contains(Means.BLENDED)) {
			return PART_ON_CAMPUS;
		}
		if (says.contains(Means.ON_SITE) && !says.contains(Means.ONLINE)) {
			return ON_SITE;
		}
		if (synchronous && asynchronous) {
			return HYBRID;
		}
		if (synchronous) {
			return SYNCHRONOUS;
		}
		if (asynchronous) {
			return ASYNCHRONOUS;
		}
		return says.contains(Means.ONLINE) ? ONLINE_FORMAT_NOT_STATED : NOT_STATED;
	}

}
