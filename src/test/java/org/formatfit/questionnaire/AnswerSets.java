package org.formatfit.questionnaire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Answer sets for tests, written as one line of option ids in question bank order. */
public final class AnswerSets {

	private AnswerSets() {
	}

	/**
	 * E.g. {@code "on-call no main-reason helpful occasional fine one ..."}: 15 option
	 * ids.
	 */
	public static Answers parse(String optionIds) {
		return Answers.of(asMap(optionIds));
	}

	public static Map<String, String> asMap(String optionIds) {
		String[] ids = optionIds.trim().split("\\s+");
		Question[] questions = Question.values();
		if (ids.length != questions.length) {
			throw new IllegalArgumentException("Expected " + questions.length + " option ids, got " + ids.length);
		}
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < ids.length; i++) {
			map.put(questions[i].id(), ids[i]);
		}
		return map;
	}

	public static Answers random(Random random) {
		Question[] questions = Question.values();
		int[] indexes = new int[questions.length];
		for (int i = 0; i < questions.length; i++) {
			indexes[i] = random.nextInt(questions[i].optionCount());
		}
		return Answers.ofIndexes(indexes);
	}

}
