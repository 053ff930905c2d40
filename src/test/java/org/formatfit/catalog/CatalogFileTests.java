package org.formatfit.catalog;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A school's catalog, in either standard, becomes its programs: each with its name, its
 * https page and, per offering, what FormatFit makes of its modes and when its live
 * sessions are. Read without Spring.
 */
class CatalogFileTests {

	private static final String SITE = "https://www.northfield.example";

	@Test
	void readsEveryProgramOfASchemaOrgCatalogWithItsFormatAndLiveSessions() {
		Catalog catalog = CatalogFile.read(Catalogs.sample(Catalogs.SCHEMA_ORG_SAMPLE), Catalogs.SOURCE);
		// The first seven show every kind of entry; eleven self-paced courses follow,
		// then
		// ten online ones whose format is not stated, one of them with live sessions.
		assertThat(catalog.programs()).hasSize(28)
			.startsWith(
					program("Introduction to Data Analysis", "/online/courses/data-analysis",
							new Offering(ProgramFormat.SYNCHRONOUS, new LiveSessions(true, "America/Chicago"))),
					program("Business Writing", "/online/courses/business-writing",
							new Offering(ProgramFormat.ASYNCHRONOUS, null)),
					program("Project Management Essentials", "/online/courses/project-management",
							new Offering(ProgramFormat.HYBRID, new LiveSessions(true, "America/Chicago"))),
					program("Health Care Communication", "/online/courses/health-care-communication",
							new Offering(ProgramFormat.PART_ON_CAMPUS, null)),
					program("Associate of Applied Science in Accounting", "/programs/accounting-aas",
							new Offering(ProgramFormat.ONLINE_FORMAT_NOT_STATED, null)),
					program("Welding Fundamentals", "/courses/welding", new Offering(ProgramFormat.ON_SITE, null)),
					program("Spanish for Health Professionals", "/online/courses/spanish-health",
							new Offering(ProgramFormat.SYNCHRONOUS, new LiveSessions(true, "America/New_York")),
							new Offering(ProgramFormat.ASYNCHRONOUS, null)));
		assertThat(catalog.programs().subList(7, 18)).allSatisfy((program) -> assertThat(program.offerings())
			.containsExactly(new Offering(ProgramFormat.ASYNCHRONOUS, null)));
		assertThat(catalog.programs().subList(18, 28)).extracting((program) -> program.offerings().get(0))
			.containsOnly(new Offering(ProgramFormat.ONLINE_FORMAT_NOT_STATED, null),
					new Offering(ProgramFormat.ONLINE_FORMAT_NOT_STATED, new LiveSessions(true, "America/Denver")));
		assertThat(catalog.programs().get(20).name()).isEqualTo("Public Speaking");
		assertThat(catalog.programs().get(20).offerings().get(0).liveSessions())
			.isEqualTo(new LiveSessions(true, "America/Denver"));
		assertThat(catalog.present()).isTrue();
	}

	@Test
	void readsEveryProgramOfACtdlCatalogInEnglishWhateverTheSpellingOfItsDeliveryTypes() {
		Catalog catalog = CatalogFile.read(Catalogs.sample(Catalogs.CTDL_SAMPLE), Catalogs.SOURCE);
		assertThat(catalog.programs()).containsExactly(
				program("Certificate in Cybersecurity", "/programs/cybersecurity",
						new Offering(ProgramFormat.SYNCHRONOUS, null)),
				program("Medical Billing and Coding", "/programs/medical-billing",
						new Offering(ProgramFormat.ASYNCHRONOUS, null)),
				program("Early Childhood Education", "/programs/early-childhood",
						new Offering(ProgramFormat.HYBRID, null)),
				program("Practical Nursing", "/programs/practical-nursing",
						new Offering(ProgramFormat.PART_ON_CAMPUS, null)),
				program("Small Business Management", "/courses/small-business",
						new Offering(ProgramFormat.ONLINE_FORMAT_NOT_STATED, null)),
				program("HVAC Technician", "/programs/hvac", new Offering(ProgramFormat.ON_SITE, null)),
				program("Bookkeeping Basics", "/courses/bookkeeping",
						new Offering(ProgramFormat.ONLINE_FORMAT_NOT_STATED, null)));
	}

