package org.formatfit.http;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The script a school's page loads beside the frame, at an address that never changes
 * ({@code /assets/embed.js}): the school pastes it once. Cached for a day rather than the
 * year of the app's other files, whose names change with their content, so that a fix
 * reaches every school's page within a day. Other sites may load it
 * ({@link SecurityHeaders}). Declared public as a handler of its own, beside
 * {@code /assets/**}.
 */
@Controller
class EmbedScript {

	static final String PATH = "/assets/embed.js";

	private static final Resource SCRIPT = new ClassPathResource("static/embed.js");

	@GetMapping(value = PATH, produces = "text/javascript")
	ResponseEntity<Resource> script() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(SCRIPT);
	}

	@Bean
	static PublicAddresses sharedScript() {
		return PublicAddresses.of(PATH);
	}

}
