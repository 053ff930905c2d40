package org.formatfit.institution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school's pages bind from {@code formatfit.institution.*}, each optional, and the
 * app refuses to start on one that is not an absolute https address, naming the setting
 * and saying why.
 */
class InstitutionLinksTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(InstitutionConfiguration.class);

	@Test
	void showsNoLinkWhenTheSchoolSetNone() {
		this.context.run((started) -> assertThat(started.getBean(InstitutionLinks.class).inOrder()).isEmpty());
	}

	@Test
	void takesAnEmptyValueForNoLink() {
		this.context
			.withPropertyValues("formatfit.institution.advising-url=", "formatfit.institution.programs-url=",
					"formatfit.institution.orientation-url=")
			.run((started) -> assertThat(started.getBean(InstitutionLinks.class).inOrder()).isEmpty());
	}

	@Test
	void keepsTheLinksTheSchoolSetInTheirOrderWithTheirQueriesAndFragments() {
		this.context
			.withPropertyValues("formatfit.institution.orientation-url=https://school.example/start#online",
					"formatfit.institution.advising-url=HTTPS://school.example:8443/book?with=advisor&lang=es")
			.run((started) -> assertThat(started.getBean(InstitutionLinks.class).inOrder()).containsExactly(
					new SchoolLink(SchoolLink.Step.ADVISING, "HTTPS://school.example:8443/book?with=advisor&lang=es"),
					new SchoolLink(SchoolLink.Step.ORIENTATION, "https://school.example/start#online")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			advising-url    | http://school.example/advising      | is no https address
			programs-url    | ftp://school.example/programs       | is no https address
			orientation-url | school.example/orientation          | is no https address
			advising-url    | //school.example/advising           | is no https address
			programs-url    | /programs                           | is no https address
			orientation-url | mailto:orientation@school.example   | is no https address
			advising-url    | javascript:alert(1)                 | is no https address
			programs-url    | https:school.example/programs       | names no host
			orientation-url | https:///orientation                | names no host
			advising-url    | https://advisor@school.example/book | holds a user name or password
			programs-url    | https://a:secret@school.example/    | holds a user name or password
			""")
	void refusesToStartOnAnAddressThatIsNotAnAbsoluteHttpsUrl(String setting, String value, String why) {
		this.context.withPropertyValues("formatfit.institution." + setting + "=" + value).run((started) -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageStartingWith("formatfit.institution." + setting + " " + why)
				.hasMessageNotContaining("secret");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			advising-url    | https://school example/advising
			programs-url    | https://school.example:port/programs
			orientation-url | https://[school.example/orientation
			""")
	void refusesToStartOnAMalformedAddressNamingTheSetting(String setting, String value) {
		this.context.withPropertyValues("formatfit.institution." + setting + "=" + value).run((started) -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).hasStackTraceContaining("formatfit.institution." + setting);
		});
	}

}
