package org.formatfit.recommendation;

/**
 * The ten trade-offs of online course formats that FormatFit weighs. Each belongs to one
 * of the two pure formats, as something it gives or something it costs, and so pulls the
 * learner towards one of them when it matters to them. Ids are a public contract.
 */
public enum TradeOff {

	/** Live discussion, immediate feedback, personal contact. */
	CLASSROOM_ENGAGEMENT("classroom-engagement", Format.SYNCHRONOUS, Effect.GIVES),

	/** Speed and immediacy: ask mid-lesson, many ideas at once. */
	DYNAMIC_LEARNING("dynamic-learning", Format.SYNCHRONOUS, Effect.GIVES),

	/** Regular, easy contact with instructors. */
	INSTRUCTIONAL_DEPTH("instructional-depth", Format.SYNCHRONOUS, Effect.GIVES),

	/** Fixed class times and required log-ins. */
	RIGID_SCHEDULE("rigid-schedule", Format.SYNCHRONOUS, Effect.COSTS),

	/** Every outage during a live session or timed exam becomes a crisis. */
	TECHNICAL_DIFFICULTIES("technical-difficulties", Format.SYNCHRONOUS, Effect.COSTS),

	/** Study at any hour, anywhere, within deadlines. */
	FLEXIBILITY("flexibility", Format.ASYNCHRONOUS, Effect.GIVES),

	/** The learner sets the pace. */
	SELF_PACING("self-pacing", Format.ASYNCHRONOUS, Effect.GIVES),

	/** Self-paced programs tend to cost less. */
	AFFORDABILITY("affordability", Format.ASYNCHRONOUS, Effect.GIVES),

	/** Little real-time contact with people. */
	ISOLATION("isolation", Format.ASYNCHRONOUS, Effect.COSTS),

	/** Without a watching eye, drive can fade. */
	RISK_OF_APATHY("risk-of-apathy", Format.ASYNCHRONOUS, Effect.COSTS);

	private final String id;

	private final Format format;

	private final Effect effect;

	TradeOff(String id, Format format, Effect effect) {
		this.id = id;
		this.format = format;
		this.effect = effect;
	}

	/** The public id, e.g. {@code rigid-schedule}. */
	public String id() {
		return this.id;
	}

	/** The pure format this trade-off is part of. */
	public Format format() {
		return this.format;
	}

	public Effect effect() {
		return this.effect;
	}

	/**
	 * The format this trade-off pulls a learner towards when it matters to them: the
	 * format that gives it, or the other pure format when it is a cost.
	 */
	public Format favours() {
		if (this.effect == Effect.GIVES) {
			return this.format;
		}
		return (this.format == Format.SYNCHRONOUS) ? Format.ASYNCHRONOUS : Format.SYNCHRONOUS;
	}

	/** Message key of the trade-off's short name. */
	public String nameKey() {
		return "tradeoff." + this.id + ".name";
	}

	/** Message key of one plain sentence on what the trade-off is. */
	public String summaryKey() {
		return "tradeoff." + this.id + ".summary";
	}

	/**
	 * Message key of the sentence that explains this trade-off for one learner, in one
	 * wording; its argument {0} is what the learner answered, restated.
	 */
	public String explanationKey(Wording wording) {
		return explanationKey(this.id, wording);
	}

	/**
	 * Message key of a trade-off's explanation by its id, for a model file that names
	 * one.
	 */
	public static String explanationKey(String id, Wording wording) {
		return "tradeoff." + id + ".explanation." + wording.key;
	}

	/** The ways an explanation can put a trade-off, each a message of its own. */
	public enum Wording {

		/** It matters a lot to this learner, and pulls towards the recommendation. */
		STRONG("strong"),

		/** It matters a little, and pulls towards the recommendation. */
		MILD("mild"),

		/** It pulls towards the other pure format: said as a caution. */
		AGAINST("against"),

		/** A cost a hybrid course keeps: said as how to live with it. */
		HYBRID("hybrid"),

		/** The learner's strength: said as what it makes possible. */
		STRENGTH("strength"),

		/** The learner's strength, beside a recommendation the other way. */
		STRENGTH_AGAINST("strength.against");

		private final String key;

		Wording(String key) {
			this.key = key;
		}

	}

	/** Whether a trade-off is something a format gives or something it costs. */
	public enum Effect {

		/** A strength of the format. */
		GIVES,

		/** A price of the format. */
		COSTS

	}

}
