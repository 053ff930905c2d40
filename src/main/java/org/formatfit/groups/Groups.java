package org.formatfit.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.formatfit.sharing.ShareToken;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Advisor groups as the pages use them: made with a new key and join code, opened with
 * the key alone, joined with the code, shared with and withdrawn from, deleted at once on
 * request, and forgotten after the retention period ({@code formatfit.groups.retention}
 * in application.properties: 12 months).
 *
 * <p>
 * Every method may throw Spring's {@link DataAccessException} when the database is out of
 * reach ({@link GroupStorage}): the pages answer "groups are unavailable right now" to
 * it, and nothing else in FormatFit uses the database. Shares into one group wait for
 * each other: the group's row is locked until the share is stored, so that however many
 * arrive at once, and on however many instances, a group never holds more than its limit.
 */
@Service
public class Groups {

	/**
	 * Expired groups deleted in one statement: each may take up to
	 * {@code formatfit.groups.max-results} shared results with it.
	 */
	static final int EXPIRED_PER_STATEMENT = 10;

	/** A join code taken already is drawn again; this many times at most. */
	private static final int CODE_DRAWS = 5;

	private final AdvisorGroups groups;

	private final SharedResults results;

	private final GroupStorage storage;

	private final GroupSecrets secrets = new GroupSecrets();

	private final Period retention;

	private final int maxResults;

	private final TransactionTemplate transaction;

	/** Today's date, from one clock the tests can set. */
	private final Clock clock;

	Groups(AdvisorGroups groups, SharedResults results, GroupStorage storage, TransactionTemplate transaction,
			Clock clock, GroupSettings settings) {
		this.clock = clock;
		this.groups = groups;
		this.results = results;
		this.storage = storage;
		this.transaction = transaction;
		this.retention = settings.retention();
		this.maxResults = settings.maxResults();
	}

	/** Today, by the app's clock: the day a group is made or a result is shared. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A new group. Its key is in the answer and nowhere else: the database keeps only its
	 * hash, so the key cannot be shown again.
	 */
	public CreatedGroup create(String label, LocalDate today) {
		return this.storage.call(() -> {
			String key = this.secrets.newKey();
			for (int draw = 1;; draw++) {
				try {
					AdvisorGroup group = this.groups.save(new AdvisorGroup(null, GroupSecrets.hash(key),
							this.secrets.newJoinCode(), label, today, false));
					return new CreatedGroup(key, group);
				}
				catch (DuplicateKeyException ex) {
					if (draw == CODE_DRAWS) {
						throw ex;
					}
				}
			}
		});
	}

	/**
	 * The group whose key this is, if any. The database is asked for the key's SHA-256,
	 * never the key: how long the lookup takes depends on the hash, which says nothing
	 * about how close a guess was to a key.
	 */
	public Optional<AdvisorGroup> open(String key) {
		if (!GroupSecrets.isKey(key)) {
			return Optional.empty();
		}
		String hash = GroupSecrets.hash(key);
		return this.storage.call(() -> this.groups.findByKeyHash(hash)).filter(this::current);
	}

	/**
	 * The group this join code belongs to, if any, whatever the case of its letters and
	 * the spaces or dashes typed in it.
	 */
	public Optional<AdvisorGroup> join(String typed) {
		String code = GroupSecrets.joinCodeFrom(typed);
		if (!GroupSecrets.isJoinCode(code)) {
			return Optional.empty();
		}
		return this.storage.call(() -> this.groups.findByJoinCode(code)).filter(this::current);
	}

	/**
	 * A new withdraw secret, for a share form to send with the share: a form sent twice
	 * (a double click, a reload) then stays one share.
	 */
	public String newWithdrawSecret() {
		return this.secrets.newKey();
	}

	/**
	 * Shares a result with a group, in one transaction that first locks the group's row.
	 * Every share is its own, even of the same answers; a share sent again with the same
	 * withdraw secret is the same share. A closed or full group takes no more.
	 * @param studentName the name or initials the student chose, or {@code null}
	 * @param offeredSecret the withdraw secret the share form carried; one is drawn here
	 * when it is missing or not a secret
	 */
	public Sharing share(AdvisorGroup group, ShareToken token, String studentName, String offeredSecret,
			LocalDate today) {
		return this.storage.call(() -> this.transaction.execute((status) -> {
			if (this.groups.lock(group.id()) == null) {
				return new Sharing(Sharing.Outcome.NO_GROUP, null);
			}
			String withdraw = GroupSecrets.isKey(offeredSecret) ? offeredSecret : this.secrets.newKey();
			Optional<SharedResult> sent = this.results.findByWithdrawHash(GroupSecrets.hash(withdraw));
			if (sent.isPresent()) {
				if (sent.get().advisorGroup().equals(group.id()) && sent.get().token().equals(token.text())) {
					return new Sharing(Sharing.Outcome.SHARED, withdraw);
				}
				withdraw = this.secrets.newKey();
			}
			if (this.groups.isClosed(group.id())) {
				return new Sharing(Sharing.Outcome.GROUP_CLOSED, null);
			}
			if (this.results.countByAdvisorGroup(group.id()) >= this.maxResults) {
				return new Sharing(Sharing.Outcome.GROUP_FULL, null);
			}
			// The unique constraint on the withdraw hash stays as a last guard: under the
			// lock, it cannot be hit.
			this.results.save(
					new SharedResult(null, group.id(), token.text(), today, GroupSecrets.hash(withdraw), studentName));
			return new Sharing(Sharing.Outcome.SHARED, withdraw);
		}));
	}

