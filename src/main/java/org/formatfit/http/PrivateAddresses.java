package org.formatfit.http;

import java.util.List;

/**
 * Addresses whose answers are private, as servlet URL patterns: they hold a share token,
 * answers, a group's key or another secret. A feature declares its own as a bean;
 * {@link PrivateAnswers} sends {@link PrivacyHeaders} on each of them, whatever the
 * status.
 *
 * @param urlPatterns servlet URL patterns, such as {@code /r/*}
 */
public record PrivateAddresses(List<String> urlPatterns) {

	public PrivateAddresses {
		urlPatterns = List.copyOf(urlPatterns);
	}

	/** The addresses matched by these servlet URL patterns. */
	public static PrivateAddresses of(String... urlPatterns) {
		return new PrivateAddresses(List.of(urlPatterns));
	}

}
