/**
 * Advisor groups (issue 19): a whole class's shared results on one page, with nothing
 * personal stored. So far the storage: a group is the hash of its private key, a public
 * join code, the advisor's own label and the day it was made ({@link AdvisorGroup}); the
 * tables are Flyway's ({@code db/migration}), on H2 or PostgreSQL.
 */
@ApplicationModule(allowedDependencies = {})
package org.formatfit.groups;

import org.springframework.modulith.ApplicationModule;
