package org.formatfit.language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the browser's Accept-Language leniently, for the app and for Tomcat's own error
 * reports alike: any length (Tomcat's own parser refuses more than 10 entries with an
 * exception, and a browser with five or six languages set up sends more), junk tags,
 * q-values that are no number or out of range. The answer is always one of FormatFit's
 * languages: those the header asks for, best first, else the base language. The request
 * the app sees answers {@code getLocale()} and {@code getLocales()} from this reading, so
 * Tomcat's parser never runs.
 */
public final class AcceptLanguage extends OncePerRequestFilter {

	/** The header as Tomcat accepts it is at most 8 KB: one pass over it is cheap. */
	static List<Locale> ours(String header) {
		List<Locale> languages = LanguageConfiguration.LANGUAGES;
		if (header == null || header.isEmpty()) {
			return List.of();
		}
		List<Wanted> wanted = new ArrayList<>();
		int position = 0;
		for (String entry : header.split(",", -1)) {
			String[] parts = entry.split(";", -1);
			String primary = primarySubtag(parts[0]);
			double quality = quality(parts);
			if (quality > 0 && !primary.isEmpty()) {
				for (Locale language : languages) {
					if (language.getLanguage().equals(primary)) {
						wanted.add(new Wanted(language, quality, position++));
					}
				}
			}
		}
		wanted.sort(Comparator.comparingDouble(Wanted::quality).reversed().thenComparingInt(Wanted::position));
		return wanted.stream().map(Wanted::language).distinct().toList();
	}

	/** The first of our languages the header asks for, or the base language. */
	public static Locale first(String header) {
		List<Locale> ours = ours(header);
		return ours.isEmpty() ? LanguageConfiguration.BASE_LANGUAGE : ours.get(0);
	}

	private static String primarySubtag(String tag) {
		String trimmed = tag.strip();
		int end = 0;
		while (end < trimmed.length() && end < 8 && isAsciiLetter(trimmed.charAt(end))) {
			end++;
		}
		boolean whole = end == trimmed.length() || trimmed.charAt(end) == '-' || trimmed.charAt(end) == '_';
		return whole ? trimmed.substring(0, end).toLowerCase(Locale.ROOT) : "";
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** The entry's q, 1 if none, clamped to 0..1; a q that is no number counts as 0. */
	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
				String value = parameter.substring(2).strip();
				if (value.isEmpty() || value.length() > 8) {
					return 0;
				}
				try {
					double quality = Double.parseDouble(value);
					return Double.isNaN(quality) ? 0 : Math.max(0, Math.min(1, quality));
				}
				catch (NumberFormatException notANumber) {
					return 0;
				}
			}
		}
		return 1;
	}

	private record Wanted(Locale language, double quality, int position) {

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Request(request), response);
	}

	/** Error pages are rendered in a second dispatch, with Tomcat's own request again. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static final class Request extends HttpServletRequestWrapper {

		private List<Locale> locales;

		Request(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Locale getLocale() {
			return locales().get(0);
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(locales());
		}

		private List<Locale> locales() {
			if (this.locales == null) {
				List<Locale> ours = ours(getHeader("Accept-Language"));
				this.locales = ours.isEmpty() ? List.of(LanguageConfiguration.BASE_LANGUAGE) : ours;
			}
			return this.locales;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<AcceptLanguage> acceptLanguage() {
			FilterRegistrationBean<AcceptLanguage> registration = new FilterRegistrationBean<>(new AcceptLanguage());
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
			return registration;
		}

	}

}
