package org.formatfit.sharing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.formatfit.questionnaire.Answers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text arrives where a share token should be, decoding either returns an answer
 * set that encodes back to exactly that text, or says "not a valid link"; nothing else
 * can come out. In {@code ./mvnw verify} this replays the inputs under
 * {@code src/test/resources/org/formatfit/sharing/ShareTokensFuzzTestInputs}; to fuzz for
 * real, run {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ShareTokensFuzzTest}.
 */
class ShareTokensFuzzTest {

	@FuzzTest(maxDuration = "30s")
	void decodeReturnsTheAnswersOfItsOnlySpellingOrRejectsTheText(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		Answers answers;
		try {
			answers = ShareToken.parse(text).answers();
		}
		catch (ShareTokenCorrupt corrupt) {
			return;
		}
		assertThat(ShareTokens.encode(answers, 1)).isEqualTo(text);
		assertThat(ShareTokens.open(ShareToken.parse(text)).recommendation().answers()).isEqualTo(answers);
	}

}
