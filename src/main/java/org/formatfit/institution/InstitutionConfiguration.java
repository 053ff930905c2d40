package org.formatfit.institution;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks the school's links ({@code formatfit.institution.*}) at startup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InstitutionLinks.class)
class InstitutionConfiguration {

}
