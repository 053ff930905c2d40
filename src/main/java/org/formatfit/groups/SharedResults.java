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

	boolean existsByAdvisorGroupAndToken(Long advisorGroup, String token);

	/** The latest result to arrive in a group, if any. */
	Optional<SharedResult> findFirstByAdvisorGroupOrderByIdDesc(Long advisorGroup);

	Optional<SharedResult> findByWithdrawHash(String withdrawHash);

	/** Withdraws a shared result; 1 when it was there, 0 when it was gone already. */
	@Modifying
	@Query("DELETE FROM shared_result WHERE withdraw_hash = :hash")
	int deleteByWithdrawHash(@Param("hash") String withdrawHash);

}
