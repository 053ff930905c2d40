package org.formatfit.groups.web;

import org.formatfit.http.ApiPaths;
import org.formatfit.http.PrivateAddresses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The groups' answers are never cached nor indexed, whatever their status: their
 * addresses hold a group's key, a join code or a withdraw secret. Forms sent from another
 * site are refused by {@link CrossSiteForms}.
 */
@Configuration(proxyBeanMethods = false)
class PrivateGroupAddresses {

	@Bean
	PrivateAddresses groupAddresses() {
		return PrivateAddresses.of(GroupPaths.GROUPS, GroupPaths.GROUPS + "/*", GroupPaths.JOIN_PREFIX + "*",
				GroupPaths.WITHDRAW_PREFIX + "*", GroupPaths.WITHDRAWN, ApiPaths.GROUPS + "/*");
	}

}
