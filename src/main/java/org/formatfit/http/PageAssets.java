package org.formatfit.http;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The addresses of the stylesheet, the script and the icon every page loads, with a hash
 * of their content in the name ({@code /assets/css/formatfit-<hash>.css}), so that
 * browsers keep them for a year and fetch them again only when they change.
 * <p>
 * They are worked out once and given to every page, error pages included, as the template
 * variable {@value #VARIABLE}. The usual way, {@code @{/assets/…}} links rewritten by
 * Spring's {@link ResourceUrlEncodingFilter}, looked the files up again for every page
 * and wrapped every request: about 3 % of a results page's CPU time
 * (docs/performance.md). The layout still writes them as {@code @{…}} links, which adds
 * the context path, if any.
 */
@Configuration(proxyBeanMethods = false)
class PageAssets {

	/** The variable the layout reads: an {@link Assets}. */
	static final String VARIABLE = "assets";

	@Bean
	Assets pageAssetLinks(ObjectProvider<ResourceUrlProvider> urls) {
		return new Assets(urls);
	}

	/**
	 * A variable of every view the resolver makes, so that no page depends on a step of
	 * the request having run first.
	 */
	@Bean
	SmartInitializingSingleton assetsOnEveryPage(ThymeleafViewResolver thymeleafViewResolver, Assets assets) {
		return () -> thymeleafViewResolver.addStaticVariable(VARIABLE, assets);
	}

	/** A missing or renamed file stops the app at startup, not on its first page. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> assetsExist(Assets assets) {
		return (ready) -> assets.links();
	}

	/**
	 * Spring Boot adds the filter when content-hashed URLs are on; no page needs it,
	 * since no template writes an {@code @{/assets/…}} link.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The content-hashed addresses a page links to. Public, like the other values the
	 * layout reads, so that the templates' compiled Spring EL can call it.
	 */
	public static final class Assets {

		/**
		 * Asked when the app is ready or on the first page, whichever comes first: it
		 * learns the static folders when the application has started, and Spring MVC,
		 * which makes it, is configured after this class.
		 */
		private final ObjectProvider<ResourceUrlProvider> urls;

		private volatile Links links;

		Assets(ObjectProvider<ResourceUrlProvider> urls) {
			this.urls = urls;
		}

		public String css() {
			return links().css();
		}

		public String js() {
			return links().js();
		}

		public String icon() {
			return links().icon();
		}

		Links links() {
			Links known = this.links;
			if (known == null) {
				known = new Links(url("/assets/css/formatfit.css"), url("/assets/js/formatfit.js"),
						url("/assets/favicon.svg"));
				this.links = known;
			}
			return known;
		}

		private String url(String path) {
			String versioned = this.urls.getObject().getForLookupPath(path);
			if (versioned == null) {
				throw new IllegalStateException("No static file at " + path);
			}
			return versioned;
		}

		record Links(String css, String js, String icon) {

		}

	}

}
