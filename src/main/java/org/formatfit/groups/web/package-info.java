/**
 * The pages of advisor groups: making a group and its private page
 * ({@link GroupController}), the join link, sharing and withdrawing
 * ({@link JoinController}), what the results add up to ({@link GroupSummary},
 * {@link GroupCsv}), and the rules every group request follows
 * ({@link PrivateGroupAddresses}, {@link CrossSiteForms}, {@link GroupRateLimits},
 * {@link GroupFailures}).
 */
package org.formatfit.groups.web;
