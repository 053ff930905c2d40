package org.formatfit.http;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.parser.AcceptEncoding;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages (HTML from the app's controllers) gzipped at zlib level 1, where Tomcat, which
 * gzips everything else, has no level setting and uses 6. Level 1 takes about half the
 * CPU for pages about an eighth larger (docs/performance.md). Spring's
 * {@link ContentCachingResponseWrapper} holds the page; Tomcat's own parser reads
 * Accept-Encoding; Tomcat leaves alone a response that already has an encoding.
 */
class PageGzip extends OncePerRequestFilter {

	private final long minimumSize;

	private final int level;

	/**
	 * @throws IllegalArgumentException at startup for a level zlib has no use for here,
	 * not on every page
	 */
	PageGzip(Compression compression, int level) {
		if (level < Deflater.BEST_SPEED || level > Deflater.BEST_COMPRESSION) {
			throw new IllegalArgumentException("formatfit.page-compression-level is from 1 to 9, not " + level);
		}
		this.minimumSize = compression.getMinResponseSize().toBytes();
		this.level = level;
	}

	/** GET and POST pages for readers that take gzip; not static files, not HEAD. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "POST".equals(method)) || request.getServletPath().startsWith("/assets/")
				|| ApiPaths.isApi(request) || !acceptsGzip(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, page);
		if (!isHtml(page.getContentType()) || page.getContentSize() < this.minimumSize || response.isCommitted()
				|| response.containsHeader(HttpHeaders.CONTENT_ENCODING)) {
			page.copyBodyToResponse();
			return;
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		try (GZIPOutputStream gzip = new GZIPOutputStream(response.getOutputStream(), 8192) {
			{
				this.def.setLevel(PageGzip.this.level);
			}
		}) {
			page.getContentInputStream().transferTo(gzip);
		}
	}

	private static boolean isHtml(String contentType) {
		return contentType != null && MediaType.TEXT_HTML.isCompatibleWith(MimeTypeUtils.parseMimeType(contentType));
	}

	/** As Tomcat judges it: some Accept-Encoding names gzip. */
	private static boolean acceptsGzip(HttpServletRequest request) {
		for (String header : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
			try {
				if (AcceptEncoding.parse(new StringReader(header))
					.stream()
					.anyMatch((encoding) -> "gzip".equalsIgnoreCase(encoding.getEncoding()))) {
					return true;
				}
			}
			catch (IOException unreadable) {
				return false;
			}
		}
		return false;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PageGzip> pageGzip(ServerProperties server,
				@Value("${formatfit.page-compression-level:1}") int level) {
			FilterRegistrationBean<PageGzip> registration = new FilterRegistrationBean<>(
					new PageGzip(server.getCompression(), level));
			registration.setEnabled(Boolean.TRUE.equals(server.getCompression().getEnabled()));
			return registration;
		}

	}

}
