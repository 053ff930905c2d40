package org.formatfit.catalog;

/**
 * When an offering's live sessions happen, as far as its catalog says: from schema.org's
 * {@code CourseInstance.courseSchedule} ({@code Schedule}: {@code byDay},
 * {@code startTime}, {@code scheduleTimezone}).
 *
 * @param atSetTimes whether sessions start at a set time of day ({@code startTime} is
 * given): a student who can rarely be online at set times needs to know
 * @param timeZone the schedule's time zone as the catalog writes it (e.g.
 * {@code America/Chicago}), or {@code null}; text, at most
 * {@value CatalogFile#MOST_TIME_ZONE_CHARACTERS} characters
 */
public record LiveSessions(boolean atSetTimes, String timeZone) {

}
