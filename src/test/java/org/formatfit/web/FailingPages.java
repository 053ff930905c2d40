package org.formatfit.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import org.formatfit.sharing.ShareTokens;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Addresses that fail on purpose, the way a bug would, for the tests of what a failure
 * looks like from outside: a page, a result's address, the API. Only {@link AppTest}
 * contexts have them; springdoc leaves them out of the API's document.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingPages {

	/** A failure at a result's address, where the answer must stay private. */
	public static final String AT_A_RESULT = ShareTokens.LINK_PREFIX + "test-failure/";

	/** A failure under the JSON API, answered with problem details. */
	public static final String IN_THE_API = "/api/v1/test/fail";

	/** A failure whose message quotes the address it was asked for. */
	public static final String QUOTING_THE_ADDRESS = "/test/quote/";

	/** A template that fails after its first paragraph. */
	public static final String HALFWAY_THROUGH_A_TEMPLATE = "/test/fails-halfway";

	/**
	 * Whether a handler is one of these, which tests that go through every address the
	 * app maps leave out: they are not the app's.
	 */
	public static boolean handles(HandlerMethod handler) {
		return handler.getBeanType().getEnclosingClass() == FailingPages.class;
	}

	/** A member of an imported configuration, so registered with it. */
	@Controller
	@Hidden
	static class Failures {

		@GetMapping({ "/test/fail/{token}", IN_THE_API, ShareTokens.LINK_PATH + "/test-failure",
				AT_A_RESULT + "{token}" })
		@ResponseBody
		String fail() {
			throw new IllegalStateException("the test failure");
		}

		@GetMapping(QUOTING_THE_ADDRESS + "{token}")
		@ResponseBody
		String quote(@PathVariable String token) {
			throw new IllegalArgumentException("No result for " + QUOTING_THE_ADDRESS + token,
					new IllegalStateException("token " + token + " could not be read"));
		}

		/** Headers too large for Tomcat's buffer, set before the body is written. */
		@GetMapping(ShareTokens.LINK_PATH + "/test-large-headers")
		@ResponseBody
		String largeHeaders(HttpServletResponse response) {
			response.setHeader("X-Large", "x".repeat(5000));
			return "small";
		}

		@GetMapping(HALFWAY_THROUGH_A_TEMPLATE)
		String failsHalfway() {
			return "test/fails-halfway";
		}

	}

}
