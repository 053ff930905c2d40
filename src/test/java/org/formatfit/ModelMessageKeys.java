package org.formatfit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.formatfit.recommendation.AdvisorFlag;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.NextStep;
import org.formatfit.recommendation.TradeOff;
import org.formatfit.recommendation.words.AdvisorNotes;
import org.formatfit.recommendation.words.ModelExplainer;
import org.formatfit.recommendation.model.ModelFile;
import org.formatfit.recommendation.ScoringModel;

/**
 * Every message key a model version's results can refer to, read from its data file and
 * built by the main code's own key builders: so that a new version's next step, flag or
 * limit cannot reach a page without its words, nor the version itself the history on the
 * page that explains how FormatFit decides.
 */
final class ModelMessageKeys {

	private ModelMessageKeys() {
	}

	static List<String> of(ScoringModel model) {
		ModelFile data = model.data();
		List<String> keys = new ArrayList<>();
		keys.add(ModelExplainer.versionSummaryKey(data.version()));
		for (Format format : Format.values()) {
			for (Assessment.Fit fit : Assessment.Fit.values()) {
				keys.add(Assessment.headlineKey(format, fit));
				keys.add(AdvisorNotes.aboutTheStudent(Assessment.headlineKey(format, fit)));
			}
		}
		data.talkingPoints()
			.values()
			.forEach((points) -> points.forEach((point) -> keys.add(Assessment.talkingPointKey(point))));
		data.nextSteps().steps().forEach((step) -> keys.add(NextStep.messageKey(step.id())));
		if (data.schoolQuestions() != null) {
			data.schoolQuestions().steps().forEach((step) -> keys.add(NextStep.schoolQuestionKey(step.id())));
		}
		for (ModelFile.Flag flag : data.flags()) {
			keys.addAll(List.of(AdvisorFlag.titleKey(flag.id()), AdvisorFlag.detailKey(flag.id()),
					AdvisorFlag.askKey(flag.id())));
		}
		for (ModelFile.Limit limit : data.limits()) {
			boolean canRuleOut = (limit.scoreKeptByAnswer() != null)
					? limit.scoreKeptByAnswer().values().stream().anyMatch((byOption) -> byOption.containsValue(0.0))
					: limit.scoreKept().containsValue(0.0);
			if (canRuleOut) {
				keys.add(Assessment.ruledOutKey(limit.id()));
				keys.add(AdvisorNotes.aboutTheStudent(Assessment.ruledOutKey(limit.id())));
			}
		}
		for (ModelFile.TradeOffRule tradeOff : data.tradeOffs()) {
			keys.add(ModelExplainer.combineKey(tradeOff.combine()));
			boolean canBeAStrength = tradeOff.answers()
				.stream()
				.map(ModelFile.Pull::pulls)
				.map(Map::values)
				.anyMatch((pulls) -> pulls.stream().anyMatch((pull) -> pull < 0));
			if (canBeAStrength) {
				keys.add(TradeOff.explanationKey(tradeOff.id(), TradeOff.Wording.STRENGTH));
				keys.add(TradeOff.explanationKey(tradeOff.id(), TradeOff.Wording.STRENGTH_AGAINST));
			}
		}
		return keys;
	}

}
