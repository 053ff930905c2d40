package org.formatfit.groups.web;

/**
 * An address of the groups' whose key, join code, result id or withdraw secret opens
 * nothing: mistyped, made up, or of something deleted. {@link GroupFailures} answers it
 * as any address that does not exist.
 */
final class GroupAddressUnknown extends RuntimeException {

	GroupAddressUnknown() {
		// Answered with a page, never logged: no message, no stack trace.
		super(null, null, false, false);
	}

}
