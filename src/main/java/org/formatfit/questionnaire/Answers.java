package org.formatfit.questionnaire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A complete answer set: one option for every question in the bank. Immutable; held as
 * option positions so that scoring and share tokens can read it without any string work.
 */
public final class Answers {

	/**
	 * At most this many ids that are no question are named one by one, the first in
	 * alphabetical order; the rest are one
	 * {@link AnswerProblem.Kind#MORE_UNKNOWN_QUESTIONS} problem with their count. Each
	 * problem costs Bean Validation, the binding result and the answer work, so a request
	 * with thousands of unknown ids would cost as much as hundreds of valid ones.
	 */
	public static final int UNKNOWN_QUESTIONS_NAMED = 20;

	private final byte[] choices;

	private Answers(byte[] choices) {
		this.choices = choices;
	}

	/**
	 * The answer set for the given option positions, one per question in bank order.
	 * @throws IllegalArgumentException when a position is missing or out of range
	 */
	public static Answers ofIndexes(int... indexes) {
		Question[] questions = Question.values();
		if (indexes.length != questions.length) {
			throw new IllegalArgumentException("Expected " + questions.length + " answers but got " + indexes.length);
		}
		byte[] choices = new byte[indexes.length];
		for (int i = 0; i < indexes.length; i++) {
			if (indexes[i] < 0 || indexes[i] >= questions[i].optionCount()) {
				throw new IllegalArgumentException("No option " + indexes[i] + " for " + questions[i].id());
			}
			choices[i] = (byte) indexes[i];
		}
		return new Answers(choices);
	}

	/**
	 * The answer set for a map of question id to option id.
	 * @throws IncompleteAnswers naming every problem, when the map is not a complete,
	 * valid answer set
	 */
	public static Answers of(Map<String, String> answersById) {
		List<AnswerProblem> problems = problemsIn(answersById);
		if (!problems.isEmpty()) {
			throw new IncompleteAnswers(problems);
		}
		byte[] choices = new byte[Question.count()];
		for (Question question : Question.values()) {
			choices[question.ordinal()] = (byte) question.indexOf(answersById.get(question.id()));
		}
		return new Answers(choices);
	}

	/**
	 * Every reason the map is not a complete answer set: questions left out, ids that are
	 * no question (the first {@value #UNKNOWN_QUESTIONS_NAMED} alphabetically, then how
	 * many more), and options a question does not have. Empty when the map is fine.
	 */
	public static List<AnswerProblem> problemsIn(Map<String, String> answersById) {
		List<AnswerProblem> problems = new ArrayList<>();
		for (Question question : Question.values()) {
			String optionId = answersById.get(question.id());
			if (optionId == null || optionId.isBlank()) {
				problems.add(new AnswerProblem(question.id(), AnswerProblem.Kind.MISSING));
			}
			else if (question.indexOf(optionId) < 0) {
				problems.add(new AnswerProblem(question.id(), AnswerProblem.Kind.UNKNOWN_OPTION));
			}
		}
		// The first few in alphabetical order, without sorting them all.
		TreeSet<String> named = new TreeSet<>();
		int unknown = 0;
		for (String id : answersById.keySet()) {
			if (Question.byId(id).isEmpty()) {
				unknown++;
				named.add(id);
				if (named.size() > UNKNOWN_QUESTIONS_NAMED) {
					named.pollLast();
				}
			}
		}
		for (String id : named) {
			problems.add(new AnswerProblem(id, AnswerProblem.Kind.UNKNOWN_QUESTION));
		}
		if (unknown > named.size()) {
			problems.add(AnswerProblem.moreUnknownQuestions(unknown - named.size()));
		}
		return problems;
	}

	/** The chosen option's position on the question's scale. */
	public int index(Question question) {
		return this.choices[question.ordinal()];
	}

	/** The chosen option's public id. */
	public String optionId(Question question) {
		return question.optionId(index(question));
	}

	public boolean is(Question question, String optionId) {
		return optionId(question).equals(optionId);
	}

	/** The same answers with one question answered differently. */
	public Answers with(Question question, int optionIndex) {
		if (optionIndex < 0 || optionIndex >= question.optionCount()) {
			throw new IllegalArgumentException("No option " + optionIndex + " for " + question.id());
		}
		byte[] changed = this.choices.clone();
		changed[question.ordinal()] = (byte) optionIndex;
		return new Answers(changed);
	}

	/** Question id to option id, in bank order. */
	public Map<String, String> asMap() {
		Map<String, String> map = new LinkedHashMap<>();
		for (Question question : Question.values()) {
			map.put(question.id(), optionId(question));
		}
		return map;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Answers answers && Arrays.equals(this.choices, answers.choices);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.choices);
	}

	@Override
	public String toString() {
		return "Answers" + asMap();
	}

}
