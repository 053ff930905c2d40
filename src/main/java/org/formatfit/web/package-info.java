/**
 * The pages: home, the questionnaire form and the results page. Controllers, form objects
 * and view models; the words come from {@code explaining}, the results from
 * {@code sharing}.
 */
package org.formatfit.web;
