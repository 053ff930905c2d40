package org.formatfit.institution;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.formatfit.http.PublicAddresses;

import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The school's stylesheet and logo, from FormatFit's own address: the pages'
 * Content-Security-Policy allows nothing else. Their addresses carry
 * {@link Brand#version()}, so they are cached as long as the app's other files.
 */
@Controller
class BrandController {

	static final String STYLESHEET = "/brand/style.css";

	static final String LOGO = "/brand/logo.png";

	private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final Brand brand;

	BrandController(Brand brand) {
		this.brand = brand;
	}

	@GetMapping(STYLESHEET)
	ResponseEntity<String> stylesheet(@RequestParam(name = "v", required = false) String version) {
		if (!this.brand.styled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
			.cacheControl(cacheFor(version))
			.eTag(this.brand.version())
			.body(this.brand.stylesheet());
	}

	@GetMapping(LOGO)
	ResponseEntity<byte[]> logo(@RequestParam(name = "v", required = false) String version) {
		if (!this.brand.hasLogo()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(cacheFor(version))
			.eTag(this.brand.version())
			.body(this.brand.logo());
	}

	/**
	 * A year for the version the pages name; asked for with another (an instance of the
	 * app that has not restarted yet, during a rolling restart), checked again each time,
	 * so that an old colour is never kept under a new address.
	 */
	private CacheControl cacheFor(String version) {
		return this.brand.version().equals(version) ? FOR_A_YEAR : CacheControl.noCache();
	}

	/** The look holds nothing of a reader's. */
	@Bean
	static PublicAddresses brandFiles() {
		return PublicAddresses.of(STYLESHEET, LOGO);
	}

}
