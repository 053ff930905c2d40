package org.formatfit.sharing.web;

import org.formatfit.sharing.ShareToken;
import org.formatfit.web.Pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.formatfit.recommendation.ScoringModels;
import org.formatfit.sharing.SharedRecommendation;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link made with version 1 still shows what version 1 said; where today's version would
 * recommend another format for the same answers, the page says so in a note, and only
 * then.
 */
@AppTest
class OldLinksTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aVersionOneLinkThatTodaysVersionWouldAnswerDifferentlyShowsItsOwnResultAndTheNote() throws IOException {
		SharedRecommendation old = versionOneLink(SharedRecommendation::outdated);

		Document page = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + old.token().text()).exchange());

		String today = ScoringModels.current().recommend(old.recommendation().answers()).format().name();
		assertThat(old.recommendation().modelVersion()).isEqualTo(1);
		assertThat(page.select(".score-recommended .score-format").text())
			.isEqualTo(formatName(old.recommendation().format().name()));
		assertThat(page.select(".notice").text()).contains("today’s version would suggest: " + formatName(today));
		// Version 1 has no questions to ask a school, and its heading promises none.
		assertThat(page.select(".checklist")).isEmpty();
		assertThat(page.select("#next-heading").text()).isEqualTo("Next steps");
	}

	@Test
	void aVersionOneLinkThatTodaysVersionAgreesWithHasNoNote() throws IOException {
		SharedRecommendation old = versionOneLink((shared) -> !shared.outdated());

		Document page = Pages.parse(this.mvc.get().uri(ShareTokens.LINK_PREFIX + old.token().text()).exchange());

		assertThat(page.select(".notice").text()).doesNotContain("today’s version");
	}

	private static SharedRecommendation versionOneLink(Predicate<SharedRecommendation> wanted) throws IOException {
		List<String> golden = Files.readAllLines(Path.of("src/test/resources/golden/model-v1.tsv"),
				StandardCharsets.UTF_8);
		return golden.stream()
			.skip(1)
			.map((line) -> ShareTokens.open(ShareToken.parse(line.substring(0, line.indexOf('\t')))))
			.filter(wanted)
			.findFirst()
			.orElseThrow();
	}

	private static String formatName(String format) {
		return switch (format) {
			case "SYNCHRONOUS" -> "Synchronous";
			case "ASYNCHRONOUS" -> "Asynchronous";
			default -> "Hybrid";
		};
	}

}
