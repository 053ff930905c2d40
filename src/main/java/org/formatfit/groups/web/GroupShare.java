package org.formatfit.groups.web;

import java.util.Locale;

import org.formatfit.groups.AdvisorGroup;
import org.formatfit.groups.Groups.NumberedResult;

import org.springframework.context.MessageSource;

/**
 * A result as its group shows it, for the advisor view opened from the group and for
 * removing it: who (the name the student chose, or "Result 3"), when, and the ways back
 * to the group and to removing it. Public, for the templates' compiled Spring EL.
 *
 * @param who the name the student shared it under, or its number in words
 * @param named whether the student gave a name
 * @param groupLabel the group's label
 * @param day the day it was shared, as the reader's language writes it
 * @param groupPath the group's page
 * @param removePath where the advisor removes it from the group
 */
public record GroupShare(String who, boolean named, String groupLabel, String day, String groupPath,
		String removePath) {

	/** The request attribute the advisor view reads. */
	public static final String ATTRIBUTE = "groupShare";

	static GroupShare of(String key, AdvisorGroup group, NumberedResult numbered, Locale locale,
			MessageSource messages) {
		String name = numbered.result().studentName();
		String who = (name != null) ? name
				: messages.getMessage("groups.page.open", new Object[] { numbered.number() }, locale);
		return new GroupShare(who, name != null, group.label(),
				new GroupDates(locale).date(numbered.result().sharedOn()), GroupPaths.path(GroupPaths.GROUP, key),
				GroupPaths.path(GroupPaths.REMOVE, key, numbered.result().id()));
	}

}
