package org.formatfit.sharing.web;

import org.formatfit.http.ApiPaths;
import org.formatfit.http.PrivateAddresses;
import org.formatfit.questionnaire.QuestionnairePath;
import org.formatfit.sharing.ShareTokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A result's address carries the student's answers, so result pages and the API's results
 * must not leak it: not to a shared computer's cache, not to search engines.
 */
@Configuration(proxyBeanMethods = false)
class PrivateResults {

	/**
	 * The addresses that carry a share token or show answers: results, the API's results,
	 * and the questionnaire, which a result's "change my answers" link opens pre-filled.
	 */
	@Bean
	PrivateAddresses privateResultAddresses() {
		return PrivateAddresses.of(ShareTokens.LINK_PREFIX + "*", ApiPaths.RECOMMENDATIONS,
				ApiPaths.RECOMMENDATIONS + "/*", QuestionnairePath.PATH);
	}

}
