package org.formatfit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The app with its default settings, on a random port, reachable through MockMvc, a
 * {@code RestTestClient} and plain HTTP, with the pages that fail on purpose
 * ({@link FailingPages}). Spring caches a test context by its configuration: every class
 * with this annotation shares one, and a class that adds a property or a bean starts one
 * of its own, so such a class says why it needs other settings.
 *
 * <p>
 * Two group settings differ from the defaults. Every request of the suite comes from one
 * address, so the per-address limits are out of the way ({@code GroupLimitsTests} tests
 * them, set low, in a context of its own); and a group holds {@value #GROUP_SIZE}
 * results, which a crowd can fill in a test ({@code GroupLimitRaceTests}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "formatfit.groups.creates-per-hour=100000", "formatfit.groups.shares-per-hour=100000",
				"formatfit.groups.code-misses-per-hour=100000", "formatfit.groups.max-results=" + AppTest.GROUP_SIZE })
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
@Import(FailingPages.class)
public @interface AppTest {

	/** The results a group holds in these tests. */
	int GROUP_SIZE = 250;

}