	@Test
	void readsATopLevelArrayOfObjectsEachWithItsContext() {
		Catalog catalog = Catalogs.read("""
				[{"@context": "https://schema.org/", "@type": "Course", "name": "Statistics",
				  "url": "https://www.northfield.example/statistics",
				  "hasCourseInstance": {"courseMode": "asynchronous"}},
				 {"@context": {"@vocab": "https://schema.org/", "@language": "en"},
				  "@type": "https://schema.org/EducationalOccupationalProgram",
				  "name": {"@value": "Paralegal Studies"}, "url": "https://www.northfield.example/paralegal",
				  "educationalProgramMode": "synchronous"}]
				""");
		assertThat(catalog.programs()).extracting(Program::name, (program) -> program.offerings().get(0).format())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Statistics", ProgramFormat.ASYNCHRONOUS),
					org.assertj.core.groups.Tuple.tuple("Paralegal Studies", ProgramFormat.SYNCHRONOUS));
	}

	@Test
	void takesTheEnglishNameOfSeveralAndCollapsesItsSpaces() {
		Catalog catalog = Catalogs.read(Catalogs
			.course("""
					[{"@value": "Estadística", "@language": "es"}, {"@value": " Statistics\\n  for Nurses ", "@language": "en"}]""",
					"\"online\""));
		assertThat(catalog.programs().get(0).name()).isEqualTo("Statistics for Nurses");
	}

	@Test
	void saysNothingOfAProgramWhoseCatalogGivesNoMode() {
		Catalog catalog = Catalogs.read("""
				{"@context": "https://schema.org", "@graph": [
				  {"@type": "Course", "name": "Ethics", "url": "https://www.northfield.example/ethics"},
				  {"@type": "Course", "name": "Logic", "url": "https://www.northfield.example/logic",
				   "hasCourseInstance": {"@type": "CourseInstance", "courseMode": "full-time"}}]}
				""");
		assertThat(catalog.programs().get(0).offerings()).isEmpty();
		assertThat(catalog.programs().get(1).offerings()).containsExactly(new Offering(ProgramFormat.NOT_STATED, null));
	}

	@Test
	void marksLiveSessionsAtSetTimesOnlyWhenAScheduleNamesADayOrATime() {
		Catalog catalog = Catalogs
			.read("""
					{"@context": "https://schema.org", "@type": "Course", "name": "Ethics",
					 "url": "https://www.northfield.example/ethics", "hasCourseInstance": [
					   {"courseMode": "synchronous", "courseSchedule": {"@type": "Schedule", "repeatFrequency": "P1W", "scheduleTimezone": "Europe/Madrid"}},
					   {"courseMode": "synchronous", "courseSchedule": {"@type": "Schedule", "byDay": "https://schema.org/Friday"}}]}
					""");
		assertThat(catalog.programs().get(0).offerings()).extracting(Offering::liveSessions)
			.containsExactly(new LiveSessions(false, "Europe/Madrid"), new LiveSessions(true, null));
	}

	@Test
	void refusesAFileThatHoldsNoProgramSayingWhichTypesItReads() {
		assertThatThrownBy(() -> Catalogs.read("""
				{"@context": "https://schema.org", "@type": "CollegeOrUniversity", "name": "Northfield College"}"""))
			.isInstanceOf(CatalogInvalid.class)
			.hasMessage(Catalogs.SOURCE
					+ " holds no program: no schema.org Course or EducationalOccupationalProgram, no CTDL LearningProgram, Course or LearningOpportunityProfile.");
	}

	@Test
	void refusesAProgramWithoutANameOrAPageNamingItsPlace() {
		assertThatThrownBy(() -> Catalogs
			.read("""
					{"@context": "https://schema.org", "@graph": [{"@type": "Course", "url": "https://www.northfield.example/x"}]}"""))
			.hasMessage(Catalogs.SOURCE + ": entry @graph[0]: has no name; each program needs one.");
		assertThatThrownBy(() -> Catalogs
			.read(Catalogs.ctdlProgram("[]").replace("\"ceterms:subjectWebpage\"", "\"ceterms:ctid\"")))
			.hasMessage(Catalogs.SOURCE
					+ ": entry @graph[0] \"Bookkeeping\": has no ceterms:subjectWebpage; each program needs the https address of its page at the school.");
	}

	@Test
	void refusesAReferenceToAnObjectThatIsNotInTheFile() {
		assertThatThrownBy(() -> Catalogs
			.read("""
					{"@context": "https://schema.org", "@type": "Course", "name": "Ethics", "url": "https://www.northfield.example/ethics",
					 "hasCourseInstance": {"@id": "https://elsewhere.example/instances/1"}}"""))
			.hasMessage(Catalogs.SOURCE
					+ ": entry $ \"Ethics\": hasCourseInstance names \"https://elsewhere.example/instances/1\", which no object of the file has as its @id; FormatFit follows nothing outside the file.");
	}

	private static Program program(String name, String path, Offering... offerings) {
		return new Program(name, URI.create(SITE + path), List.of(offerings));
	}

}
