package org.formatfit.groups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The embedded database's file, looked at before H2 opens it. H2 opens a file whose
 * header is sound and whose content is not as an empty database, and the migration then
 * makes new tables in it: every group would be gone without a word. A file that cannot be
 * read, or a folder where nothing can be written, is left as it is, and groups are
 * unavailable until an operator has looked at it.
 *
 * @param path the {@code .mv.db} file
 */
record H2File(Path path) {

	private static final String H2_URL = "jdbc:h2:";

	private static final String FILE_PREFIX = "file:";

	/**
	 * Another kind of H2 store than a local file ({@code mem:}, {@code tcp:},
	 * {@code zip:} ...); a Windows drive letter is one letter and does not count.
	 */
	private static final Pattern OTHER_STORE = Pattern.compile("^[A-Za-z]{2,}:.*");

	private static final String SUFFIX = ".mv.db";

	/**
	 * The file a JDBC address names, if it names an unencrypted H2 file
	 * ({@code jdbc:h2:file:./data/x}, {@code jdbc:h2:./data/x}, {@code jdbc:h2:~/x}); an
	 * encrypted one cannot be read without its password, and is left to H2.
	 */
	static Optional<H2File> of(String jdbcUrl) {
		if (jdbcUrl == null || !jdbcUrl.startsWith(H2_URL) || jdbcUrl.toUpperCase(Locale.ROOT).contains(";CIPHER=")) {
			return Optional.empty();
		}
		String name = jdbcUrl.substring(H2_URL.length());
		int settings = name.indexOf(';');
		name = (settings < 0) ? name : name.substring(0, settings);
		if (name.startsWith(FILE_PREFIX)) {
			name = name.substring(FILE_PREFIX.length());
		}
		else if (OTHER_STORE.matcher(name).matches()) {
			return Optional.empty();
		}
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return Optional.of(new H2File(Path.of(name + SUFFIX).toAbsolutePath().normalize()));
	}

	/** What keeps groups out of the file. */
	enum Problem {

		/** The file is not there and cannot be made: its folder cannot be written. */
		FOLDER_READ_ONLY,

		/** The file, or its folder, cannot be written. */
		READ_ONLY,

		/** The file holds no database H2 can read: damaged, or not H2's. */
		UNREADABLE

	}

	/**
	 * What keeps groups out of this file; empty when nothing does: the file is sound, or
	 * not there yet in a folder that can be written.
	 */
	Optional<Problem> problem() {
		Path folder = this.path.getParent();
		if (!Files.exists(this.path)) {
			boolean folderReadOnly = folder != null && Files.isDirectory(folder) && !Files.isWritable(folder);
			return folderReadOnly ? Optional.of(Problem.FOLDER_READ_ONLY) : Optional.empty();
		}
		if (sizeOf(this.path) == 0) {
			// Made but never written: H2 starts it afresh, as it would a missing file.
			return Optional.empty();
		}
		if (!Files.isWritable(this.path) || (folder != null && !Files.isWritable(folder))) {
			return Optional.of(Problem.READ_ONLY);
		}
		try (MVStore store = new MVStore.Builder().fileName(this.path.toString()).readOnly().open()) {
			return store.getMapNames().isEmpty() ? Optional.of(Problem.UNREADABLE) : Optional.empty();
		}
		catch (MVStoreException ex) {
			// Another process has it open: H2 will say so itself when the app connects.
			return (ex.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) ? Optional.empty()
					: Optional.of(Problem.UNREADABLE);
		}
		catch (RuntimeException unreadable) {
			// What a damaged file makes the reader throw is not always its own kind.
			return Optional.of(Problem.UNREADABLE);
		}
	}

	private static long sizeOf(Path path) {
		try {
			return Files.size(path);
		}
		catch (IOException unreadable) {
			// Not 0: the read below says what is wrong with it.
			return -1;
		}
	}

}
