package org.formatfit.http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.formatfit.web.AppTest;
import org.formatfit.web.FailingPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address the app maps is private (never cached, never indexed) unless a feature
 * declared it public: a new page that holds a token, a key or answers is safe before
 * anyone thinks of it. Each mapped path is asked for with each of its methods, over real
 * HTTP, whatever the status it answers.
 */
@AppTest
class PrivateByDefaultTests {

	/** Values for the path variables; the status does not matter, the headers do. */
	private static final Map<String, String> VARIABLES = Map.of("token", ResponseHeadersTests.TOKEN, "key",
			"k9uhbpqk2xv5zwm3e7ra", "code", "k9uhbpqk", "secret", "k9uhbpqk2xv5zwm3e7ra", "id", "1");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	List<PublicAddresses> publicAddresses;

	/** Public is a decision: this list changes only with one. */
	@Test
	void declaresOnlyPagesThatHoldNothingOfAReadersPublic() {
		assertThat(this.publicAddresses.stream().flatMap((addresses) -> addresses.pathPatterns().stream()))
			.containsExactlyInAnyOrder("/", "/advisors", "/advisors/questionnaire-qr.png", "/method", "/privacy",
					"/accessibility", "/assets/**", "/assets/embed.js", "/brand/style.css", "/brand/logo.png",
					ApiPaths.QUESTIONNAIRE, "/v3/api-docs", "/v3/api-docs.yaml");
	}

	@Test
	void answersEveryMappedPathPrivatelyUnlessItIsDeclaredPublic() throws Exception {
		Set<String> publicPatterns = new TreeSet<>();
		this.publicAddresses.forEach((addresses) -> publicPatterns.addAll(addresses.pathPatterns()));
		List<String> checked = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : this.mappings.getHandlerMethods().entrySet()) {
			if (FailingPages.handles(handler.getValue())) {
				continue;
			}
			RequestMappingInfo mapping = handler.getKey();
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			for (String pattern : mapping.getPatternValues()) {
				String path = UriComponentsBuilder.fromPath(pattern).buildAndExpand(VARIABLES).toUriString();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					HttpResponse<String> answer = new Call(method.name(), path, null, null).sendTo(this.port);
					String where = method + " " + pattern + " (" + answer.statusCode() + ")";
					if (publicPatterns.contains(pattern) && answer.statusCode() < 400) {
						assertThat(answer.headers().firstValue(PrivacyHeaders.ROBOTS_TAG)).as(where).isEmpty();
					}
					else {
						assertThat(answer.headers().firstValue("Cache-Control")).as(where)
							.hasValue(PrivacyHeaders.NOT_STORED);
						assertThat(answer.headers().firstValue(PrivacyHeaders.ROBOTS_TAG)).as(where)
							.hasValue(PrivacyHeaders.NOT_INDEXED);
					}
					checked.add(where);
				}
			}
		}
		// The results, the groups, the questionnaire, the API and the site's pages.
		assertThat(checked).hasSizeGreaterThan(20);
	}

}
