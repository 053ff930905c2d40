package org.formatfit.groups;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.formatfit.groups.Groups.Sharing;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The groups' tables as Flyway makes them, on the embedded H2 the app runs on by default
 * ({@link PostgresGroupStorageTests} runs the same on PostgreSQL): a group is found by
 * its key's hash and by its join code, neither can be taken twice, every student's share
 * is their own, and deleting a group deletes its shared results with it.
 */
@AppTest
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

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.groups.save(new AdvisorGroup(null, hash(UUID.randomUUID().toString()),
					first.joinCode(), "Second", today(), false)));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.groups.save(new AdvisorGroup(null, first.keyHash(), code(), "Third", today(), false)));
	}

	/**
	 * Two students whose answers are the same have the same token: two shares, each its
	 * own, and one taken back leaves the other. Deleting the group takes both.
	 */
	@Test
	void keepsEveryStudentsShareOfTheSameAnswersAndForgetsThemWithTheGroup() {
		AdvisorGroup group = this.groups.save(group("Evening class"));
		share(group, "AQEOVSjXvCkD", hash(UUID.randomUUID().toString()));
		share(group, "AQEOVSjXvCkD", hash(UUID.randomUUID().toString()));
		assertThat(sharedWith(group)).isEqualTo(2);

		this.groups.delete(group);
		assertThat(sharedWith(group)).isZero();
	}

	@Test
	void neverKeepsTwoSharesWithTheSameWithdrawSecret() {
		AdvisorGroup group = this.groups.save(group("Morning class"));
		String withdraw = hash(UUID.randomUUID().toString());
		share(group, "AQEOVSjXvCkD", withdraw);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> share(group, "AQEOVSjXvCkE", withdraw));
		this.groups.delete(group);
	}

	/**
	 * Through the service: the same answers shared by two students are two shares with
	 * two withdraw secrets and two names; the first taken back, the second stays. A form
	 * sent twice with its secret is one share.
	 */
	@Test
	void takesOneStudentsShareBackAndLeavesTheOtherWithTheSameAnswers() {
		AdvisorGroup group = this.service.create("Same answers", today()).group();
		ShareToken token = token(1);
		String first = this.service.newWithdrawSecret();
		String second = this.service.newWithdrawSecret();

		Sharing ana = this.service.share(group, token, "Ana", first, today());
		Sharing again = this.service.share(group, token, "Ana", first, today());
		Sharing ben = this.service.share(group, token, "Ben", second, today());

		assertThat(List.of(ana, again, ben)).extracting(Sharing::outcome).containsOnly(Sharing.Outcome.SHARED);
		assertThat(again.withdrawSecret()).isEqualTo(ana.withdrawSecret()).isEqualTo(first);
		assertThat(ben.withdrawSecret()).isEqualTo(second);
		assertThat(this.service.results(group)).extracting(SharedResult::studentName).containsExactly("Ana", "Ben");

		assertThat(this.service.withdraw(first)).isTrue();
		assertThat(this.service.results(group)).extracting(SharedResult::studentName).containsExactly("Ben");
		assertThat(this.service.sharedWith(second)).isPresent();
	}

	/**
	 * A secret that already withdraws another share (of other answers, or in another
	 * group) is not taken over: the share gets a new one.
	 */
	@Test
	void drawsANewSecretWhenTheOneSentBelongsToAnotherShare() {
		AdvisorGroup group = this.service.create("Secrets", today()).group();
		String secret = this.service.newWithdrawSecret();
		this.service.share(group, token(1), null, secret, today());

		Sharing other = this.service.share(group, token(2), null, secret, today());

		assertThat(other.outcome()).isEqualTo(Sharing.Outcome.SHARED);
		assertThat(other.withdrawSecret()).isNotEqualTo(secret);
		assertThat(this.service.results(group)).hasSize(2);
	}

	/**
	 * A closed group takes no share until its advisor opens it again; the results in it
	 * stay, and one of them can be removed.
	 */
	@Test
	void refusesSharesWhileClosedAndRemovesOneResultOnRequest() {
		Groups.CreatedGroup created = this.service.create("Closing", today());
		AdvisorGroup group = created.group();
		ShareToken token = token(1);
		this.service.share(group, token, "First", null, today());

		assertThat(this.service.setClosed(group, true)).isTrue();
		assertThat(this.service.open(created.key()).map(AdvisorGroup::closed)).contains(true);
		assertThat(this.service.share(group, token, "Late", null, today()).outcome())
			.isEqualTo(Sharing.Outcome.GROUP_CLOSED);

		this.service.setClosed(group, false);
		assertThat(this.service.share(group, token, "Second", null, today()).outcome())
			.isEqualTo(Sharing.Outcome.SHARED);
		List<SharedResult> results = this.service.results(group);
		assertThat(results).extracting(SharedResult::studentName).containsExactly("First", "Second");
		assertThat(this.service.result(group, results.get(1).id())).hasValueSatisfying((numbered) -> {
			assertThat(numbered.number()).isEqualTo(2);
			assertThat(numbered.result().studentName()).isEqualTo("Second");
		});

		assertThat(this.service.remove(group, results.get(0).id())).isTrue();
		assertThat(this.service.remove(group, results.get(0).id())).isFalse();
		assertThat(this.service.results(group)).extracting(SharedResult::studentName).containsExactly("Second");
		assertThat(this.service.result(group, results.get(1).id()))
			.hasValueSatisfying((numbered) -> assertThat(numbered.number()).isEqualTo(1));
	}

	/** Another group's result is not this group's to remove or show. */
	@Test
	void removesAndShowsOnlyTheGroupsOwnResults() {
		AdvisorGroup mine = this.service.create("Mine", today()).group();
		AdvisorGroup theirs = this.service.create("Theirs", today()).group();
		this.service.share(theirs, token(1), null, null, today());
		long theirResult = this.service.results(theirs).get(0).id();

		assertThat(this.service.result(mine, theirResult)).isEmpty();
		assertThat(this.service.remove(mine, theirResult)).isFalse();
		assertThat(this.service.results(theirs)).hasSize(1);
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

	/** A real share token, of answers drawn from a seed. */
	private static ShareToken token(int seed) {
		return ShareToken.parse(ShareTokens.tokenFor(AnswerSets.random(new Random(seed))));
	}

	private static AdvisorGroup group(String label) {
		return new AdvisorGroup(null, hash(UUID.randomUUID().toString()), code(), label, today(), false);
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
