package org.formatfit.groups;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Advisor groups as the pages will use them: made with a new key and join code, opened
 * with the key alone, deleted at once on request, and forgotten after the retention
 * period ({@code formatfit.groups.retention} in application.properties: 12 months).
 */
@Service
class Groups {

	/** A join code taken already is drawn again; this many times at most. */
	private static final int CODE_DRAWS = 5;

	private final AdvisorGroups groups;

	private final GroupSecrets secrets = new GroupSecrets();

	private final Period retention;

	Groups(AdvisorGroups groups, @Value("${formatfit.groups.retention}") Period retention) {
		this.groups = groups;
		this.retention = retention;
	}

	/**
	 * A new group. Its key is in the answer and nowhere else: the database keeps only its
	 * hash, so the key cannot be shown again.
	 */
	CreatedGroup create(String label, LocalDate today) {
		String key = this.secrets.newKey();
		for (int draw = 1;; draw++) {
			try {
				AdvisorGroup group = this.groups
					.save(new AdvisorGroup(null, GroupSecrets.hash(key), this.secrets.newJoinCode(), label, today));
				return new CreatedGroup(key, group);
			}
			catch (DuplicateKeyException ex) {
				if (draw == CODE_DRAWS) {
					throw ex;
				}
			}
		}
	}

	/** The group whose key this is, if any. */
	Optional<AdvisorGroup> open(String key) {
		return this.groups.findByKeyHash(GroupSecrets.hash(key));
	}

	/** Deletes a group and every result shared with it, at once. */
	void delete(AdvisorGroup group) {
		this.groups.delete(group);
	}

	/** Deletes the groups older than the retention period; how many went. */
	int deleteExpired(LocalDate today) {
		return this.groups.deleteCreatedBefore(today.minus(this.retention));
	}

	/** Once a night, whatever the traffic. */
	@Scheduled(cron = "${formatfit.groups.retention-cron:0 17 3 * * *}")
	void deleteExpired() {
		deleteExpired(LocalDate.now());
	}

	/**
	 * A group just made, with the key that opens its page.
	 *
	 * @param key the private key, never stored
	 * @param group the group as stored
	 */
	record CreatedGroup(String key, AdvisorGroup group) {

	}

}
