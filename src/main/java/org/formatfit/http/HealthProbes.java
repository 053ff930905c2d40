package org.formatfit.http;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's health probes, at the addresses and in the shape Spring Boot Actuator
 * uses: {@code /actuator/health/liveness} and {@code /readiness} answer
 * {@code {"status":"UP"}}, or a 503 when the app is broken or stopping. They read Spring
 * Boot's own availability states, which Boot moves to "refusing traffic" as soon as a
 * graceful shutdown begins.
 * <p>
 * Not Actuator itself: for three fixed answers it made FormatFit start about half a
 * second slower, a fifth of the time a minimal Spring Boot app takes
 * (docs/performance.md).
 */
@RestController
class HealthProbes {

	private final ApplicationAvailability availability;

	HealthProbes(ApplicationAvailability availability) {
		this.availability = availability;
	}

	/** Whether the app is alive and ready: the platform's summary. */
	@GetMapping("/actuator/health")
	ResponseEntity<Health> health() {
		ResponseEntity<Health> liveness = liveness();
		return (liveness.getBody() == Health.UP) ? readiness() : liveness;
	}

	/** Whether the app can work at all; a platform restarts it when not. */
	@GetMapping("/actuator/health/liveness")
	ResponseEntity<Health> liveness() {
		return answer((this.availability.getLivenessState() == LivenessState.CORRECT) ? Health.UP : Health.DOWN);
	}

	/** Whether the app takes requests; a platform sends it none when not. */
	@GetMapping("/actuator/health/readiness")
	ResponseEntity<Health> readiness() {
		return answer((this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) ? Health.UP
				: Health.OUT_OF_SERVICE);
	}

	private static ResponseEntity<Health> answer(Health health) {
		return ResponseEntity.status((health == Health.UP) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(health);
	}

	/**
	 * A probe's answer, in Actuator's words.
	 *
	 * @param status {@code UP}, {@code DOWN} or {@code OUT_OF_SERVICE}
	 */
	record Health(String status) {

		static final Health UP = new Health("UP");

		static final Health DOWN = new Health("DOWN");

		static final Health OUT_OF_SERVICE = new Health("OUT_OF_SERVICE");

	}

}
