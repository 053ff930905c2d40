package org.formatfit.recommendation.model;

import org.formatfit.recommendation.ScoringModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the data files of the released model versions from the class path:
 * {@code models/model-v1.yaml}, {@code models/model-v2.yaml}, … A file that names
 * anything the question bank or the trade-offs do not have, or leaves anything out, stops
 * the app from starting.
 */
public final class ModelFiles {

	public static final String FOLDER = "models/";

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
				DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private ModelFiles() {
	}

	static String name(int version) {
		return FOLDER + "model-v" + version + ".yaml";
	}

	/** The file of one version, or {@code null} when there is none. */
	static ModelFile read(int version) {
		String name = name(version);
		try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				return null;
			}
			ModelFile file = YAML.readValue(in, ModelFile.class);
			if (file.version() != version) {
				throw new IllegalStateException(name + " says it is version " + file.version());
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + name, ex);
		}
	}

	/**
	 * Reads and checks a model from its text: the engine refuses a file it cannot run. A
	 * draft read this way is not released: nothing but its reader sees it.
	 */
	public static ScoringModel parse(String yaml) {
		return new DataModel(YAML.readValue(yaml, ModelFile.class));
	}

	/** Reads and checks one version: the engine refuses a file it cannot run. */
	public static ScoringModel load(int version) {
		ModelFile file = read(version);
		if (file == null) {
			return null;
		}
		try {
			return new DataModel(file);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(name(version) + ": " + ex.getMessage(), ex);
		}
	}

}
