package org.formatfit.groups;

import java.time.Period;
import java.util.Optional;

import org.formatfit.questionnaire.Invitations;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The questionnaire's and the result page's view of groups: a join code's group label, or
 * that groups are unavailable right now, which must not stop anyone from answering; and,
 * for the privacy page, how long a group is kept.
 */
@Component
class GroupInvitations implements Invitations {

	private final Groups groups;

	GroupInvitations(Groups groups) {
		this.groups = groups;
	}

	@Override
	public Optional<Invitation> find(String code) {
		if (!GroupSecrets.isJoinCode(GroupSecrets.joinCodeFrom(code))) {
			return Optional.empty();
		}
		try {
			return this.groups.join(code)
				.map((group) -> new Invitation(group.joinCode(), group.label(), group.closed(),
						this.groups.newWithdrawSecret()));
		}
		catch (DataAccessException ex) {
			return Optional.of(Invitation.unavailable(GroupSecrets.joinCodeFrom(code)));
		}
	}

	@Override
	public Period retention() {
		return this.groups.retention();
	}

}
