package org.formatfit.institution;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The school's own pages for a student's next step, each optional: a result and its
 * advisor view link to those that are set ({@link #inOrder()}). Checked when the app
 * starts: a value that is not an absolute https address stops it, with a message naming
 * the setting, so a typo never becomes a link a student follows.
 *
 * @param advisingUrl where a student books a talk with an advisor
 * @param programsUrl the school's programs
 * @param orientationUrl where a new student starts orientation
 */
@ConfigurationProperties(InstitutionLinks.PREFIX)
public record InstitutionLinks(URI advisingUrl, URI programsUrl, URI orientationUrl) {

	static final String PREFIX = "formatfit.institution";

	public InstitutionLinks {
		check("advising-url", advisingUrl);
		check("programs-url", programsUrl);
		check("orientation-url", orientationUrl);
	}

	/** The links that are set, in the order pages show them; empty when none is. */
	public List<SchoolLink> inOrder() {
		List<SchoolLink> links = new ArrayList<>();
		add(links, SchoolLink.Step.ADVISING, this.advisingUrl);
		add(links, SchoolLink.Step.PROGRAMS, this.programsUrl);
		add(links, SchoolLink.Step.ORIENTATION, this.orientationUrl);
		return List.copyOf(links);
	}

	private static void add(List<SchoolLink> links, SchoolLink.Step step, URI url) {
		if (url != null) {
			links.add(new SchoolLink(step, url.toString()));
		}
	}

	/**
	 * A student leaves FormatFit for it from a page whose address holds their answers:
	 * https only, to a named host, with no user name or password in it. A query or a
	 * fragment is the school's own (a booking form may need one).
	 */
	private static void check(String name, URI url) {
		if (url == null) {
			return;
		}
		String setting = PREFIX + "." + name;
		// The address is quoted only once it is known to hold no password.
		if (url.getRawUserInfo() != null) {
			throw new IllegalArgumentException(setting + " holds a user name or password: " + url.getHost());
		}
		if (!"https".equalsIgnoreCase(url.getScheme())) {
			throw new IllegalArgumentException(setting + " is no https address: " + url);
		}
		if (url.getHost() == null) {
			throw new IllegalArgumentException(setting + " names no host: " + url);
		}
	}

}
