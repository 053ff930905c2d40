package org.formatfit;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature modules honest: each module's {@code package-info.java} declares the
 * modules it may use, and a type from any other module, or from another module's
 * sub-package that is not a named interface, fails here. The arrows run one way: the
 * pages and the API, then sharing, then the recommendation, then the questionnaire; under
 * all of them errors, language and http. The module documentation in {@code docs/modules}
 * is written from the same model by {@link ModuleDocs}.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(FormatFitApplication.class);

	@Test
	void modulesUseOnlyTheModulesTheyDeclare() {
		MODULES.verify();
	}

}
