package org.formatfit.groups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;

import org.formatfit.http.ReadsTheAppLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's file, damaged: its header sound, garbage after it. H2 would
 * open it as an empty database and the migration make new tables in it, every group gone
 * without a word. The app keeps the file exactly as it was, says once, as an error, which
 * file and what to do, and answers that groups are unavailable; results and the
 * questionnaire work as ever.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ReadsTheAppLog
class DamagedH2FileTests {

	private static final Path FOLDER = temporaryFolder();

	private static final Path FILE = FOLDER.resolve("formatfit.mv.db");

	/** The damaged file's bytes, as the test left them before the app started. */
	private static String damagedDigest;

	@Autowired
	MockMvcTester mvc;

	@DynamicPropertySource
	static void damagedFile(DynamicPropertyRegistry registry) throws Exception {
		String url = "jdbc:h2:file:" + FOLDER.resolve("formatfit") + ";MODE=PostgreSQL";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE advisor_group_before (id INT)");
			sql.execute("INSERT INTO advisor_group_before SELECT x FROM SYSTEM_RANGE(1, 2000)");
		}
		byte[] bytes = Files.readAllBytes(FILE);
		Random garbage = new Random(29);
		// H2's file header is its first 4 KB.
		for (int i = 4096; i < bytes.length; i++) {
			bytes[i] = (byte) garbage.nextInt();
		}
		Files.write(FILE, bytes);
		damagedDigest = digest();
		registry.add("spring.datasource.url", () -> url);
	}

	@Test
	void keepsTheFileSaysWhyOnceAndAnswersThatGroupsAreUnavailable(CapturedOutput output) throws Exception {
		assertThat(this.mvc.post().uri("/groups").param("label", "A new group")).hasStatus(503);
		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/questionnaire")).hasStatusOk();

		assertThat(digest()).isEqualTo(damagedDigest);
		assertThat(output.toString().lines().filter((line) -> line.contains(" ERROR "))).singleElement()
			.asString()
			.contains("Groups are unavailable", FILE.toString(), "kept as it is", "restore it from a backup");
	}

	private static String digest() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(FILE)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path temporaryFolder() {
		try {
			Path folder = Files.createTempDirectory("formatfit-damaged-h2");
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
