package org.formatfit.groups;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The groups' tables as Flyway makes them, on the embedded H2 the app runs on by default
 * ({@link PostgresGroupStorageTests} runs the same on PostgreSQL): a group is found by
 * its key's hash and by its join code, neither can be taken twice, a result is shared
 * with a group once, and deleting a group deletes its shared results with it.
 */
@SpringBootTest
class GroupStorageTests {

	@Autowired
	AdvisorGroups groups;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keepsAGroupAndFindsItByItsKeysHashAndByItsJoinCode() {
		AdvisorGroup stored = this.groups.save(group("Online orientation, Tuesday 6 pm"));

		assertThat(stored.id()).isNotNull();
		assertThat(this.groups.findByKeyHash(stored.keyHash())).contains(stored);
		assertThat(this.groups.findByJoinCode(stored.joinCode())).contains(stored);
		assertThat(this.groups.findByKeyHash(hash("no such key"))).isEmpty();
	}

	@Test
	void neverGivesTwoGroupsTheSameJoinCodeOrKey() {
		AdvisorGroup first = this.groups.save(group("First"));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.groups
			.save(new AdvisorGroup(null, hash(UUID.randomUUID().toString()), first.joinCode(), "Second", today())));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.groups.save(new AdvisorGroup(null, first.keyHash(), code(), "Third", today())));
	}

	@Test
	void sharesAResultWithAGroupOnceAndForgetsItWithTheGroup() {
		AdvisorGroup group = this.groups.save(group("Evening class"));
		share(group, "AQEOVSjXvCkD", hash("withdraw 1"));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> share(group, "AQEOVSjXvCkD", hash("withdraw 2")));
		assertThat(sharedWith(group)).isEqualTo(1);

		this.groups.delete(group);
		assertThat(sharedWith(group)).isZero();
	}

	private void share(AdvisorGroup group, String token, String withdrawHash) {
		this.jdbc.sql("INSERT INTO shared_result (advisor_group, token, shared_on, withdraw_hash) VALUES (?, ?, ?, ?)")
			.params(group.id(), token, today(), withdrawHash)
			.update();
	}

	private int sharedWith(AdvisorGroup group) {
		return this.jdbc.sql("SELECT COUNT(*) FROM shared_result WHERE advisor_group = ?")
			.param(group.id())
			.query(Integer.class)
			.single();
	}

	private static AdvisorGroup group(String label) {
		return new AdvisorGroup(null, hash(UUID.randomUUID().toString()), code(), label, today());
	}

	private static String code() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static LocalDate today() {
		return LocalDate.now();
	}

	/** A stand-in for a key's SHA-256 in hex: 64 characters, different for each text. */
	private static String hash(String text) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
