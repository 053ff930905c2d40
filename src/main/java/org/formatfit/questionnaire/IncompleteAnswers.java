package org.formatfit.questionnaire;

import java.util.List;

/** The answers given are not a complete answer set; nothing partial is ever scored. */
public class IncompleteAnswers extends RuntimeException {

	private final List<AnswerProblem> problems;

	public IncompleteAnswers(List<AnswerProblem> problems) {
		super("Incomplete answers: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<AnswerProblem> problems() {
		return this.problems;
	}

}
