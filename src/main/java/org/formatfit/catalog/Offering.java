package org.formatfit.catalog;

/**
 * One way a program is offered: a schema.org {@code CourseInstance}, or the program as a
 * whole where the catalog describes it so ({@code EducationalOccupationalProgram}, CTDL).
 *
 * @param format what FormatFit makes of its mode values
 * @param liveSessions when its live sessions happen, or {@code null} when the catalog
 * gives no schedule
 */
public record Offering(ProgramFormat format, LiveSessions liveSessions) {

}
