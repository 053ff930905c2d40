package org.formatfit.http;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The addresses features declared for a treatment ({@link PublicAddresses},
 * {@link FramedAddresses}, {@link StreamedAddresses}), as Spring path patterns parsed
 * once, matched against a path as the app maps it.
 */
final class DeclaredAddresses {

	private final List<PathPattern> patterns;

	private DeclaredAddresses(Stream<String> pathPatterns) {
		this.patterns = pathPatterns.map(PathPatternParser.defaultInstance::parse).toList();
	}

	/** Every address the declarations name, each read with {@code pathPatterns}. */
	static <T> DeclaredAddresses of(List<T> declarations, Function<T, List<String>> pathPatterns) {
		return new DeclaredAddresses(
				declarations.stream().flatMap((declaration) -> pathPatterns.apply(declaration).stream()));
	}

	boolean isEmpty() {
		return this.patterns.isEmpty();
	}

	/** Whether the request URI, within the app at this context path, is one of them. */
	boolean match(String requestUri, String contextPath) {
		PathContainer path = RequestPath.parse(requestUri, contextPath).pathWithinApplication();
		return this.patterns.stream().anyMatch((pattern) -> pattern.matches(path));
	}

}
