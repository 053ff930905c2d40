package org.formatfit.groups.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The groups' addresses, each written once. Everything under {@code /groups/},
 * {@code /join/} and {@code /withdraw/} holds a key, a code or a secret, or is about one:
 * never cached, never indexed ({@code http.PrivateByDefault}); forms from another site
 * are refused ({@link CrossSiteForms}).
 */
final class GroupPaths {

	static final String GROUPS = "/groups";

	static final String NEW = GROUPS + "/new";

	/** The group's private page: whoever has the key sees the group. */
	static final String GROUP = GROUPS + "/{key}";

	static final String DELETE = GROUP + "/delete";

	static final String CSV = GROUP + "/results.csv";

	/** The printable group sheet. */
	static final String SHEET = GROUP + "/sheet";

	/** Closes the group to new shares; {@link #OPEN} opens it again. */
	static final String CLOSE = GROUP + "/close";

	static final String OPEN = GROUP + "/open";

	/** One result, in the advisor view, with the name and day it came with. */
	static final String RESULT = GROUP + "/results/{id}";

	static final String REMOVE = RESULT + "/remove";

	static final String DELETED = GROUPS + "/deleted";

	/** Where a student types the code their advisor gave them (a GET form). */
	static final String JOIN_BY_CODE = "/join";

	/** The code's field in that form. */
	static final String CODE = "code";

	static final String JOIN_PREFIX = JOIN_BY_CODE + "/";

	/** The public join link, for students. */
	static final String JOIN = JOIN_PREFIX + "{code}";

	static final String JOIN_QR = JOIN + "/qr.png";

	static final String WITHDRAW_PREFIX = "/withdraw/";

	/** The page of a result just shared, whose address withdraws it. */
	static final String WITHDRAW = WITHDRAW_PREFIX + "{secret}";

	static final String WITHDRAWN = "/withdrawn";

	private GroupPaths() {
	}

	/** A path template with its variables filled in. */
	static String path(String template, Object... variables) {
		return UriComponentsBuilder.fromPath(template).build(variables).toString();
	}

}
