package org.formatfit.sharing.web;

import java.util.List;

import org.formatfit.catalog.ProgramsThatFit;

import org.formatfit.institution.SchoolLink;
import org.formatfit.questionnaire.Invitations.Invitation;
import org.formatfit.recommendation.words.Explanation;
import org.formatfit.sharing.QrCode;

/**
 * Everything the student's results page shows, worked out once per request. Public, so
 * that the template's Spring EL can be compiled.
 *
 * @param result the result in the reader's words
 * @param modelNote the format the current model would suggest instead, named, when the
 * link is of an older model version that differs; otherwise {@code null}
 * @param invitation the group the student was invited by, to share the result with, or
 * {@code null}
 * @param shareUrl the result's link, in full
 * @param mailto an e-mail with the link, addressed to no one
 * @param qr the link as a QR code
 * @param changePath the questionnaire with these answers filled in (and the invitation
 * kept)
 * @param advisorPath the advisor view of the result
 * @param qrPath the QR code as a PNG
 * @param sharePath where the result is shared with the group
 * @param schoolLinks the school's pages for a next step, in order; empty when the school
 * set none
 * @param programs the school's programs that fit the student; empty without a catalog
 * @param allProgramsUrl the school's list of all its programs, for a group of programs
 * longer than a page shows, or {@code null}
 * @param schoolName the school's name, or {@code null}
 */
public record ResultPage(Explanation result, String modelNote, Invitation invitation, String shareUrl, String mailto,
		QrCode qr, String changePath, String advisorPath, String qrPath, String sharePath, List<SchoolLink> schoolLinks,
		ProgramsThatFit programs, String allProgramsUrl, String schoolName) {

}
