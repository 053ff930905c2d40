package org.formatfit.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The stated population a draft model is tried on ({@code trial/population.yaml}): groups
 * of prospective students in given shares, each with how likely every answer is. Draws
 * answer sets as such a population would give them.
 */
final class Population {

	private static final String FILE = "/trial/population.yaml";

	private static final Question[] QUESTIONS = Question.values();

	/** Each group's share, then per question the weight of each option. */
	private final double[] shares;

	private final double[][][] weights;

	private final List<String> names;

	private Population(double[] shares, double[][][] weights, List<String> names) {
		this.shares = shares;
		this.weights = weights;
		this.names = names;
	}

	@SuppressWarnings("unchecked")
	static Population stated() {
		try (InputStream in = Population.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException(FILE + " is not on the test classpath");
			}
			Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			List<Map<String, Object>> groups = (List<Map<String, Object>>) file.get("groups");
			double[] shares = new double[groups.size()];
			double[][][] weights = new double[groups.size()][QUESTIONS.length][];
			for (int g = 0; g < groups.size(); g++) {
				shares[g] = ((Number) groups.get(g).get("share")).doubleValue();
				Map<String, Map<String, Number>> answers = (Map<String, Map<String, Number>>) groups.get(g)
					.get("answers");
				for (Question question : QUESTIONS) {
					Map<String, Number> byOption = answers.getOrDefault(question.id(), Map.of());
					if (!byOption.isEmpty() && !byOption.keySet().equals(java.util.Set.copyOf(question.optionIds()))) {
						throw new IllegalStateException(FILE + ": " + question.id() + " must weigh every option");
					}
					double[] row = new double[question.optionCount()];
					for (int o = 0; o < row.length; o++) {
						row[o] = byOption.isEmpty() ? 1 : byOption.get(question.optionId(o)).doubleValue();
					}
					weights[g][question.ordinal()] = row;
				}
			}
			return new Population(shares, weights,
					groups.stream().map((group) -> group.get("name") + " " + group.get("share")).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The groups and their shares, to name the population in a report. */
	String describe() {
		return String.join(", ", this.names);
	}

	Answers draw(Random random) {
		int group = pick(this.shares, random);
		int[] indexes = new int[QUESTIONS.length];
		for (int q = 0; q < QUESTIONS.length; q++) {
			indexes[q] = pick(this.weights[group][q], random);
		}
		return Answers.ofIndexes(indexes);
	}

	private static int pick(double[] weights, Random random) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double at = random.nextDouble() * total;
		for (int i = 0; i < weights.length - 1; i++) {
			at -= weights[i];
			if (at < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
