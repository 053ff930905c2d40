/**
 * What the school that runs FormatFit adds to it: links to its own next steps (a talk
 * with an advisor, its programs, orientation), set by the operator and shown where a
 * result leads on. Depends on nothing else in FormatFit.
 */
@ApplicationModule(allowedDependencies = {})
package org.formatfit.institution;

import org.springframework.modulith.ApplicationModule;
