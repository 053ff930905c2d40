package org.formatfit.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Whether a page is shown inside another site's frame, as the address says
 * ({@code ?embed}): the snippet a school pastes asks for it. Inside a frame the browser
 * keeps no cookie of ours, so the page's links and forms carry the language in the
 * address ({@link #link}), and whatever leaves the pages that may be framed opens in a
 * tab of its own.
 *
 * @param embedded whether the page was asked for as framed
 */
public record Framing(boolean embedded) {

	/** The parameter that asks for the framed page. */
	public static final String PARAMETER = "embed";

	/** The request attribute the templates read. */
	public static final String ATTRIBUTE = "framing";

	private static final Framing TOP_LEVEL = new Framing(false);

	private static final Framing FRAMED = new Framing(true);

	/** The framing the request asked for. */
	public static Framing of(HttpServletRequest request) {
		return (request.getParameter(PARAMETER) != null) ? FRAMED : TOP_LEVEL;
	}

	/**
	 * A link within the framed pages: the path as it is at the top level; framed, with
	 * {@code embed} and the page's language added to its query.
	 * @param path a path within the site, with or without a query
	 */
	public String link(String path) {
		if (!this.embedded) {
			return path;
		}
		return UriComponentsBuilder.fromUriString(path)
			.replaceQueryParam(PARAMETER, "1")
			// The language switch's parameter (language.LanguageSwitch).
			.replaceQueryParam("lang", LocaleContextHolder.getLocale().toLanguageTag())
			.build()
			.toUriString();
	}

	/** Puts the request's framing where the templates read it, on every page. */
	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer, HandlerInterceptor {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(this);
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			request.setAttribute(ATTRIBUTE, of(request));
			return true;
		}

	}

}
