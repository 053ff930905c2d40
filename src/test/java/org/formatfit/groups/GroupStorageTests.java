package org.formatfit.groups;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
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

	@Autowired
	Groups service;

	/**
	 * A new group's key is 128 random bits, and the database never sees it: not in any
	 * column, only its SHA-256. The key opens the group; nothing else does.
	 */
	@Test
	void opensAGroupWithItsKeyAloneAndNeverStoresTheKey() {
		Groups.CreatedGroup created = this.service.create("Online orientation", today());

		assertThat(Base64.getUrlDecoder().decode(created.key())).hasSize(16);
		assertThat(created.group().keyHash()).isEqualTo(hash(created.key())).isNotEqualTo(created.key());
		assertThat(this.jdbc.sql("SELECT * FROM advisor_group WHERE id = ?")
			.param(created.group().id())
			.query()
			.singleRow()
			.values()).noneMatch((value) -> String.valueOf(value).contains(created.key()));
		assertThat(this.service.open(created.key())).contains(created.group());
		assertThat(this.service.open(created.key().substring(1))).isEmpty();
		assertThat(this.service.open(this.service.create("Another", today()).key()))
			.isNotEqualTo(Optional.of(created.group()));
	}

	/**
	 * A group past its retention period is gone for every page from that day, even before
	 * the night's deletion has run.
	 */
	@Test
	void opensNoGroupPastItsRetentionPeriodEvenBeforeItIsDeleted() {
		Groups.CreatedGroup expired = this.service.create("Two springs ago", today().minusMonths(12).minusDays(1));
		Groups.CreatedGroup lastDay = this.service.create("A year ago today", today().minusMonths(12));

		assertThat(this.service.open(expired.key())).isEmpty();
		assertThat(this.service.join(expired.group().joinCode())).isEmpty();
		assertThat(this.service.open(lastDay.key())).contains(lastDay.group());
		assertThat(this.service.join(lastDay.group().joinCode())).contains(lastDay.group());
	}

	@Test
	void makesJoinCodesOfEightCharactersNoOneMistakesForEachOther() {
		for (int i = 0; i < 20; i++) {
			assertThat(this.service.create("Group " + i, today()).group().joinCode())
				.matches("[" + GroupSecrets.CODE_ALPHABET + "]{8}");
		}
	}

	/**
	 * Past the retention period (12 months) a group goes, with what was shared with it.
	 */
	@Test
	void forgetsGroupsOlderThanTheRetentionPeriodAndNothingNewer() {
		LocalDate today = LocalDate.of(2027, 3, 15);
		AdvisorGroup old = this.service.create("Last spring", today.minusMonths(12).minusDays(1)).group();
		AdvisorGroup recent = this.service.create("Last autumn", today.minusMonths(12)).group();
		share(old, "AQEOVSjXvCkD", hash(UUID.randomUUID().toString()));

		assertThat(this.service.deleteExpired(today)).isGreaterThanOrEqualTo(1);

		assertThat(this.groups.findById(old.id())).isEmpty();
		assertThat(sharedWith(old)).isZero();
		assertThat(this.groups.findById(recent.id())).isPresent();
	}

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

	/** A secret's SHA-256 in hex, worked out here on its own. */
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
