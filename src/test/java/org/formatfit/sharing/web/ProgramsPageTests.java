package org.formatfit.sharing.web;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.formatfit.http.BehindAProxy;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.recommendation.ScoringModels;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a catalog ({@code formatfit.catalog.location}, Northfield College's sample in
 * {@link BehindAProxy}), a result lists the school's programs that fit, worked out as the
 * page is shown: the recommended format's first, then the runner-up's, then the online
 * programs whose format the school does not state, with what to ask. Each program is a
 * link to its page. Without a catalog nothing shows ({@code ResultPageTests}).
 */
@BehindAProxy
class ProgramsPageTests {

	/**
	 * A golden link of the current model: asynchronous, hybrid the runner-up, nothing
	 * ruled out; can be online at set times every week.
	 */
	private static final String RESULT = ShareTokens.LINK_PREFIX + "AQMAAAAAPgjW";

	/** Each format's heading over its programs, in English. */
	private static final Map<Format, String> HEADINGS = Map.of(Format.SYNCHRONOUS, "Live online programs",
			Format.ASYNCHRONOUS, "Self-paced online programs", Format.HYBRID, "Hybrid online programs");

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | The school’s programs that fit you              | Self-paced online programs    | Hybrid online programs    | Online, format not stated     | And 3 more in this format. | And one more whose format is not stated. | See them all on the school’s list
					es | Programas de la institución que te convienen    | Programas en línea a tu ritmo | Programas en línea híbridos | En línea, formato sin indicar | Y 3 más con este formato.  | Y uno más sin formato indicado.          | Velos todos en la lista de la institución
					""")
	void listsTheProgramsInTheRecommendedFormatThenTheRunnerUpThenFormatNotStated(String language, String heading,
			String recommended, String runnerUp, String notStated, String more, String oneMoreNotStated,
			String seeAll) {
		Document page = Pages.parse(this.mvc.get().uri(RESULT + "?lang=" + language).exchange());

		Element section = page.selectFirst("details.programs");
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("summary h2").text()).isEqualTo(heading);
		assertThat(section.select("h3").eachText()).containsExactly(recommended, runnerUp, notStated);
		List<Element> lists = section.select("ul.program-list");
		// Ten of the thirteen self-paced courses, and how many more.
		assertThat(lists.get(0).select("a").eachText()).hasSize(10)
			.startsWith("Business Writing", "Spanish for Health Professionals")
			.endsWith("College Algebra")
			.doesNotContain("English Composition I");
		assertThat(lists.get(1).select("a").eachText()).containsExactly("Project Management Essentials");
		// Ten of the eleven whose format is not stated.
		assertThat(lists.get(2).select("a").eachText()).hasSize(10)
			.startsWith("Associate of Applied Science in Accounting")
			.doesNotContain("Small Business Accounting");
		assertThat(lists.get(0).selectFirst("a").attr("href"))
			.isEqualTo("https://www.northfield.example/online/courses/business-writing");
		// A name in a right-to-left script, or with direction marks, cannot turn the
		// words
		// after it around.
		assertThat(section.select("ul.program-list a"))
			.allSatisfy((link) -> assertThat(link.attr("dir")).isEqualTo("auto"));
		assertThat(section.text()).doesNotContain("Welding Fundamentals", "Health Care Communication",
				"Introduction to Data Analysis");
		// Under each group longer than ten, how many more, and the school's whole list;
		// the
		// hybrid one is short.
		assertThat(section.select("p.program-more")).extracting(Element::text)
			.containsExactly(more + " " + seeAll, oneMoreNotStated + " " + seeAll);
		assertThat(section.select("p.program-more a")).extracting((link) -> link.attr("href"))
			.containsOnly(BehindAProxy.PROGRAMS_URL);
		// This student can be online at set times: no program is marked for them.
		assertThat(section.select(".program-note")).isEmpty();
	}

	/**
	 * A student of each format, the first of a fixed draw whose recommendation is that
	 * format with nothing ruled out, sees that format's programs first, then the
	 * runner-up's.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SYNCHRONOUS  | Introduction to Data Analysis
			ASYNCHRONOUS | Business Writing
			HYBRID       | Project Management Essentials
			""")
	void aStudentOfEachFormatSeesItsProgramsFirst(Format format, String firstProgram) {
		Random random = new Random(34);
		Recommendation recommendation;
		do {
			recommendation = ScoringModels.current().recommend(AnswerSets.random(random));
		}
		while (recommendation.format() != format || !recommendation.assessment().ruledOut().isEmpty());
		String result = ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(recommendation.answers());

		Element section = Pages.parse(this.mvc.get().uri(result + "?lang=en").exchange())
			.selectFirst("details.programs");

		assertThat(section.select("h3").eachText()).startsWith(HEADINGS.get(format),
				HEADINGS.get(recommendation.assessment().runnerUp()));
		assertThat(section.selectFirst("ul.program-list a").text()).isEqualTo(firstProgram);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			en | The school’s programs that fit this student
			es | Programas de la institución que convienen a este estudiante
			""")
	void theAdvisorViewListsTheSameProgramsForTheStudent(String language, String heading) {
		Document advisor = Pages.parse(this.mvc.get().uri(RESULT + "/advisor?lang=" + language).exchange());
		Document result = Pages.parse(this.mvc.get().uri(RESULT + "?lang=" + language).exchange());

		Element section = advisor.selectFirst("section.programs");
		assertThat(section.selectFirst("h2").text()).isEqualTo(heading);
		assertThat(section.select("ul.program-list a").eachText())
			.isEqualTo(result.select("details.programs ul.program-list a").eachText())
			.isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					en | Live sessions at set times (America/Chicago time) | Live sessions at set times (America/Denver time)
					es | Sesiones en vivo a horas fijas (hora de America/Chicago) | Sesiones en vivo a horas fijas (hora de America/Denver)
					""")
	void aProgramWithSessionsAtSetTimesSaysSoToAStudentWhoCanRarelyBeOnlineThen(String language, String note,
			String notStatedNote) {
		// Hybrid fits best, self-paced next; online at set times only rarely.
		String answers = "mostly rarely important helpful helpful lonely none usually helps steady reliable one-place "
				+ "shared important degree";
		String result = ShareTokens.LINK_PREFIX + ShareTokens.tokenFor(AnswerSets.parse(answers));

		Document page = Pages.parse(this.mvc.get().uri(result + "?lang=" + language).exchange());

		Element hybrid = page.selectFirst("details.programs ul.program-list li");
		assertThat(hybrid.selectFirst("a").text()).isEqualTo("Project Management Essentials");
		assertThat(hybrid.selectFirst(".program-note").text()).isEqualTo(note);
		// Self-paced programs have no sessions at set times to mark; one whose format is
		// not
		// stated has.
		assertThat(page.select("details.programs .program-note")).extracting(Element::text)
			.containsExactly(note, notStatedNote);
	}

}
