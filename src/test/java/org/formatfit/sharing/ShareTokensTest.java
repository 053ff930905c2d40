package org.formatfit.sharing;

import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.ScoringModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ShareTokensTest {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	@Test
	void encodesEveryAnswerSetAsTwelveUrlSafeCharactersAndBackAgain() {
		Random random = new Random(11);
		for (int i = 0; i < 20_000; i++) {
			Answers answers = AnswerSets.random(random);
			String token = ShareTokens.tokenFor(answers);
			assertThat(token).hasSize(12).matches("[A-Za-z0-9_-]+");
			assertThat(ShareToken.parse(token).answers()).isEqualTo(answers);
		}
	}

	@Test
	void encodesTheFirstAndLastAnswerSets() {
		int[] last = new int[Question.count()];
		for (Question question : Question.values()) {
			last[question.ordinal()] = question.optionCount() - 1;
		}
		for (Answers answers : new Answers[] { Answers.ofIndexes(new int[Question.count()]),
				Answers.ofIndexes(last) }) {
			assertThat(ShareToken.parse(ShareTokens.tokenFor(answers)).answers()).isEqualTo(answers);
		}
	}

	@Test
	void givesDifferentAnswerSetsDifferentTokens() {
		Answers answers = AnswerSets.random(new Random(12));
		for (Question question : Question.values()) {
			int other = (answers.index(question) + 1) % question.optionCount();
			assertThat(ShareTokens.tokenFor(answers.with(question, other))).isNotEqualTo(ShareTokens.tokenFor(answers));
		}
	}

	@Test
	void reopensTheSameRecommendationTheTokenWasMadeWith() {
		Answers answers = AnswerSets.random(new Random(13));
		SharedRecommendation shared = ShareTokens.share(answers);

		SharedRecommendation reopened = ShareTokens.open(shared.token());

		assertThat(reopened).isEqualTo(shared);
		assertThat(reopened.recommendation().modelVersion()).isEqualTo(ScoringModels.current().version());
	}

	@Test
	void rejectsEveryTokenWithOneCharacterChanged() {
		Random random = new Random(14);
		for (int i = 0; i < 300; i++) {
			String token = ShareTokens.tokenFor(AnswerSets.random(random));
			for (int position = 0; position < token.length(); position++) {
				for (char c : ALPHABET.toCharArray()) {
					if (c != token.charAt(position)) {
						String typo = token.substring(0, position) + c + token.substring(position + 1);
						assertThatExceptionOfType(ShareTokenCorrupt.class).as(typo)
							.isThrownBy(() -> ShareToken.parse(typo));
					}
				}
			}
		}
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "AQEOVSjXvCk", "AQEOVSjXvCkDA", "AQEOVSjXvCk=", "AQEOVSjXvCk+", "AQEOVSjXvCk/",
			"AQEOVSjXvCk.", "AQEOVSjXvCké", "            " })
	void rejectsTextOfTheWrongLengthOrAlphabet(String token) {
		assertThatExceptionOfType(ShareTokenCorrupt.class).isThrownBy(() -> ShareToken.parse(token));
	}

	@Test
	void rejectsAnUnknownLayoutVersionEvenWithAValidChecksum() {
		String token = forge(2, 1, 0);

		assertThatExceptionOfType(ShareTokenCorrupt.class).isThrownBy(() -> ShareToken.parse(token))
			.withMessageContaining("layout");
	}

	@Test
	void aTokenNeverPrintsItsText() {
		ShareToken token = ShareToken.parse(ShareTokens.tokenFor(AnswerSets.random(new Random(5))));

		assertThat(token.toString()).doesNotContain(token.text()).contains(Integer.toString(token.modelVersion()));
	}

	@Test
	void aTokenCannotBeMadeWithATextThatIsNotItsAnswers() {
		ShareToken token = ShareToken.parse(ShareTokens.tokenFor(AnswerSets.random(new Random(5))));
		Answers others = AnswerSets.random(new Random(6));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ShareToken(token.text(), token.modelVersion(), others));
	}

	@Test
	void rejectsAModelVersionThatWasNeverReleased() {
		String token = forge(1, 200, 0);

		assertThatExceptionOfType(ShareTokenCorrupt.class).isThrownBy(() -> ShareTokens.open(ShareToken.parse(token)))
			.withMessageContaining("model");
	}

	@Test
	void rejectsANumberBeyondTheLastAnswerSet() {
		long count = 1;
		for (Question question : Question.values()) {
			count *= question.optionCount();
		}
		String first = forge(1, 1, 0);
		String beyond = forge(1, 1, count);

		assertThat(ShareToken.parse(first).answers()).isEqualTo(Answers.ofIndexes(new int[Question.count()]));
		assertThatExceptionOfType(ShareTokenCorrupt.class).isThrownBy(() -> ShareToken.parse(beyond));
	}

	@Test
	void neverRepeatsTheTokenInItsMessage() {
		String token = forge(1, 1, 0).substring(0, 11) + "Z";

		assertThatExceptionOfType(ShareTokenCorrupt.class).isThrownBy(() -> ShareToken.parse(token))
			.satisfies((corrupt) -> assertThat(corrupt.getMessage()).doesNotContain(token));
	}

	/** Builds a token byte by byte, with a correct checksum, as an attacker could. */
	private static String forge(int layout, int model, long number) {
		byte[] bytes = new byte[9];
		bytes[0] = (byte) layout;
		bytes[1] = (byte) model;
		for (int i = 5; i >= 2; i--) {
			bytes[i] = (byte) number;
			number >>>= 8;
		}
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, 6);
		long value = crc.getValue();
		bytes[6] = (byte) (value >>> 16);
		bytes[7] = (byte) (value >>> 8);
		bytes[8] = (byte) value;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
