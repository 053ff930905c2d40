package org.formatfit.scoring;

/**
 * Practical steps that soften a format's costs, each tied to the trade-off it works on.
 * The results page offers those of the recommended format, the most pressing first.
 */
public enum NextStep {

	/** Block fixed hours in the week for self-paced study. */
	PLAN_STUDY_BLOCKS("plan-study-blocks", Format.ASYNCHRONOUS, TradeOff.RISK_OF_APATHY),

	/** Find a study partner or an online group. */
	FIND_STUDY_PARTNER("find-study-partner", Format.ASYNCHRONOUS, TradeOff.ISOLATION),

	/** Prefer courses with regular small deadlines. */
	PICK_SMALL_DEADLINES("pick-small-deadlines", Format.ASYNCHRONOUS, TradeOff.RISK_OF_APATHY),

	/** Check every class time against the real calendar. */
	CHECK_CLASS_TIMES("check-class-times", Format.SYNCHRONOUS, TradeOff.RIGID_SCHEDULE),

	/** Have a fallback for the connection: a hotspot, a known quiet place. */
	PLAN_CONNECTION_FALLBACK("plan-connection-fallback", Format.SYNCHRONOUS, TradeOff.TECHNICAL_DIFFICULTIES),

	/** Ask whether live sessions are recorded. */
	ASK_ABOUT_RECORDINGS("ask-about-recordings", Format.SYNCHRONOUS, TradeOff.RIGID_SCHEDULE),

	/** Ask each school what the mix really is. */
	ASK_ABOUT_MIX("ask-about-mix", Format.HYBRID, TradeOff.RIGID_SCHEDULE),

	/** Pick programs whose live part fits the fixed slots the learner has. */
	MATCH_LIVE_SLOTS("match-live-slots", Format.HYBRID, TradeOff.RIGID_SCHEDULE),

	/** Keep the self-paced part on track between live sessions. */
	PLAN_BETWEEN_SESSIONS("plan-between-sessions", Format.HYBRID, TradeOff.RISK_OF_APATHY),

	/** Compare total program cost, and consider a free course for skills. */
	COMPARE_TOTAL_COST("compare-total-cost", null, TradeOff.AFFORDABILITY);

	private final String id;

	private final Format format;

	private final TradeOff mitigates;

	NextStep(String id, Format format, TradeOff mitigates) {
		this.id = id;
		this.format = format;
		this.mitigates = mitigates;
	}

	public String id() {
		return this.id;
	}

	/** The format this step is for, or {@code null} for a step that suits any format. */
	public Format format() {
		return this.format;
	}

	/** The trade-off this step works on. */
	public TradeOff mitigates() {
		return this.mitigates;
	}

	/** Message key of the step, in a short imperative sentence or two. */
	public String messageKey() {
		return "nextstep." + this.id;
	}

}
