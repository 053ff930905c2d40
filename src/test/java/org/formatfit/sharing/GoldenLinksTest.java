package org.formatfit.sharing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.ScoringModels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links made with every released model version still show exactly what they showed:
 * format, scores, confidence, reasons and what would change them. A change that alters an
 * existing link's result fails here; tune the model as a new version instead.
 */
class GoldenLinksTest {

	@Test
	void everyReleasedModelVersionHasAGoldenFile() {
		for (int version = 1; version <= ScoringModels.current().version(); version++) {
			assertThat(ScoringModels.version(version)).as("model version %d", version).isPresent();
			assertThat(GoldenLinks.file(version)).as("golden file of model version %d", version).exists();
		}
	}

	@Test
	void oldLinksShowTheSameResultForever() throws IOException {
		Set<Format> formatsSeen = EnumSet.noneOf(Format.class);
		for (int version = 1; version <= ScoringModels.current().version(); version++) {
			List<String> lines = Files.readAllLines(GoldenLinks.file(version), StandardCharsets.UTF_8);
			assertThat(lines.get(0)).isEqualTo(GoldenLinks.HEADER);
			assertThat(lines).hasSizeGreaterThan(100);
			for (String expected : lines.subList(1, lines.size())) {
				String token = expected.substring(0, expected.indexOf('\t'));
				SharedRecommendation shared = ShareTokens.open(ShareToken.parse(token));
				assertThat(shared.recommendation().modelVersion()).isEqualTo(version);
				assertThat(GoldenLinks.line(token, shared.recommendation())).isEqualTo(expected);
				formatsSeen.add(shared.recommendation().format());
			}
		}
		assertThat(formatsSeen).as("the golden links cover every format").containsExactlyInAnyOrder(Format.values());
	}

}
