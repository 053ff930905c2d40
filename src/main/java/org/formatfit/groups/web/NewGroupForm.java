package org.formatfit.groups.web;

/**
 * The form that makes a group, as first shown or sent back with what is wrong. Public, so
 * that the template's Spring EL can be compiled.
 *
 * @param label the label as the advisor typed it
 * @param problem what is wrong with it, in the reader's words, or {@code null}
 * @param labelMax the most characters a label may have
 * @param retentionMonths how long a group is kept
 */
public record NewGroupForm(String label, String problem, int labelMax, long retentionMonths) {

}
