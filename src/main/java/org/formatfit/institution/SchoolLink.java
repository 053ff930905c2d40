package org.formatfit.institution;

/**
 * One of the school's pages, as a result links to it. Public, for the templates' compiled
 * Spring EL.
 *
 * @param step what the page is for
 * @param url its absolute https address
 */
public record SchoolLink(Step step, String url) {

	/** The words a student reads for it. */
	public String studentKey() {
		return "institution.link." + this.step.id;
	}

	/** The words an advisor reads for it, in the advisor view. */
	public String advisorKey() {
		return "institution.advisor.link." + this.step.id;
	}

	/** What a school's page is for, in the order pages show them. */
	public enum Step {

		/** Booking a talk with an advisor. */
		ADVISING("advising"),

		/** The school's programs. */
		PROGRAMS("programs"),

		/** Starting orientation. */
		ORIENTATION("orientation");

		private final String id;

		Step(String id) {
			this.id = id;
		}

	}

}
