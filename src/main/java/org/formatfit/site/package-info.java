/**
 * The pages that are the same for everyone: home, the advisors' guide, privacy and "How
 * FormatFit decides".
 */
@ApplicationModule(
		allowedDependencies = { "questionnaire", "recommendation", "recommendation :: words", "sharing", "http" })
package org.formatfit.site;

import org.springframework.modulith.ApplicationModule;
