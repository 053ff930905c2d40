package org.formatfit.http;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every response carries, pages, API, static files and error pages alike. A
 * small filter rather than Spring Security: FormatFit has no login and no session, so
 * there is nothing else for Spring Security to do, and no session token that could expire
 * under a slow student or block another site's server from calling the API.
 */
public class SecurityHeaders extends OncePerRequestFilter {

	/**
	 * Only the app's own scripts, styles, images and fonts; no inline script or style, no
	 * frames inside the page, no plugins, forms posting only back to the app.
	 */
	private static final String OWN_PARTS_ONLY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "base-uri 'none'; object-src 'none'; frame-ancestors ";

	/**
	 * The policy of every page no other site may frame: all but {@link FramedAddresses}.
	 */
	public static final String CONTENT_SECURITY_POLICY = OWN_PARTS_ONLY + "'none'";

	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

	/** Two years, the usual span for sites that are on HTTPS for good. */
	public static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

	/** Content types as declared, never sniffed. */
	public static final String NO_SNIFF = "nosniff";

	/** Result links carry answers; no page should pass its address on to another site. */
	public static final String NO_REFERRER = "no-referrer";

	/** Only FormatFit's own pages may embed its images, scripts and styles. */
	public static final String SAME_ORIGIN = "same-origin";

	/** The policy of the pages other sites may frame, when the operator allows some. */
	private final String framedPolicy;

	private final DeclaredAddresses framedAddresses;

	/** Whether schools may frame pages, and so load the script that sizes the frame. */
	private final boolean embedScriptShared;

	SecurityHeaders(Embedding embedding, List<FramedAddresses> framedAddresses) {
		this.embedScriptShared = embedding.anyAllowed();
		this.framedPolicy = OWN_PARTS_ONLY + embedding.frameAncestors();
		// Without a school allowed to frame, no page may be framed.
		this.framedAddresses = DeclaredAddresses.of(embedding.anyAllowed() ? framedAddresses : List.of(),
				FramedAddresses::pathPatterns);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getProtocol().isEmpty()) {
			// HTTP/0.9 (Tomcat gives it no protocol name): its answers have no headers,
			// so nothing sent to it could carry these. It gets no content at all.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.flushBuffer();
			return;
		}
		set(response::setHeader, request.isSecure());
		if (mayBeFramed(request)) {
			response.setHeader("Content-Security-Policy", this.framedPolicy);
		}
		else if (this.embedScriptShared
				&& EmbedScript.PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			// The one file other sites' pages load: the script that sizes the frame.
			response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the page, or the error page shown in its place, is at an address other
	 * sites may frame: a broken link inside a school's frame shows our friendly page
	 * there, not the browser's refusal.
	 */
	private boolean mayBeFramed(HttpServletRequest request) {
		if (this.framedAddresses.isEmpty()) {
			return false;
		}
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String original) ? original : request.getRequestURI();
		try {
			return this.framedAddresses.match(uri, request.getContextPath());
		}
		catch (IllegalArgumentException notOurs) {
			return false;
		}
	}

	/**
	 * Sets the headers every response carries through {@code header} (name, value): the
	 * one list for this filter and for Tomcat's error reports
	 * ({@code errors.TomcatRefusals}).
	 * @param secure whether the request came over HTTPS
	 */
	public static void set(BiConsumer<String, String> header, boolean secure) {
		header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		header.accept("X-Content-Type-Options", NO_SNIFF);
		header.accept("Referrer-Policy", NO_REFERRER);
		header.accept("Cross-Origin-Resource-Policy", SAME_ORIGIN);
		header.accept("Permissions-Policy", PERMISSIONS_POLICY);
		if (secure) {
			header.accept("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}

	/** Error pages are rendered in a second dispatch; they need the headers too. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(Embedding.class)
	static class Registration {

		@Bean
		FilterRegistrationBean<SecurityHeaders> securityHeaders(Embedding embedding,
				List<FramedAddresses> framedAddresses) {
			FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(
					new SecurityHeaders(embedding, framedAddresses));
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

		/**
		 * No other site's script may call FormatFit from a browser: Spring's own filter
		 * refuses every CORS preflight with 403, so it never hears of methods no address
		 * takes. A call that needs no preflight gets no CORS header, and the answer stays
		 * unreadable to the other site's script.
		 */
		@Bean
		FilterRegistrationBean<CorsFilter> noCallsFromOtherSitesScripts() {
			CorsConfiguration noOtherOrigin = new CorsConfiguration();
			FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(
					new CorsFilter((request) -> CorsUtils.isPreFlightRequest(request) ? noOtherOrigin : null));
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
			return registration;
		}

	}

}
