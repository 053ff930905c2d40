package org.formatfit.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a first visit to each page costs a student on a phone plan: every byte
 * transferred, compressed, for the page and everything it loads, with the browser's cache
 * off. The budget is 50 KB a page; the figures go to target/page-weight.txt.
 */
class PageWeightIT extends BrowserTestSupport {

	static final long BUDGET = 50 * 1024;

	@Test
	void everyPageWithAllItLoadsStaysUnder50KbOnAFirstVisit() throws IOException {
		Map<String, String> pages = pages(StudentJourneyIT.PARENT);
		ChromeDriver browser = browser();
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
		StringBuilder report = new StringBuilder();
		try {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				open(browser, page.getValue());
				long bytes = bytesTransferred(browser);
				long files = ((Number) script(browser, "return 1 + performance.getEntriesByType('resource').length"))
					.longValue();
				report.append(String.format("%-14s %6d bytes in %d files%n", page.getKey(), bytes, files));
				assertThat(bytes).as("%s: bytes on a first visit", page.getKey()).isPositive().isLessThan(BUDGET);
			}
		}
		finally {
			browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target/page-weight.txt"), report);
		}
	}

	/**
	 * Every byte the page and what it loaded took over the network, compressed; with the
	 * browser's cache off, a first visit's.
	 */
	static long bytesTransferred(ChromeDriver browser) {
		return ((Number) browser.executeScript("""
				const entries = [performance.getEntriesByType('navigation')[0],
				                 ...performance.getEntriesByType('resource')];
				return entries.reduce((sum, entry) => sum + entry.transferSize, 0);""")).longValue();
	}

}
