package org.formatfit.sharing;

import org.formatfit.recommendation.ScoringModels;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Reads and checks every released model's data file while the app starts, so that a
 * broken file stops the app at once rather than failing the first student whose link
 * names that version.
 */
@Component
class ReleasedModels implements InitializingBean {

	@Override
	public void afterPropertiesSet() {
		ScoringModels.released();
	}

}
