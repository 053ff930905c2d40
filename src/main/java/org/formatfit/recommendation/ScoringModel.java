package org.formatfit.recommendation;

import org.formatfit.recommendation.model.ModelFile;

import java.util.List;

import org.formatfit.questionnaire.Answers;

/**
 * One version of the scoring model. A released version never changes what it says about
 * an answer set, so that a share link shows the same result forever; tuning means a new
 * version.
 */
public interface ScoringModel {

	/** The version number carried in share tokens. */
	int version();

	/** The data file this version runs: what it weighs, and how much. */
	ModelFile data();

	/** The scores, recommended format and reasons for an answer set. */
	Assessment assess(Answers answers);

	/** The few single-answer changes that would change the recommended format. */
	List<Change> whatWouldChange(Answers answers);

	/** The assessment together with what would change it. */
	default Recommendation recommend(Answers answers) {
		return new Recommendation(version(), answers, assess(answers), whatWouldChange(answers));
	}

}
