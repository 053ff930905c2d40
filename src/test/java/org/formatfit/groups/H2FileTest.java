package org.formatfit.groups;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which JDBC addresses name an H2 file the app looks at before H2 opens it, and what it
 * finds there.
 */
class H2FileTest {

	@Test
	void findsTheFileOfEveryWayOfNamingOne() {
		assertThat(H2File.of("jdbc:h2:file:/srv/data/formatfit;MODE=PostgreSQL;WRITE_DELAY=0"))
			.hasValue(new H2File(Path.of("/srv/data/formatfit.mv.db")));
		assertThat(H2File.of("jdbc:h2:/srv/data/formatfit")).hasValue(new H2File(Path.of("/srv/data/formatfit.mv.db")));
		assertThat(H2File.of("jdbc:h2:./data/formatfit;MODE=PostgreSQL"))
			.hasValue(new H2File(Path.of("data/formatfit.mv.db").toAbsolutePath()));
		assertThat(H2File.of("jdbc:h2:~/formatfit"))
			.hasValue(new H2File(Path.of(System.getProperty("user.home"), "formatfit.mv.db")));
	}

	@Test
	void leavesEverythingElseToItsDriver() {
		for (String url : new String[] { "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://localhost/~/x",
				"jdbc:h2:ssl://db.example/x", "jdbc:h2:zip:~/db.zip!/x", "jdbc:h2:file:/srv/x;CIPHER=AES",
				"jdbc:postgresql://127.0.0.1:5432/formatfit", "", null }) {
			assertThat(H2File.of(url)).as(url).isEmpty();
		}
	}

	@Test
	void findsNothingWrongWithAFileThatIsNotThereOrEmpty(@TempDir Path folder) throws Exception {
		assertThat(new H2File(folder.resolve("missing.mv.db")).problem()).isEmpty();
		Path empty = Files.createFile(folder.resolve("empty.mv.db"));
		assertThat(new H2File(empty).problem()).isEmpty();
	}

	@Test
	void findsAFileThatIsNoDatabaseUnreadable(@TempDir Path folder) throws Exception {
		Path garbage = Files.writeString(folder.resolve("garbage.mv.db"), "not a database at all");
		assertThat(new H2File(garbage).problem()).hasValue(H2File.Problem.UNREADABLE);
	}

}
