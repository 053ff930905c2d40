package org.formatfit.groups;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A result a student chose to share with a group, as it is stored: the token (their
 * answers and the model version, exactly as in the result's link), the day, the hash of
 * the secret that withdraws it, and, only if the student typed one, the name or initials
 * they chose for their advisor to see. It goes with the share.
 *
 * @param id the row's id, {@code null} until stored; rows are numbered as they arrive
 * @param advisorGroup the id of the group it was shared with
 * @param token the result's share token
 * @param sharedOn the day it was shared
 * @param withdrawHash the SHA-256 of the withdraw secret, in hex
 * @param studentName the name or initials the student chose, or {@code null}
 */
@Table
public record SharedResult(@Id Long id, Long advisorGroup, String token, LocalDate sharedOn, String withdrawHash,
		String studentName) {

}
