/**
 * Advisor groups: a whole class's shared results on one page, with nothing personal
 * stored. A group is the hash of its private key, a public join code, the advisor's own
 * label, the day it was made and whether it is closed ({@link AdvisorGroup}); a shared
 * result is the group, the result's token, the day, the hash of its withdraw secret and
 * the name or initials the student typed, if any ({@link SharedResult}). {@link Groups}
 * makes, opens, joins, shares, withdraws and deletes, and forgets groups past the
 * retention period each night; the tables are Flyway's ({@code db/migration}), on H2 or
 * PostgreSQL, and {@link GroupStorage} keeps the rest of FormatFit running when that
 * database is down. What a group's results add up to is {@link GroupSummary}, kept per
 * version of the group ({@link GroupSummaries}). The questionnaire and the result page
 * learn of a group through {@link GroupInvitations}. Pages and safety rules (cross-site
 * posts, rate limits, private headers) are in {@code web}.
 */
@ApplicationModule(allowedDependencies = { "questionnaire", "recommendation", "sharing", "http", "errors" })
package org.formatfit.groups;

import org.springframework.modulith.ApplicationModule;
