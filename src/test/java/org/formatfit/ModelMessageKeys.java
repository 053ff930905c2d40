package org.formatfit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.model.ModelFile;
import org.formatfit.recommendation.ScoringModel;

/**
 * Every message key a model version's results can refer to, read from its data file: so
 * that a new version's next step, flag or limit cannot reach a page without its words,
 * nor the version itself the history on the page that explains how FormatFit decides.
 */
final class ModelMessageKeys {

	private ModelMessageKeys() {
	}

	static List<String> of(ScoringModel model) {
		ModelFile data = model.data();
		List<String> keys = new ArrayList<>();
		keys.add("method.version." + data.version() + ".summary");
		for (Format format : Format.values()) {
			for (String fit : List.of("good", "fair", "weak", "only", "only-weak", "leans")) {
				keys.add("headline." + format + "." + fit);
			}
		}
		data.talkingPoints().values().forEach((points) -> points.forEach((point) -> keys.add("talk." + point)));
		data.nextSteps().steps().forEach((step) -> keys.add("nextstep." + step.id()));
		for (ModelFile.Flag flag : data.flags()) {
			keys.addAll(List.of("flag." + flag.id() + ".title", "flag." + flag.id() + ".detail",
					"flag." + flag.id() + ".ask"));
		}
		for (ModelFile.Limit limit : data.limits()) {
			boolean canRuleOut = (limit.keeps() != null)
					? limit.keeps().values().stream().anyMatch((byOption) -> byOption.containsValue(0.0))
					: limit.keep().containsValue(0.0);
			if (canRuleOut) {
				keys.add("limit." + limit.id() + ".ruled-out");
			}
		}
		for (ModelFile.TradeOffRule tradeOff : data.tradeOffs()) {
			boolean canBeAStrength = tradeOff.answers()
				.stream()
				.map(ModelFile.Pull::pulls)
				.map(Map::values)
				.anyMatch((pulls) -> pulls.stream().anyMatch((pull) -> pull < 0));
			if (canBeAStrength) {
				keys.add("tradeoff." + tradeOff.id() + ".explanation.strength");
				keys.add("tradeoff." + tradeOff.id() + ".explanation.strength.against");
			}
		}
		return keys;
	}

}
