package org.formatfit.http;

import java.net.http.HttpResponse;

import org.formatfit.web.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health probes follow the app's availability, as a platform needs: a stopping app is
 * out of service, a broken one is down, both with a 503. The probes answer
 * {@code {"status":"UP"}} and no more; the summary at {@code /actuator/health} also lists
 * the probes (Actuator's {@code groups}).
 */
@AppTest
class HealthProbesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void backToHealthy() {
		AvailabilityChangeEvent.publish(this.context, LivenessState.CORRECT);
		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void sayUpWhenTheAppIsReady() throws Exception {
		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> response = Call.get(probe).sendTo(this.port);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(probe)
				.hasValueSatisfying((type) -> assertThat(type).matches("application/([a-z0-9.-]+\\+)?json.*"));
			assertThat(body(probe, response)).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
	}

	@Test
	void sayOutOfServiceOnceTheAppRefusesTraffic() throws Exception {
		// What Spring Boot publishes when a graceful shutdown begins.
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);

		for (String probe : new String[] { "/actuator/health", "/actuator/health/readiness" }) {
			HttpResponse<String> response = Call.get(probe).sendTo(this.port);
			assertThat(response.statusCode()).as(probe).isEqualTo(503);
			assertThat(body(probe, response)).as(probe).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
		}
		assertThat(Call.get("/actuator/health/liveness").sendTo(this.port).statusCode()).isEqualTo(200);
	}

	@Test
	void sayDownWhenTheAppIsBroken() throws Exception {
		AvailabilityChangeEvent.publish(this.context, LivenessState.BROKEN);

		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness" }) {
			HttpResponse<String> response = Call.get(probe).sendTo(this.port);
			assertThat(response.statusCode()).as(probe).isEqualTo(503);
			assertThat(body(probe, response)).as(probe).isEqualTo("{\"status\":\"DOWN\"}");
		}
	}

	/** The probe's answer; the summary's without the list of probes. */
	private static String body(String probe, HttpResponse<String> response) {
		String groups = "\"groups\":[\"liveness\",\"readiness\"],";
		if (probe.equals("/actuator/health")) {
			assertThat(response.body()).as(probe).contains(groups);
		}
		return response.body().replace(groups, "");
	}

}
