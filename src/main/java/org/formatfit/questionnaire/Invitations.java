package org.formatfit.questionnaire;

import java.time.Period;
import java.util.Optional;

/**
 * The advisor groups a student may be invited to answer for. A group's join link opens
 * the questionnaire with its code, which goes along (as {@link #PARAMETER}) to the
 * result, where the student may share it with the group. Groups are {@code groups}'s: it
 * implements this, so that the questionnaire and the result page know nothing of how
 * groups are stored.
 */
public interface Invitations {

	/**
	 * The parameter that carries a group's join code from the join link to the result.
	 */
	String PARAMETER = "group";

	/**
	 * The longest name or initials a student may share a result under, as a form's
	 * {@code maxlength} counts it (UTF-16 code units).
	 */
	int NAME_MAX = 40;

	/**
	 * The invitation of the group with this join code; empty when no group has it (or
	 * when the text is no join code at all).
	 */
	Optional<Invitation> find(String code);

	/**
	 * How long a group keeps what is shared with it: the group, with every result in it,
	 * is deleted at the latest this long after it is made. The privacy page names it.
	 */
	Period retention();

	/**
	 * An invitation to answer for a group.
	 *
	 * @param code the group's join code
	 * @param groupLabel what the advisor called the group, or {@code null} when groups
	 * are unavailable right now (the database is down): the student can still answer, and
	 * is told that sharing must wait
	 * @param closed whether the advisor closed the group to new shares
	 * @param withdrawSecret a new secret for the share form to send, so that the form
	 * sent twice stays one share; {@code null} when groups are unavailable
	 */
	record Invitation(String code, String groupLabel, boolean closed, String withdrawSecret) {

		/** An invitation that cannot be checked right now. */
		public static Invitation unavailable(String code) {
			return new Invitation(code, null, false, null);
		}

		/** The longest name the share form takes ({@link Invitations#NAME_MAX}). */
		public int nameMax() {
			return NAME_MAX;
		}

		/** Whether the group could be looked up, so that sharing is possible. */
		public boolean available() {
			return this.groupLabel != null;
		}

	}

}
