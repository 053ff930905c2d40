/**
 * Advisor groups (issue 19): a whole class's shared results on one page, with nothing
 * personal stored. So far the storage and what the pages will use of it: a group is the
 * hash of its private key, a public join code, the advisor's own label and the day it was
 * made ({@link AdvisorGroup}); {@link Groups} makes one with new secrets
 * ({@link GroupSecrets}), opens it with its key alone, deletes it, and deletes every
 * group past the retention period each night. The tables are Flyway's
 * ({@code db/migration}), on H2 or PostgreSQL.
 */
@ApplicationModule(allowedDependencies = {})
package org.formatfit.groups;

import org.springframework.modulith.ApplicationModule;
