package org.formatfit.groups.web;

import org.formatfit.groups.AdvisorGroup;
import org.formatfit.groups.GroupSummary;
import org.formatfit.sharing.QrCode;

/**
 * Everything a group's private page shows, worked out once per request. Public, with its
 * parts, so that the template's Spring EL can be compiled.
 *
 * @param group the group
 * @param links its addresses
 * @param groupUrl the page's own address, in full, to keep
 * @param mailtoSelf an e-mail to the advisor themselves with that address
 * @param joinUrl the join link, in full, for students
 * @param joinQr the join link as a QR code
 * @param summary what the group's results add up to
 * @param results the page of the list of results shown
 * @param dates days in the reader's language
 * @param retentionMonths how many months a group is kept
 * @param deletedOn the day the group will be deleted, in words
 * @param liveRefreshMs how often the page's script asks whether results came in
 */
public record GroupPage(AdvisorGroup group, GroupLinks links, String groupUrl, String mailtoSelf, String joinUrl,
		QrCode joinQr, GroupSummary summary, ResultsPage results, GroupDates dates, long retentionMonths,
		String deletedOn, long liveRefreshMs) {

	/** Where the page's button closes the group, or opens it again. */
	public String closeOrOpenPath() {
		return this.links.closeOrOpen(this.group.closed());
	}

}
