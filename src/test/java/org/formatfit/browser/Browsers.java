package org.formatfit.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium, driven by Debian's chromedriver. Both paths are given, so
 * that Selenium Manager never runs (it would try to download a browser). Each test thread
 * has one browser with JavaScript and one without, started on first use and shared by the
 * browser test classes that thread runs, since starting Chromium is the slowest part of a
 * browser test. Two classes running side by side never share a browser.
 */
final class Browsers {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final ThreadLocal<ChromeDriver> WITH_SCRIPT = ThreadLocal.withInitial(() -> start(true));

	private static final ThreadLocal<ChromeDriver> WITHOUT_SCRIPT = ThreadLocal.withInitial(() -> start(false));

	private Browsers() {
	}

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	static ChromeDriver withScript() {
		return WITH_SCRIPT.get();
	}

	static ChromeDriver withoutScript() {
		return WITHOUT_SCRIPT.get();
	}

	private static ChromeDriver start(boolean script) {
		Path profile = createProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + profile);
		// The console shows any Content-Security-Policy violation; the tests read it.
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		if (!script) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			driver.quit();
			delete(profile);
		}));
		return driver;
	}

	private static Path createProfile() {
		try {
			return Files.createTempDirectory("formatfit-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// A temporary profile left behind is harmless.
		}
	}

}
