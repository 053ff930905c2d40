package org.formatfit.recommendation;

import java.util.List;

import org.formatfit.questionnaire.Answers;

/**
 * Everything FormatFit says about one answer set under one model version.
 *
 * @param modelVersion the scoring model version that made it
 * @param answers the answers it is for
 * @param assessment the scores, the recommended format and the reasons
 * @param changes single different answers that would change the recommended format, the
 * most actionable first
 */
public record Recommendation(int modelVersion, Answers answers, Assessment assessment, List<Change> changes) {

	public Recommendation {
		changes = List.copyOf(changes);
	}

	public Format format() {
		return this.assessment.format();
	}

}
