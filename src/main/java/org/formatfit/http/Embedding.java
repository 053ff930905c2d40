package org.formatfit.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which other sites may show the questionnaire and results in a frame, such as a school's
 * online-learning pages or its course sites. Checked when the app starts: an origin that
 * is not one would put anything the operator typed into the Content-Security-Policy.
 *
 * @param allowedOrigins origins such as {@code https://learn.example.edu} or, for every
 * site below a domain, {@code https://*.instructure.com}: https only, with an optional
 * port, without path, query or user; plain http only for {@code localhost}, for
 * development and tests. None by default: then no page may be framed.
 */
@ConfigurationProperties("formatfit.embed")
public record Embedding(List<String> allowedOrigins) {

	static final String PROPERTY = "formatfit.embed.allowed-origins";

	/**
	 * A host name, or {@code *.} and a host name: letters, digits and hyphens in dot
	 * separated labels, nothing a policy could read as another directive.
	 */
	private static final Pattern HOST = Pattern
		.compile("(\\*\\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

	public Embedding {
		List<String> origins = new ArrayList<>();
		for (String origin : (allowedOrigins != null) ? allowedOrigins : List.<String>of()) {
			// A comma left at the end of the list is no origin, and no mistake either.
			if (origin != null && !origin.isBlank()) {
				origins.add(checked(origin));
			}
		}
		allowedOrigins = List.copyOf(origins);
	}

	/** Whether any site may frame the pages that allow it. */
	public boolean anyAllowed() {
		return !this.allowedOrigins.isEmpty();
	}

	/**
	 * The sources of a {@code frame-ancestors} directive for a page that may be framed:
	 * FormatFit itself and the allowed origins.
	 */
	String frameAncestors() {
		return anyAllowed() ? "'self' " + String.join(" ", this.allowedOrigins) : "'none'";
	}

	/** The origin as a policy names it, lower case, or why it is none. */
	private static String checked(String origin) {
		String trimmed = (origin != null) ? origin.strip() : "";
		URI uri;
		try {
			// A wildcard is no host to java.net.URI: checked apart, with the rest.
			uri = new URI(trimmed.replace("://*.", "://wildcard."));
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(refusal(origin, "it is no address"));
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		if (host.startsWith("wildcard.") && trimmed.contains("://*.")) {
			host = "*." + host.substring("wildcard.".length());
		}
		if (!scheme.equals("https") && !(scheme.equals("http") && host.equals("localhost"))) {
			throw new IllegalArgumentException(
					refusal(origin, "only https origins may frame FormatFit (plain http only for localhost)"));
		}
		if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
				|| !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
			throw new IllegalArgumentException(
					refusal(origin, "an origin is a scheme, a host and a port, with no path, query or user"));
		}
		if (!HOST.matcher(host).matches()) {
			throw new IllegalArgumentException(
					refusal(origin, "its host is no host name (a name in other scripts goes in its xn-- form)"));
		}
		if (host.startsWith("*.") && host.indexOf('.', 2) < 0) {
			throw new IllegalArgumentException(refusal(origin,
					"a wildcard must stay within one organisation's domain, such as https://*.northfield.example"));
		}
		if (uri.getPort() == 0 || uri.getPort() > 65535) {
			throw new IllegalArgumentException(refusal(origin, "its port is no port"));
		}
		return scheme + "://" + host + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

	private static String refusal(String origin, String why) {
		return PROPERTY + " holds \"" + origin + "\": " + why + ".";
	}

}
