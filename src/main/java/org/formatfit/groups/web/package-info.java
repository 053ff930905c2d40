/**
 * The pages of advisor groups: making a group and its private page
 * ({@link GroupController}), the join link, sharing and withdrawing
 * ({@link JoinController}), the results as a spreadsheet and as JSON ({@link GroupCsv},
 * {@link GroupApi}; what they add up to is {@code groups.GroupSummary}), and the rules
 * every group request follows ({@code http.PrivateByDefault}, {@link CrossSiteForms},
 * {@link GroupRateLimits}, {@link GroupFailures}).
 */
package org.formatfit.groups.web;