	/**
	 * Closes a group to new shares, or opens it again; the results in it stay. Whether
	 * the group was still there.
	 */
	public boolean setClosed(AdvisorGroup group, boolean closed) {
		return this.storage.call(() -> this.groups.setClosed(group.id(), closed) > 0);
	}

	/**
	 * Takes one result out of a group, as its advisor asked; whether it was still there.
	 * The student's withdraw link then answers like any unknown address.
	 */
	public boolean remove(AdvisorGroup group, long resultId) {
		return this.storage.call(() -> this.results.deleteFromGroup(group.id(), resultId) > 0);
	}

	/** A group's shared results, in the order they arrived. */
	public List<SharedResult> results(AdvisorGroup group) {
		return this.storage.call(() -> this.results.findByAdvisorGroupOrderById(group.id()));
	}

	/**
	 * One of a group's results, with its place in the order of arrival, if it is (still)
	 * in the group.
	 */
	public Optional<NumberedResult> result(AdvisorGroup group, long id) {
		return this.storage.call(
				() -> this.results.findByIdAndAdvisorGroup(id, group.id())
					.map((result) -> new NumberedResult(
							(int) this.results.countByAdvisorGroupAndIdLessThanEqual(group.id(), result.id()),
							result)));
	}

	/**
	 * What a group's page shows now, in a few characters: it changes whenever a result is
	 * shared, withdrawn or removed, or the group is closed or opened, and costs two small
	 * queries instead of scoring every result. A hash, so that it says nothing of how
	 * many results the whole site holds (the latest result's id would).
	 */
	public String version(AdvisorGroup group) {
		return this.storage.call(() -> {
			long count = this.results.countByAdvisorGroup(group.id());
			long latest = this.results.findFirstByAdvisorGroupOrderByIdDesc(group.id())
				.map(SharedResult::id)
				.orElse(0L);
			boolean closed = this.groups.isClosed(group.id());
			return GroupSecrets.hash(group.id() + "/" + count + "/" + latest + "/" + closed).substring(0, 16);
		});
	}

	/** The shared result this withdraw secret takes back, with its group, if any. */
	public Optional<Shared> sharedWith(String withdrawSecret) {
		if (!GroupSecrets.isKey(withdrawSecret)) {
			return Optional.empty();
		}
		String hash = GroupSecrets.hash(withdrawSecret);
		return this.storage
			.call(() -> this.results.findByWithdrawHash(hash)
				.flatMap((result) -> this.groups.findById(result.advisorGroup())
					.map((group) -> new Shared(result, group))))
			.filter((shared) -> current(shared.group()));
	}

	/** Takes a shared result back; whether it was still there. */
	public boolean withdraw(String withdrawSecret) {
		if (!GroupSecrets.isKey(withdrawSecret)) {
			return false;
		}
		return this.storage.call(() -> this.results.deleteByWithdrawHash(GroupSecrets.hash(withdrawSecret)) > 0);
	}

	/** Deletes a group and every result shared with it, at once. */
	public void delete(AdvisorGroup group) {
		this.storage.call(() -> {
			this.groups.delete(group);
			return null;
		});
	}

	/**
	 * Deletes the groups older than the retention period, a few at a time; how many went.
	 */
	int deleteExpired(LocalDate today) {
		LocalDate before = today.minus(this.retention);
		int deleted = 0;
		int batch;
		do {
			batch = this.storage.call(() -> this.groups.deleteSomeCreatedBefore(before, EXPIRED_PER_STATEMENT));
			deleted += batch;
		}
		while (batch == EXPIRED_PER_STATEMENT);
		return deleted;
	}

	/** Once a night, whatever the traffic. */
	@Scheduled(cron = "${formatfit.groups.retention-cron:0 17 3 * * *}")
	void deleteExpired() {
		deleteExpired(today());
	}

	/** How long a group is kept. */
	public Period retention() {
		return this.retention;
	}

	/** The day a group will be deleted, unless its advisor deletes it first. */
	public LocalDate deletedOn(AdvisorGroup group) {
		return group.createdOn().plus(this.retention);
	}

	/**
	 * Whether a group is within its retention period. One past it is gone for every page
	 * even before the night's deletion runs (a night the app or the database was down
	 * skips it), so that no group is ever seen longer than the privacy page says.
	 */
	private boolean current(AdvisorGroup group) {
		return !group.createdOn().isBefore(today().minus(this.retention));
	}

	/**
	 * A group just made, with the key that opens its page.
	 *
	 * @param key the private key, never stored
	 * @param group the group as stored
	 */
	public record CreatedGroup(String key, AdvisorGroup group) {

	}

	/**
	 * What became of a share.
	 *
	 * @param outcome shared, or not shared because the group is closed, full or gone
	 * @param withdrawSecret the secret that withdraws it, when it was shared; never
	 * stored, only its hash
	 */
	public record Sharing(Outcome outcome, String withdrawSecret) {

		/** What became of a share. */
		public enum Outcome {

			SHARED, GROUP_FULL,

			/** Its advisor closed the group to new shares. */
			GROUP_CLOSED,

			/** The group was deleted while the share was on its way. */
			NO_GROUP

		}

	}

	/**
	 * A shared result and its place in its group.
	 *
	 * @param number its place in the order of arrival, from 1
	 * @param result the shared result
	 */
	public record NumberedResult(int number, SharedResult result) {

	}

	/**
	 * A shared result and the group it was shared with.
	 *
	 * @param result the shared result
	 * @param group its group
	 */
	public record Shared(SharedResult result, AdvisorGroup group) {

	}

}
