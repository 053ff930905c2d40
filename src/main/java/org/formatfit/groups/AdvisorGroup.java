package org.formatfit.groups;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A group as it is stored: nothing that names the advisor or any student.
 *
 * @param id the row's id, {@code null} until stored
 * @param keyHash the SHA-256 of the group's private key, in hex: the key itself is never
 * stored, so a copy of the database opens no group page
 * @param joinCode the public code of the join link
 * @param label what the advisor called it, for themselves
 * @param createdOn the day it was made, for the retention period
 * @param closed whether its advisor closed it to new shares
 */
@Table
public record AdvisorGroup(@Id Long id, String keyHash, String joinCode, String label, LocalDate createdOn,
		boolean closed) {

	/**
	 * The join code as people read it out or copy it from a board: in capitals, in two
	 * groups of four ("K9UH BPQK"). Typed back in any case, with or without the space.
	 */
	public String readableJoinCode() {
		String code = this.joinCode.toUpperCase(Locale.ROOT);
		return code.substring(0, 4) + " " + code.substring(4);
	}

}
