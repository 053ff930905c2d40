package org.formatfit.recommendation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft trial ({@code bench/try-model.sh}) on drafts whose answer is known: the
 * current release itself changes nothing, and a draft that weighs one trade-off far more
 * shows it.
 */
class ModelTrialTest {

	private static final Path RELEASE = Path
		.of("src/main/resources/models/model-v" + ScoringModels.current().version() + ".yaml");

	@Test
	void findsNothingToChangeInADraftThatIsTheCurrentRelease() throws IOException {
		String report = ModelTrial.report(Files.readString(RELEASE), "the release", 2_000);

		assertThat(report)
			.contains(LearnerProfilesTest.learners().count() + " of " + LearnerProfilesTest.learners().count()
					+ " pass on the draft")
			.containsPattern("\\n0 of \\d+ change format\\.")
			.containsPattern("(\\d+) of \\1 hold on release \\d+, \\1 on the draft\\.")
			.contains("### Outcomes over a random sample (2,000 answer sets)")
			.contains("### Outcomes over the stated population (2,000 answer sets)")
			.contains("working adults");
	}

	/**
	 * Flexibility weighed ten times over: learners and golden links the draft gets wrong.
	 */
	@Test
	void showsWhatADraftWouldChange() throws IOException {
		String draft = Files.readString(RELEASE)
			.replaceFirst("(?m)^(  - id: flexibility\\n    favours: ASYNCHRONOUS\\n    weight: )[0-9.]+", "$112");
		assertThat(draft).as("the draft differs").isNotEqualTo(Files.readString(RELEASE));

		String report = ModelTrial.report(draft, "a draft", 2_000);

		assertThat(report).containsPattern("\\n[1-9]\\d* of \\d+ change format, for example:\\n\\n- `")
			// The personas it departs from, each with how.
			.containsPattern("(\\d+) of \\1 hold on release \\d+, \\d+ on the draft\\.\\n\\n- [^\\n]+: [a-zA-Z]+ ");
	}

}
