package org.formatfit.catalog;

import java.util.List;
import java.util.Set;

import org.formatfit.catalog.ProgramsThatFit.FormatPrograms;
import org.formatfit.catalog.ProgramsThatFit.Listed;
import org.formatfit.recommendation.Format;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Which of Northfield College's sample programs a student is shown, and in what order:
 * the recommended format, then the runner-up, then online programs whose format is not
 * stated; never a format ruled out, never a program on campus or part on campus, each
 * program once; set times marked only for a student who can rarely be online then.
 */
class ProgramsThatFitTest {

	private static final Catalog NORTHFIELD = CatalogFile.read(Catalogs.sample(Catalogs.SCHEMA_ORG_SAMPLE),
			Catalogs.SOURCE);

	/** The sample's self-paced courses, in its order. */
	private static final List<String> SELF_PACED = List.of("Business Writing", "Spanish for Health Professionals",
			"Microsoft Excel for Business", "Customer Service Essentials", "Introduction to Psychology",
			"Technical Writing", "Medical Terminology", "Digital Marketing Basics", "Personal Finance",
			"College Algebra", "English Composition I", "Ethics in the Workplace", "Introduction to Sociology");

	/** The sample's online programs whose format is not stated, in its order. */
	private static final List<String> FORMAT_NOT_STATED = List.of("Associate of Applied Science in Accounting",
			"Introduction to Business", "Principles of Management", "Public Speaking", "Human Resource Management",
			"Introduction to Statistics", "Environmental Science", "World History", "Nutrition and Wellness",
			"Introduction to Philosophy", "Small Business Accounting");

	@Test
	void theRecommendedFormatComesFirstThenTheRunnerUpThenFormatNotStated() {
		ProgramsThatFit programs = ProgramsThatFit.of(NORTHFIELD, Format.HYBRID, Format.ASYNCHRONOUS, Set.of(), false);

		assertThat(programs.byFormat()).extracting(FormatPrograms::format)
			.containsExactly(Format.HYBRID, Format.ASYNCHRONOUS);
		assertThat(names(programs.byFormat().get(0).programs())).containsExactly("Project Management Essentials");
		assertThat(names(programs.byFormat().get(1).programs())).containsExactlyElementsOf(SELF_PACED);
		assertThat(names(programs.formatNotStated())).containsExactlyElementsOf(FORMAT_NOT_STATED);
	}

	@Test
	void neitherAProgramOnOrPartlyOnCampusNorTheThirdFormatIsListed() {
		ProgramsThatFit programs = ProgramsThatFit.of(NORTHFIELD, Format.HYBRID, Format.ASYNCHRONOUS, Set.of(), false);

		List<String> listed = programs.byFormat()
			.stream()
			.flatMap((group) -> names(group.programs()).stream())
			.toList();
		assertThat(listed).doesNotContain("Welding Fundamentals", "Health Care Communication",
				"Introduction to Data Analysis");
	}

	@Test
	void aFormatRuledOutForTheStudentIsNeverListed() {
		ProgramsThatFit programs = ProgramsThatFit.of(NORTHFIELD, Format.ASYNCHRONOUS, Format.SYNCHRONOUS,
				Set.of(Format.SYNCHRONOUS, Format.HYBRID), false);

		assertThat(programs.byFormat()).extracting(FormatPrograms::format).containsExactly(Format.ASYNCHRONOUS);
		assertThat(names(programs.byFormat().get(0).programs())).containsExactlyElementsOf(SELF_PACED);
	}

	@Test
	void setTimesAreMarkedOnlyForAStudentWhoCanRarelyBeOnlineThen() {
		ProgramsThatFit rarely = ProgramsThatFit.of(NORTHFIELD, Format.SYNCHRONOUS, Format.HYBRID, Set.of(), true);
		ProgramsThatFit often = ProgramsThatFit.of(NORTHFIELD, Format.SYNCHRONOUS, Format.HYBRID, Set.of(), false);

		assertThat(rarely.byFormat().get(0).programs())
			.extracting(Listed::name, Listed::setTimesWarning, Listed::timeZone)
			.containsExactly(tuple("Introduction to Data Analysis", true, "America/Chicago"),
					tuple("Spanish for Health Professionals", true, "America/New_York"));
		assertThat(rarely.byFormat().get(1).programs()).extracting(Listed::setTimesWarning).containsExactly(true);
		assertThat(often.byFormat()).flatExtracting(FormatPrograms::programs)
			.extracting(Listed::setTimesWarning)
			.containsOnly(false);
	}

	@Test
	void aPageShowsTheFirstTenOfAGroupAndCountsTheRest() {
		ProgramsThatFit programs = ProgramsThatFit.of(NORTHFIELD, Format.HYBRID, Format.ASYNCHRONOUS, Set.of(), false);
		ProgramsThatFit notStated = ProgramsThatFit.of(Catalogs.read(Catalogs.courses(12, "\"online\"")), Format.HYBRID,
				Format.ASYNCHRONOUS, Set.of(), false);

		assertThat(programs.byFormat().get(0).shown()).isEqualTo(programs.byFormat().get(0).programs()).hasSize(1);
		assertThat(programs.byFormat().get(0).more()).isZero();
		assertThat(names(programs.byFormat().get(1).shown())).containsExactlyElementsOf(SELF_PACED.subList(0, 10));
		assertThat(programs.byFormat().get(1).more()).isEqualTo(3);
		assertThat(notStated.formatNotStated()).hasSize(12);
		assertThat(notStated.formatNotStatedShown()).isEqualTo(notStated.formatNotStated().subList(0, 10));
		assertThat(notStated.formatNotStatedMore()).isEqualTo(2);
		assertThat(names(programs.formatNotStatedShown())).containsExactlyElementsOf(FORMAT_NOT_STATED.subList(0, 10));
		assertThat(programs.formatNotStatedMore()).isEqualTo(1);
	}

	@Test
	void withoutACatalogNothingIsListed() {
		assertThat(ProgramsThatFit.of(Catalog.NONE, Format.HYBRID, Format.ASYNCHRONOUS, Set.of(), true).isEmpty())
			.isTrue();
	}

	private static List<String> names(List<Listed> programs) {
		return programs.stream().map(Listed::name).toList();
	}

}
