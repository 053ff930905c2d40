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

	/** Deletes the groups made before a day, and with them their shared results. */
	@Modifying
	@Query("DELETE FROM advisor_group WHERE created_on < :day")
	int deleteCreatedBefore(@Param("day") LocalDate day);

}
