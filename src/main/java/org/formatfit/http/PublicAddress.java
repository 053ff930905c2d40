package org.formatfit.http;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where readers reach FormatFit, when set: share links, mail links and QR codes then name
 * this address whatever {@code Host} or {@code X-Forwarded-Host} a request carried, so
 * that a spoofed header can never put another site into a link a student passes on.
 *
 * @param publicUrl e.g. {@code https://formatfit.example.org}: an absolute http(s) URL,
 * optionally with a path, without user info, query or fragment; {@code null} to take the
 * address from each request, as the reader reached the app
 */
@ConfigurationProperties("formatfit")
public record PublicAddress(URI publicUrl) {

	public PublicAddress {
		if (publicUrl != null) {
			String scheme = publicUrl.getScheme();
			boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
			if (!web || publicUrl.getHost() == null) {
				throw new IllegalArgumentException("formatfit.public-url is no http(s) URL: " + publicUrl);
			}
			if (publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null
					|| publicUrl.getRawUserInfo() != null) {
				throw new IllegalArgumentException("formatfit.public-url has a query, fragment or user: " + publicUrl);
			}
			// Paths are appended to it: no trailing slash, so that none is doubled.
			String url = publicUrl.toString();
			while (url.endsWith("/")) {
				url = url.substring(0, url.length() - 1);
			}
			publicUrl = URI.create(url);
		}
	}

}
