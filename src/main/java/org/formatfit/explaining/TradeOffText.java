package org.formatfit.explaining;

import org.formatfit.scoring.TradeOff;

/**
 * One trade-off in words, for pages that explain how FormatFit decides.
 *
 * @param tradeOff the trade-off
 * @param name its short name
 * @param summary one sentence on what it is
 * @param formatName the name of the pure format it belongs to
 * @param favoursName the name of the format it pulls a learner towards
 */
public record TradeOffText(TradeOff tradeOff, String name, String summary, String formatName, String favoursName) {

	public String id() {
		return this.tradeOff.id();
	}

	public boolean gives() {
		return this.tradeOff.effect() == TradeOff.Effect.GIVES;
	}

}
