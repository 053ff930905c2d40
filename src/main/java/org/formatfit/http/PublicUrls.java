package org.formatfit.http;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links to FormatFit's own pages, for share links, mail links and QR codes: on
 * the configured {@link PublicAddress} when there is one, else as the reader reached the
 * app (behind a proxy, as the proxy says).
 */
@Component
@EnableConfigurationProperties(PublicAddress.class)
public final class PublicUrls {

	private final PublicAddress address;

	PublicUrls(PublicAddress address) {
		this.address = address;
	}

	/**
	 * E.g. a share link's path template and its token ({@code sharing.ShareTokens} holds
	 * it); without a configured address, must be called while serving a request.
	 */
	public String absolute(String pathTemplate, Object... variables) {
		UriComponentsBuilder base = (this.address.publicUrl() != null)
				? UriComponentsBuilder.fromUri(this.address.publicUrl())
				: ServletUriComponentsBuilder.fromCurrentContextPath();
		return base.path(pathTemplate).buildAndExpand(variables).toUriString();
	}

}
