/**
 * The JSON API (v1) of the public contract: the questionnaire, recommendations and share
 * tokens, with errors as RFC 9457 problem details.
 */
@ApplicationModule(allowedDependencies = { "questionnaire", "recommendation", "recommendation :: words", "sharing",
		"catalog", "http", "errors" })
package org.formatfit.api;

import org.springframework.modulith.ApplicationModule;
