/**
 * The pages that are the same for everyone: home, the advisors' guide, privacy, "How
 * FormatFit decides" and the accessibility statement.
 */
@ApplicationModule(
		allowedDependencies = { "questionnaire", "recommendation", "recommendation :: words", "sharing", "http" })
package org.formatfit.site;

import org.springframework.modulith.ApplicationModule;
