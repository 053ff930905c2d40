/**
 * Share links: the compact, versioned, strictly decoded token that carries an answer set
 * and the scoring model version, so that a result lives in its link and nowhere else.
 */
@ApplicationModule(allowedDependencies = { "questionnaire", "recommendation", "recommendation :: words", "institution",
		"catalog", "http", "errors" })
package org.formatfit.sharing;

import org.springframework.modulith.ApplicationModule;
