package org.formatfit.sharing.web;

import java.util.List;

import org.formatfit.catalog.ProgramsThatFit;

import org.formatfit.institution.SchoolLink;
import org.formatfit.recommendation.words.AdvisorNotes;
import org.formatfit.recommendation.words.Explanation;
import org.formatfit.sharing.QrCode;

/**
 * Everything the advisor view of a result shows, worked out once per request. Public, so
 * that the template's Spring EL can be compiled.
 *
 * @param result the result in the student's words
 * @param advice what the advisor reads about it
 * @param modelNote the format the current model would suggest instead, named, when the
 * link is of an older model version that differs; otherwise {@code null}
 * @param shareUrl the student's link, in full
 * @param qr that link as a QR code, the way back on paper
 * @param resultPath the student's page
 * @param schoolLinks the school's pages for a next step, in order; empty when the school
 * set none
 * @param programs the school's programs that fit the student; empty without a catalog
 * @param allProgramsUrl the school's list of all its programs, for a group of programs
 * longer than a page shows, or {@code null}
 * @param schoolName the school's name, or {@code null}
 */
public record AdvisorPage(Explanation result, AdvisorNotes advice, String modelNote, String shareUrl, QrCode qr,
		String resultPath, List<SchoolLink> schoolLinks, ProgramsThatFit programs, String allProgramsUrl,
		String schoolName) {

}
