package org.formatfit.questionnaire.web;

import org.formatfit.web.AppTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Any form, any pre-fill link and any JSON body gets an answer below 500.
 * {@code ./mvnw verify} replays the saved inputs;
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=QuestionnaireFuzzTest} fuzzes for real.
 */
@AppTest
class QuestionnaireFuzzTest {

	/** Real field names, so the fuzzer reaches the answers as often as the noise. */
	private static final String[] FIELDS = { "schedule.predictability", "schedule.live-sessions", "motivation.pace",
			"budget.goal", "from", "answers[300]", "class.module.classLoader" };

	/** Pages, a result, the API, the health probe, a group form, nothing. */
	private static final String[] PATHS = { "/", "/questionnaire", "/r/AQIEHmQfHZsd", "/api/v1/questionnaire",
			"/api/v1/recommendations", "/actuator/health", "/groups", "/nothing-here" };

	/**
	 * Headers the app, Spring or Actuator read: each a way in for a value of any shape.
	 */
	private static final String[] HEADERS = { "Accept", "Content-Type", "Accept-Language", "Origin", "Cookie",
			"Sec-Fetch-Site", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "If-None-Match",
			"If-Modified-Since", "Range", "Accept-Encoding", "Forwarded" };

	@Autowired
	MockMvc mvc;

	/**
	 * Any value of any header, and any {@code ?lang=}, on every kind of address: the
	 * shapes an outside probe found answering 500 (an empty language, a wildcard
	 * {@code Content-Type}, {@code Accept: ,}, an {@code Origin} that is no URL) and
	 * whatever else the fuzzer finds.
	 */
	@FuzzTest(maxDuration = "30s")
	void anyHeadersGetAnAnswerBelow500(FuzzedDataProvider data) throws Exception {
		String path = data.pickValue(PATHS);
		MockHttpServletRequestBuilder request = data.consumeBoolean() ? post(path) : get(path);
		if (data.consumeBoolean()) {
			request.param("lang", data.consumeString(10));
		}
		int headers = data.consumeInt(1, 4);
		for (int i = 0; i < headers; i++) {
			String name = data.pickValue(HEADERS);
			String value = data.consumeString(60);
			request.header(name, name.equals("Cookie") ? "formatfit-lang=" + value : value);
		}
		assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isLessThan(500);
	}

	@FuzzTest(maxDuration = "30s")
	void anyFormPostGetsAnAnswerBelow500(FuzzedDataProvider data) throws Exception {
		MockHttpServletRequestBuilder request = post("/questionnaire");
		int fields = data.consumeInt(0, 20);
		for (int i = 0; i < fields; i++) {
			String name = data.consumeBoolean() ? data.pickValue(FIELDS) : data.consumeString(30);
			request.param(name, data.consumeString(30));
		}
		assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isLessThan(500);
	}

	@FuzzTest(maxDuration = "30s")
	void anyPrefillLinkGetsAnAnswerBelow500(FuzzedDataProvider data) throws Exception {
		MockHttpServletRequestBuilder request = get("/questionnaire").param(data.pickValue(FIELDS),
				data.consumeString(40));
		request.param("from", data.consumeRemainingAsString());
		assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isLessThan(500);
	}

	@FuzzTest(maxDuration = "30s")
	void anyJsonBodyGetsAnAnswerBelow500(FuzzedDataProvider data) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/recommendations").contentType(MediaType.APPLICATION_JSON)
			.content(data.consumeRemainingAsBytes());
		assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isLessThan(500);
	}

}
