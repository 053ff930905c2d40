package org.formatfit.scoring;

import java.util.Set;

/**
 * Practical steps that soften a format's costs. The results page offers those of the
 * recommended format: its basic check always, the others where the trade-off they work on
 * matters to the learner.
 */
public enum NextStep {

	/** Check how often deadlines fall and how instructors can be reached. */
	CHECK_DEADLINES("check-deadlines", Set.of(Format.ASYNCHRONOUS), null),

	/** Block fixed hours in the week for self-paced study. */
	PLAN_STUDY_BLOCKS("plan-study-blocks", Set.of(Format.ASYNCHRONOUS), TradeOff.RISK_OF_APATHY),

	/** Prefer courses with regular small deadlines. */
	PICK_SMALL_DEADLINES("pick-small-deadlines", Set.of(Format.ASYNCHRONOUS), TradeOff.RISK_OF_APATHY),

	/** Find a study partner or an online group. */
	FIND_STUDY_PARTNER("find-study-partner", Set.of(Format.ASYNCHRONOUS), TradeOff.ISOLATION),

	/** Check every class time against the real calendar. */
	CHECK_CLASS_TIMES("check-class-times", Set.of(Format.SYNCHRONOUS), null),

	/** Ask whether live sessions are recorded. */
	ASK_ABOUT_RECORDINGS("ask-about-recordings", Set.of(Format.SYNCHRONOUS), TradeOff.RIGID_SCHEDULE),

	/** Ask each school what the mix really is. */
	ASK_ABOUT_MIX("ask-about-mix", Set.of(Format.HYBRID), null),

	/** Pick programs whose live part fits the fixed slots the learner has. */
	MATCH_LIVE_SLOTS("match-live-slots", Set.of(Format.HYBRID), TradeOff.RIGID_SCHEDULE),

	/** Keep the self-paced part on track between live sessions. */
	PLAN_BETWEEN_SESSIONS("plan-between-sessions", Set.of(Format.HYBRID), TradeOff.RISK_OF_APATHY),

	/** Have a fallback for the connection: a hotspot, a known quiet place. */
	PLAN_CONNECTION_FALLBACK("plan-connection-fallback", Set.of(Format.SYNCHRONOUS, Format.HYBRID),
			TradeOff.TECHNICAL_DIFFICULTIES),

	/** Compare total program cost rather than the price per credit. */
	COMPARE_TOTAL_COST("compare-total-cost", Set.of(), TradeOff.AFFORDABILITY),

	/** For skills or a certificate, a free course can be the first step. */
	TRY_A_FREE_COURSE("try-a-free-course", Set.of(), TradeOff.AFFORDABILITY);

	private final String id;

	private final Set<Format> formats;

	private final TradeOff mitigates;

	NextStep(String id, Set<Format> formats, TradeOff mitigates) {
		this.id = id;
		this.formats = formats;
		this.mitigates = mitigates;
	}

	public String id() {
		return this.id;
	}

	/** The formats this step is for; empty for a step that suits any format. */
	public Set<Format> formats() {
		return this.formats;
	}

	/**
	 * The trade-off this step works on, or {@code null} for a basic check that is always
	 * worth making.
	 */
	public TradeOff mitigates() {
		return this.mitigates;
	}

	/** Message key of the step, in a short sentence or two. */
	public String messageKey() {
		return "nextstep." + this.id;
	}

}
