package org.formatfit.http;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * {@code mailto:} links addressed to no one: the reader's own mail program opens with the
 * subject and the text filled in, and they pick who it goes to (their advisor, or
 * themselves).
 */
public final class MailLinks {

	private MailLinks() {
	}

	public static String toAnyone(String subject, String body) {
		return "mailto:?subject=" + UriUtils.encode(subject, StandardCharsets.UTF_8) + "&body="
				+ UriUtils.encode(body, StandardCharsets.UTF_8);
	}

}
