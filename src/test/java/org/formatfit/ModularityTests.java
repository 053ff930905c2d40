package org.formatfit;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages honest: arrows run one way (pages and API, then sharing and
 * explaining, then scoring, then the questionnaire) and no module reaches into another's
 * internals.
 */
class ModularityTests {

	@Test
	void modulesDependOnEachOtherOneWayOnly() {
		ApplicationModules.of(FormatFitApplication.class).verify();
	}

}
