package org.formatfit.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.formatfit.recommendation.Format;

/**
 * The school's programs that fit one student, from the catalog rather than from their
 * result's link (which does not change with the catalog): the programs in the recommended
 * format first, then those in the runner-up, then the online programs whose format the
 * catalog does not state, for the student to ask about. A format ruled out for the
 * student is never listed, nor a program that is not online or only part online. Each
 * program is listed once, under the first of these it fits.
 *
 * @param byFormat the programs in the recommended format, then in the runner-up, each
 * group only when it has programs
 * @param formatNotStated online programs whose format the catalog does not say
 */
public record ProgramsThatFit(List<FormatPrograms> byFormat, List<Listed> formatNotStated) {

	/**
	 * At most this many programs of one group on a page: past it, a student on a phone
	 * scrolls through a list they cannot take in, and the page outgrows its budget. The
	 * page says how many more there are; the API lists them all.
	 */
	public static final int SHOWN_ON_A_PAGE = 10;

	/** Nothing to show: no catalog, or no program that fits. */
	public static final ProgramsThatFit NONE = new ProgramsThatFit(List.of(), List.of());

	public ProgramsThatFit {
		byFormat = List.copyOf(byFormat);
		formatNotStated = List.copyOf(formatNotStated);
	}

	public boolean isEmpty() {
		return this.byFormat.isEmpty() && this.formatNotStated.isEmpty();
	}

	/** The online programs whose format is not stated that a page lists. */
	public List<Listed> formatNotStatedShown() {
		return shown(this.formatNotStated);
	}

	/** How many more of them the page does not list. */
	public int formatNotStatedMore() {
		return this.formatNotStated.size() - formatNotStatedShown().size();
	}

	private static List<Listed> shown(List<Listed> programs) {
		return programs.subList(0, Math.min(programs.size(), SHOWN_ON_A_PAGE));
	}

	/**
	 * @param catalog the school's programs
	 * @param recommended the format that fits the student best, or {@code null} to list
	 * none of its programs
	 * @param runnerUp the next, or {@code null}
	 * @param ruledOut formats the student cannot take part in at all
	 * @param rarelyOnlineAtSetTimes whether the student said they can rarely or never be
	 * online at set times: then live sessions at set times are marked
	 */
	static ProgramsThatFit of(Catalog catalog, Format recommended, Format runnerUp, Set<Format> ruledOut,
			boolean rarelyOnlineAtSetTimes) {
		Set<Program> listed = new HashSet<>();
		List<FormatPrograms> byFormat = new ArrayList<>();
		for (Format format : Arrays.asList(recommended, runnerUp)) {
			if (format == null || ruledOut.contains(format)) {
				continue;
			}
			List<Listed> programs = take(catalog, listed,
					(offering) -> offering.format().format().filter(format::equals).isPresent(),
					rarelyOnlineAtSetTimes);
			if (!programs.isEmpty()) {
				byFormat.add(new FormatPrograms(format, programs));
			}
		}
		List<Listed> notStated = take(catalog, listed,
				(offering) -> offering.format() == ProgramFormat.ONLINE_FORMAT_NOT_STATED, rarelyOnlineAtSetTimes);
		return new ProgramsThatFit(byFormat, notStated);
	}

	/**
	 * The programs not listed yet that have an offering that fits, in the catalog's
	 * order, each with its first such offering; they are listed from then on.
	 */
	private static List<Listed> take(Catalog catalog, Set<Program> listed, Predicate<Offering> fits,
			boolean rarelyOnlineAtSetTimes) {
		List<Listed> taken = new ArrayList<>();
		for (Program program : catalog.programs()) {
			if (listed.contains(program)) {
				continue;
			}
			program.offerings().stream().filter(fits).findFirst().ifPresent((offering) -> {
				listed.add(program);
				taken.add(Listed.of(program, offering, rarelyOnlineAtSetTimes));
			});
		}
		return taken;
	}

	/** The programs in one format. */
	public record FormatPrograms(Format format, List<Listed> programs) {

		public FormatPrograms {
			programs = List.copyOf(programs);
		}

		/** The programs a page lists. */
		public List<Listed> shown() {
			return ProgramsThatFit.shown(this.programs);
		}

		/** How many more the page does not list. */
		public int more() {
			return this.programs.size() - shown().size();
		}

	}

	/**
	 * A program as the page lists it.
	 *
	 * @param name as the catalog gives it (the page escapes it)
	 * @param link the program's page, https
	 * @param setTimesWarning whether to say its live sessions fall at set times: only for
	 * a student who can rarely be online then
	 * @param timeZone the time zone of its schedule, or {@code null}
	 */
	public record Listed(String name, URI link, boolean setTimesWarning, String timeZone) {

		static Listed of(Program program, Offering offering, boolean rarelyOnlineAtSetTimes) {
			LiveSessions live = offering.liveSessions();
			boolean atSetTimes = live != null && live.atSetTimes();
			return new Listed(program.name(), program.link(), rarelyOnlineAtSetTimes && atSetTimes,
					(atSetTimes) ? live.timeZone() : null);
		}

	}

}
