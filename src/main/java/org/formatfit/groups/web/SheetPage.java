package org.formatfit.groups.web;

import org.formatfit.groups.AdvisorGroup;
import org.formatfit.sharing.QrCode;

/**
 * Everything the printed group sheet shows. Public, so that the template's Spring EL can
 * be compiled.
 *
 * @param group the group
 * @param links its addresses
 * @param joinUrl the join link, in full
 * @param joinQr the join link as a QR code
 * @param joinByCodeUrl where a student types the code, in full
 * @param groupUrl the group's private page, in full, on the part to cut off
 * @param groupQr that page as a QR code
 */
public record SheetPage(AdvisorGroup group, GroupLinks links, String joinUrl, QrCode joinQr, String joinByCodeUrl,
		String groupUrl, QrCode groupQr) {

}
