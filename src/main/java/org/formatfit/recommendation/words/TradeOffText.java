package org.formatfit.recommendation.words;

import org.formatfit.recommendation.TradeOff;

/**
 * One trade-off in words, for pages that explain how FormatFit decides.
 *
 * @param tradeOff the trade-off
 * @param name its short name
 * @param summary one sentence on what it is
 * @param formatName the pure format it belongs to, as said inside a sentence
 * @param favoursName the format it pulls a learner towards, as said inside a sentence
 */
public record TradeOffText(TradeOff tradeOff, String name, String summary, String formatName, String favoursName) {

	public String id() {
		return this.tradeOff.id();
	}

	public boolean gives() {
		return this.tradeOff.effect() == TradeOff.Effect.GIVES;
	}

}
