/**
 * The question bank (sections, questions, options and their public ids) and the complete,
 * checked answer set. Depends on nothing else in FormatFit.
 */
@ApplicationModule(allowedDependencies = { "language" })
package org.formatfit.questionnaire;

import org.springframework.modulith.ApplicationModule;
