package org.formatfit.groups;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secrets of a group: its private key, its public join code, and the hash that is all
 * the database ever holds of a key (or of a withdraw secret).
 */
final class GroupSecrets {

	/** 128 random bits: whoever has the key sees the group, so it must not be guessed. */
	static final int KEY_BYTES = 16;

	/** Letters and digits no one mistakes for one another (no 0/o, 1/l/i), lower case. */
	static final String CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

	/** 31⁸, about 850 billion codes: a join code is public, but not to be stumbled on. */
	static final int CODE_LENGTH = 8;

	private static final Base64.Encoder KEY_TEXT = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	/** A new private key, as it goes into the group page's address. */
	String newKey() {
		byte[] key = new byte[KEY_BYTES];
		this.random.nextBytes(key);
		return KEY_TEXT.encodeToString(key);
	}

	/** A new join code, as it goes into the join link. */
	String newJoinCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/** The length of a key as text: 16 bytes in base64url, without padding. */
	static final int KEY_LENGTH = 22;

	/** Whether a text could be a key (or a withdraw secret): base64url, 22 characters. */
	static boolean isKey(String text) {
		return text != null && text.length() == KEY_LENGTH
				&& text.chars()
					.allMatch((c) -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
							|| c == '-' || c == '_');
	}

	/**
	 * A join code as someone typed or pasted it, as it is stored: without the spaces and
	 * dashes that make it easier to read out, in lower case ("K9UH-BPQK" is "k9uhbpqk").
	 */
	static String joinCodeFrom(String typed) {
		return (typed == null) ? null : typed.replaceAll("[\\s\\-\\u2010-\\u2015]", "").toLowerCase(Locale.ROOT);
	}

	/** Whether a text could be a join code; checked before the database is asked. */
	static boolean isJoinCode(String text) {
		return text != null && text.length() == CODE_LENGTH
				&& text.chars().allMatch((c) -> CODE_ALPHABET.indexOf(c) >= 0);
	}

	/** The SHA-256 of a secret, in hex: what is stored instead of it. */
	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
