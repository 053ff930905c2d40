package org.formatfit.system;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to FormatFit's own pages, as the reader reached the app (behind a proxy,
 * as the proxy says), for share links and QR codes.
 */
public final class PublicUrls {

	private PublicUrls() {
	}

	/**
	 * E.g. {@code absolute("/r/{token}", token)}; must be called while serving a request.
	 */
	public static String absolute(String pathTemplate, Object... variables) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(pathTemplate)
			.buildAndExpand(variables)
			.toUriString();
	}

}
