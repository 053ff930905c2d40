/**
 * What the school that runs FormatFit adds to it: its look (name, logo and colour,
 * checked for contrast when the app starts and served as a stylesheet of FormatFit's own)
 * and links to its own next steps (a talk with an advisor, its programs, orientation),
 * shown where a result leads on. All of it set by the operator.
 */
@ApplicationModule(allowedDependencies = { "http" })
package org.formatfit.institution;

import org.springframework.modulith.ApplicationModule;
