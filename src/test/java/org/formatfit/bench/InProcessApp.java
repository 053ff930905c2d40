package org.formatfit.bench;

import java.net.URI;
import java.util.Arrays;

import org.formatfit.FormatFitApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the app for a benchmark that drives its {@code DispatcherServlet} in-process, on
 * a free port and quietly.
 */
final class InProcessApp {

	private InProcessApp() {
	}

	/**
	 * @param settings settings of the benchmark's own ({@code name=value}), which win
	 * over application.properties as command-line arguments do
	 */
	static ConfigurableApplicationContext start(String... settings) throws Exception {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(FormatFitApplication.class)
			.properties("server.port=0", "logging.level.root=warn", "spring.main.banner-mode=off")
			.run(Arrays.stream(settings).map((setting) -> "--" + setting).toArray(String[]::new));
		// One real request, so that Tomcat initialises the servlet as it does in
		// production.
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		try (var in = URI.create("http://127.0.0.1:" + port + "/").toURL().openStream()) {
			in.readAllBytes();
		}
		return app;
	}

}
