package org.formatfit.groups;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The stored groups. */
interface AdvisorGroups extends ListCrudRepository<AdvisorGroup, Long> {

	Optional<AdvisorGroup> findByKeyHash(String keyHash);

	Optional<AdvisorGroup> findByJoinCode(String joinCode);

	/**
	 * Locks a group's row until the transaction ends, so that shares into one group
	 * happen one at a time; its id, or {@code null} when it is gone.
	 */
	@Query("SELECT id FROM advisor_group WHERE id = :id FOR UPDATE")
	Long lock(@Param("id") Long id);

	/** Whether a group is closed to new shares, read under the group's lock. */
	@Query("SELECT closed FROM advisor_group WHERE id = :id")
	boolean isClosed(@Param("id") Long id);

	@Modifying
	@Query("UPDATE advisor_group SET closed = :closed WHERE id = :id")
	int setClosed(@Param("id") Long id, @Param("closed") boolean closed);

	/**
	 * Deletes some of the groups made before a day, at most {@code count}, and with them
	 * their shared results: each statement stays well within the database's statement
	 * timeout however many groups have expired.
	 */
	@Modifying
	@Query("DELETE FROM advisor_group WHERE id IN (SELECT id FROM advisor_group WHERE created_on < :day LIMIT :count)")
	int deleteSomeCreatedBefore(@Param("day") LocalDate day, @Param("count") int count);

}
