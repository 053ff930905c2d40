/**
 * The question bank (sections, questions, options and their public ids) and the complete,
 * checked answer set, and the questionnaire's page. Depends on the reader's language and
 * on what every page goes through ({@code http}).
 */
@ApplicationModule(allowedDependencies = { "language", "http" })
package org.formatfit.questionnaire;

import org.springframework.modulith.ApplicationModule;
