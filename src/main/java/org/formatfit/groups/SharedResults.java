package org.formatfit.groups;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The stored shared results. */
interface SharedResults extends ListCrudRepository<SharedResult, Long> {

	/** A group's results in the order they arrived. */
	List<SharedResult> findByAdvisorGroupOrderById(Long advisorGroup);

	long countByAdvisorGroup(Long advisorGroup);

	Optional<SharedResult> findByIdAndAdvisorGroup(Long id, Long advisorGroup);

	/** A result's place in its group's order of arrival, from 1. */
	long countByAdvisorGroupAndIdLessThanEqual(Long advisorGroup, Long id);

	/** The latest result to arrive in a group, if any. */
	Optional<SharedResult> findFirstByAdvisorGroupOrderByIdDesc(Long advisorGroup);

	Optional<SharedResult> findByWithdrawHash(String withdrawHash);

	/** Takes a result out of its group; 1 when it was there, 0 when it was not. */
	@Modifying
	@Query("DELETE FROM shared_result WHERE advisor_group = :group AND id = :id")
	int deleteFromGroup(@Param("group") Long advisorGroup, @Param("id") long id);

	/** Withdraws a shared result; 1 when it was there, 0 when it was gone already. */
	@Modifying
	@Query("DELETE FROM shared_result WHERE withdraw_hash = :hash")
	int deleteByWithdrawHash(@Param("hash") String withdrawHash);

}
