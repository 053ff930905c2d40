package org.formatfit.sharing.web;

import java.util.List;

import org.formatfit.http.BehindAProxy;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the school's own pages set ({@code formatfit.institution.*}, in
 * {@link BehindAProxy}), a result leads to them where a student decides what to do next:
 * in the summary and at the end of the next steps; the advisor view names them in an
 * advisor's words. Each is a plain link to the address the school set, in the same tab,
 * under a heading that says whose pages they are. Without them, nothing shows
 * ({@code ResultPageTests}).
 */
@BehindAProxy
class SchoolLinksTests {

	private static final List<String> ADDRESSES = List.of(BehindAProxy.ADVISING_URL, BehindAProxy.PROGRAMS_URL,
			BehindAProxy.ORIENTATION_URL);

	private final String token = ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | Next, on the school’s website             | Book a talk with an advisor      | See the school’s programs            | Start orientation
					es | Después, en el sitio web de la institución | Reserva una charla con un asesor | Mira los programas de la institución | Empieza la orientación
					""")
	void theSummaryLeadsToTheSchoolsPagesUnderItsButtons(String language, String heading, String advising,
			String programs, String orientation) {
		Document page = page(ShareTokens.LINK_PREFIX + this.token, language);

		Element list = page.selectFirst(".summary-card .school-links");
		assertThat(list).as("the school's pages in the summary").isNotNull();
		assertThat(list.previousElementSibling().text()).isEqualTo(heading);
		assertThat(list.parent().previousElementSibling().hasClass("summary-actions")).as("after the buttons").isTrue();
		assertLeadsTo(list.select("a"), advising, programs, orientation);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | Next, on the school’s website             | Book a talk with an advisor      | See the school’s programs            | Start orientation
					es | Después, en el sitio web de la institución | Reserva una charla con un asesor | Mira los programas de la institución | Empieza la orientación
					""")
	void theNextStepsEndWithTheSchoolsPagesBeforeTheQuestionsForEachSchool(String language, String heading,
			String advising, String programs, String orientation) {
		Document page = page(ShareTokens.LINK_PREFIX + this.token, language);

		Element nextSteps = page.selectFirst("details:has(#next-heading)");
		Element list = nextSteps.selectFirst(".school-links");
		assertThat(list.previousElementSibling().text()).isEqualTo(heading);
		assertThat(nextSteps.select(".next-steps, .school-links, .checklist").eachAttr("class"))
			.containsExactly("next-steps", "school-links", "checklist");
		assertLeadsTo(list.select("a"), advising, programs, orientation);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | Your school’s pages, also on the student’s result                 | Advising appointments | Your school’s programs          | Orientation
					es | Las páginas de tu institución, también en el resultado del estudiante | Citas de asesoría     | Los programas de tu institución | Orientación
					""")
	void theAdvisorViewNamesTheSchoolsPagesInAnAdvisorsWords(String language, String heading, String advising,
			String programs, String orientation) {
		Document page = page(ShareTokens.LINK_PREFIX + this.token + "/advisor", language);

		Elements lists = page.select(".school-links");
		assertThat(lists).as("once, with what the student is told to do next").hasSize(1);
		assertThat(lists.first().closest("section").selectFirst("h2").id()).isEqualTo("next-heading");
		assertThat(lists.first().previousElementSibling().text()).isEqualTo(heading);
		assertLeadsTo(lists.first().select("a"), advising, programs, orientation);
	}

	/**
	 * The words, in order, each on the school's address as set; in the same tab, and
	 * sending no referrer even where a proxy drops the app's Referrer-Policy: the page's
	 * address holds the student's answers.
	 */
	private static void assertLeadsTo(Elements links, String... words) {
		assertThat(links.eachText()).containsExactly(words);
		assertThat(links.eachAttr("href")).isEqualTo(ADDRESSES);
		assertThat(links).allSatisfy((link) -> {
			assertThat(link.hasAttr("target")).as("opens in the same tab").isFalse();
			assertThat(link.attr("rel")).isEqualTo("noreferrer");
		});
	}

	private Document page(String path, String language) {
		return Pages.parse(this.mvc.get().uri(path + "?lang=" + language).exchange());
	}

}
