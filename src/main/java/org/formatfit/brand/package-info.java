/**
 * The school's own look: its name and logo at the top of every page, and its colour,
 * checked for contrast when the app starts and served as a stylesheet of FormatFit's own.
 */
@ApplicationModule(allowedDependencies = { "http" })
package org.formatfit.brand;

import org.springframework.modulith.ApplicationModule;
