package org.formatfit.groups;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The stored groups. */
interface AdvisorGroups extends ListCrudRepository<AdvisorGroup, Long> {

	Optional<AdvisorGroup> findByKeyHash(String keyHash);

	Optional<AdvisorGroup> findByJoinCode(String joinCode);

}
