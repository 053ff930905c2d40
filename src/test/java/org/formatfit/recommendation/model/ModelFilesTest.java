package org.formatfit.recommendation.model;

import org.formatfit.recommendation.ScoringModels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A model data file that names what the question bank or the trade-offs do not have, or
 * leaves something out, is refused with a message that says what is wrong, so a broken
 * file stops the app from starting instead of scoring anyone.
 */
class ModelFilesTest {

	private static String current() throws IOException {
		return Files.readString(Path.of("src/main/resources/" + ModelFiles.name(ScoringModels.current().version())),
				StandardCharsets.UTF_8);
	}

	@Test
	void everyReleasedFileReadsAndRunsItsOwnVersion() {
		for (int version = 1; version <= ScoringModels.current().version(); version++) {
			assertThat(ModelFiles.load(version).version()).isEqualTo(version);
		}
		assertThat(ModelFiles.load(ScoringModels.current().version() + 1)).isNull();
	}

	@Test
	void theCurrentFileAsWrittenIsAccepted() throws IOException {
		assertThat(ModelFiles.parse(current()).version()).isEqualTo(ScoringModels.current().version());
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|',
			textBlock = """
							'question: interaction.discussion'          | 'question: interaction.discusion'           | No question interaction.discusion
							'prefer-without: -0.5}'                     | 'prefer-without: -0.5, never: 0.1}'         | must give exactly its options
							'{essential: 1.0, helpful: 0.6, neutral: 0.0, prefer-without: -0.5}' | '{essential: 1.0, helpful: 0.6, neutral: 0.0}' | must give exactly its options
							'- id: dynamic-learning'                    | '- id: classroom-engagement'                | weighed twice
							'- id: self-pacing'                         | '- id: self-paces'                          | No trade-off self-paces
							'weight: 1.2'                               | 'wieght: 1.2'                               | weight
					'summary: >-'                               | 'author: me\nsummary: >-'                | author
							'{fast: 1.0, steady: 0.0, own: 0.0}'        | '{fast: 1.5, steady: 0.0, own: 0.0}'        | out of range
							'tieOrder: [ASYNCHRONOUS, HYBRID, SYNCHRONOUS]' | 'tieOrder: [ASYNCHRONOUS, HYBRID]'      | tieOrder must name every format once
							'motivation.pace, interaction.online-experience]' | 'motivation.pace]'                    | changes.order must name every question
							'scoreKept: {SYNCHRONOUS: 0.0, HYBRID: 0.75}' | 'scoreKept: {SYNCHRONOUS: 1.5, HYBRID: 0.75}' | outside 0-1
							'countedThrough: limits'                    | 'countedThrough: scores'                    | countedThrough must be pulls or limits
							'connectivity.internet: [reliable, mostly]' | 'connectivity.internet: [reliable, fine]'   | connectivity.internet has no option fine
							'combine: any-one-answer'                   | 'combine: any'                              | combine must be add-up, any-one-answer or all-answers
							'favours: SYNCHRONOUS'                      | 'favours: ASYNCHRONOUS'                     | favours SYNCHRONOUS in the article
							'tradeOff: affordability'                   | 'tradeOff: price'                           | No trade-off price
							'answers: {schedule.predictability: [shifting, on-call]' | 'answers: {schedule.predictability: [shifting, on-cal]' | schedule.predictability has no option on-cal
							""")
	void refusesAFileThatNamesWhatDoesNotExistOrLeavesSomethingOut(String written, String broken, String problem)
			throws IOException {
		String file = current();
		assertThat(file).contains(written);

		assertThatThrownBy(() -> ModelFiles
			.parse(file.replaceFirst(Pattern.quote(written), Matcher.quoteReplacement(broken.replace("\\n", "\n")))))
			.hasMessageContaining(problem);
	}

}
