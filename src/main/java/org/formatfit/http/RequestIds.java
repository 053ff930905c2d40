package org.formatfit.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Gives every request a short random id: on every log line it causes, in the
 * {@code X-Request-Id} header, and on the error page, so that an advisor can report a
 * problem and it can be found. An error that escapes is logged here, once, with the id
 * and without the address (which may hold a share token), and answered with the error
 * page.
 */
public class RequestIds extends OncePerRequestFilter {

	/** The request attribute and log key that hold the id. */
	public static final String ATTRIBUTE = "requestId";

	private static final Logger logger = LoggerFactory.getLogger(RequestIds.class);

	private static final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = newId();
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader("X-Request-Id", id);
		MDC.put(ATTRIBUTE, id);
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (hasCause(failure, "ClientAbortException")) {
				// The client closed the connection: nobody is left to answer, nothing
				// went wrong.
				return;
			}
			boolean tooLarge = hasCause(failure, BodyTooLarge.class.getSimpleName());
			if (!tooLarge) {
				logger.error("Request failed: {} {}", request.getMethod(), brief(failure, request));
				request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
			}
			if (!response.isCommitted()) {
				// Keep the headers already set (security, request id); drop any
				// half-written body.
				response.resetBuffer();
				response.sendError(tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
						: HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
			}
		}
		finally {
			MDC.remove(ATTRIBUTE);
		}
	}

	/**
	 * The failure in one line: each cause's type and message, and where the first one
	 * happened. Anything the address holds (a share token, say) is cut out of the
	 * messages, which sometimes quote it.
	 */
	static String brief(Throwable failure, HttpServletRequest request) {
		Throwable first = failure;
		while (first instanceof ServletException && first.getCause() != null && first.getCause() != first) {
			first = first.getCause();
		}
		StringBuilder line = new StringBuilder();
		Throwable deepest = first;
		int depth = 0;
		for (Throwable cause = first; cause != null && depth < 5; cause = cause.getCause(), depth++) {
			if (depth > 0) {
				line.append("; cause: ");
			}
			line.append(cause.getClass().getName());
			if (cause.getMessage() != null) {
				line.append(": ").append(withoutAddress(cause.getMessage(), request));
			}
			deepest = cause;
			if (cause.getCause() == cause) {
				break;
			}
		}
		StackTraceElement[] frames = deepest.getStackTrace();
		if (frames.length > 0) {
			line.append(" at ").append(frames[0]);
		}
		return line.toString().replaceAll("[\\r\\n]+", " ");
	}

	private static String withoutAddress(String message, HttpServletRequest request) {
		String cleaned = message;
		for (String part : addressParts(request)) {
			cleaned = cleaned.replace(part, "…");
		}
		return (cleaned.length() > 300) ? cleaned.substring(0, 300) + "…" : cleaned;
	}

	/**
	 * The address's path segments and query values, as sent and decoded, longest first.
	 */
	private static List<String> addressParts(HttpServletRequest request) {
		Set<String> parts = new HashSet<>();
		String query = request.getQueryString();
		String address = request.getRequestURI() + ((query != null) ? "?" + query : "");
		for (String part : address.split("[/?&=;\\\\]")) {
			if (part.length() >= 8) {
				parts.add(part);
				try {
					parts.add(UriUtils.decode(part, StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException notEncodedProperly) {
					// Kept as sent.
				}
			}
		}
		return parts.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	private static boolean hasCause(Throwable failure, String simpleName) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals(simpleName)) {
				return true;
			}
		}
		return false;
	}

	private static String newId() {
		byte[] bytes = new byte[6];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<RequestIds> requestIds() {
			FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
			return registration;
		}

	}

}
