package org.formatfit.groups.web;

import org.formatfit.groups.AdvisorGroup;

/**
 * The page of a result shared with a group, whose address takes it back. Public, so that
 * the template's Spring EL can be compiled.
 *
 * @param group the group it is shared with
 * @param studentName the name or initials the student gave, or {@code null}
 * @param withdrawUrl this page's address in full, to keep
 * @param withdrawPath this page's path, where the result is taken back
 * @param resultPath the student's result
 */
public record SharedPage(AdvisorGroup group, String studentName, String withdrawUrl, String withdrawPath,
		String resultPath) {

}
