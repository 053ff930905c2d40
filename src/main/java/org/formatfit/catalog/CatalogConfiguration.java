package org.formatfit.catalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the school's catalog once, as the app starts
 * ({@code formatfit.catalog.location}): a catalog it cannot read stops the start. Without
 * the setting, the catalog is {@link Catalog#NONE}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogSettings.class)
class CatalogConfiguration {

	@Bean
	Catalog catalog(CatalogSettings settings) {
		return (settings.location() != null) ? CatalogFile.read(settings.location(), settings.source()) : Catalog.NONE;
	}

	@Bean
	FittingPrograms fittingPrograms(Catalog catalog) {
		return new FittingPrograms(catalog);
	}

}
