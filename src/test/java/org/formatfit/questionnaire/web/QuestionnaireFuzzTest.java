package org.formatfit.questionnaire.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireFuzzTest {

	/** Real field names, so the fuzzer reaches the answers as often as the noise. */
	private static final String[] FIELDS = { "schedule.predictability", "schedule.live-sessions", "motivation.pace",
			"budget.goal", "from", "answers[300]", "class.module.classLoader" };

	@Autowired
	MockMvc mvc;

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
