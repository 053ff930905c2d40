package org.formatfit.recommendation.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Change;
import org.formatfit.recommendation.Confidence;
import org.formatfit.recommendation.Format;

/**
 * "What would change it": the different answers, one or two together, that would give
 * another format in a way the model stands behind, each re-scored by the model itself.
 */
final class ChangeFinder {

	private final DataModel model;

	private final ModelFile.Changes rule;

	private final Question[] order;

	private final Set<Question> improvable;

	/**
	 * The answers a person can act towards, by circumstance; {@code null} when the model
	 * names none (any easier answer will do).
	 */
	private final Map<Question, Set<String>> reachable;

	/** The preferences whose changes are offered, when the model names them. */
	private final Set<Question> preferences;

	private final Format[] tieOrder;

	ChangeFinder(DataModel model, ModelFile.Changes rule, Format[] tieOrder) {
		this.model = model;
		this.rule = rule;
		this.tieOrder = tieOrder;
		this.order = ModelChecks.allQuestionsOnce(rule.order());
		this.improvable = EnumSet.noneOf(Question.class);
		for (String id : ModelChecks.require(rule.improvable(), "changes.improvable")) {
			this.improvable.add(ModelChecks.question(id));
		}
		this.reachable = (rule.canReach() != null) ? ModelChecks.answerCondition(rule.canReach()) : null;
		this.preferences = EnumSet.noneOf(Question.class);
		if (rule.preferences() != null) {
			for (String id : rule.preferences()) {
				this.preferences.add(ModelChecks.question(id));
			}
		}
	}

	List<Change> whatWouldChange(Answers answers, Assessment assessment) {
		Format current = assessment.format();
		double[] before = this.model.rawScores(this.model.pulls(answers), this.model.weights(),
				this.model.keeps(answers));
		// In the order they are worth saying: circumstances getting easier (advice a
		// person can act on), then preferences, then circumstances getting harder (a
		// risk to know about). At most one change per question.
		List<Change> candidates = new ArrayList<>();
		for (Question question : this.order) {
			if (offersChangesOf(question)) {
				Direction direction = this.improvable.contains(question) ? Direction.EASIER : Direction.EITHER;
				addIfAny(candidates, nearestChange(answers, before, question, current, direction, null));
			}
		}
		if (this.rule.offersPairs()) {
			// Two circumstances together, where neither alone changes the result (a
			// computer and a steady connection), right after the single ones.
			int afterCircumstances = 0;
			for (int i = 0; i < candidates.size(); i++) {
				if (this.improvable.contains(candidates.get(i).question())) {
					afterCircumstances = i + 1;
				}
			}
			candidates.addAll(afterCircumstances, pairedChanges(answers, before, current, candidates));
		}
		if (this.rule.harder()) {
			for (Question question : this.order) {
				if (this.improvable.contains(question)
						&& candidates.stream().noneMatch((candidate) -> candidate.question() == question)) {
					addIfAny(candidates, nearestChange(answers, before, question, current, Direction.HARDER, null));
				}
			}
		}
		// One per target format first, so that an advisor sees every way the result could
		// go, then the most useful of the rest.
		List<Change> chosen = new ArrayList<>();
		Set<Format> covered = EnumSet.noneOf(Format.class);
		if (this.rule.runnerUpOnCloseCall() && assessment.confidence() == Confidence.LOW
				&& assessment.runnerUp() != null) {
			// A close call always shows what would tip it to the runner-up.
			Change toRunnerUp = candidates.stream()
				.filter((candidate) -> candidate.format() == assessment.runnerUp())
				.findFirst()
				.orElseGet(() -> anyChangeTo(answers, before, current, assessment.runnerUp()));
			if (toRunnerUp != null) {
				chosen.add(toRunnerUp);
				covered.add(toRunnerUp.format());
				if (!candidates.contains(toRunnerUp)) {
					candidates.add(toRunnerUp);
				}
			}
		}
		for (Change candidate : candidates) {
			if (chosen.size() < this.rule.most() && !chosen.contains(candidate) && covered.add(candidate.format())) {
				chosen.add(candidate);
			}
		}
		for (Change candidate : candidates) {
			if (chosen.size() < this.rule.most() && !chosen.contains(candidate)) {
				chosen.add(candidate);
			}
		}
		chosen.sort(Comparator.comparingInt(candidates::indexOf));
		return chosen;
	}

	/**
	 * The first change, in the order changes are worth saying, that gives the format and
	 * that the model stands behind, in any direction; {@code null} when there is none.
	 */
	private Change anyChangeTo(Answers answers, double[] before, Format current, Format wanted) {
		for (Question question : this.order) {
			if (!offersChangesOf(question)) {
				continue;
			}
			for (Direction direction : Direction.values()) {
				Change change = nearestChange(answers, before, question, current, direction, wanted);
				if (change != null) {
					return change;
				}
			}
		}
		return null;
	}

	private static void addIfAny(List<Change> candidates, Change change) {
		if (change != null) {
			candidates.add(change);
		}
	}

	/**
	 * The nearest different answer to one question, in the given direction, that changes
	 * the format (to the wanted one, when one is named) in a way the model stands behind;
	 * {@code null} when there is none.
	 */
	private Change nearestChange(Answers answers, double[] before, Question question, Format current,
			Direction direction, Format wanted) {
		int answered = answers.index(question);
		for (int distance = 1; distance < question.optionCount(); distance++) {
			for (int option : new int[] { answered - distance, answered + distance }) {
				boolean inRange = option >= 0 && option < question.optionCount();
				if (inRange && direction.allows(option - answered) && canReach(question, answered, option)) {
					Answers changedAnswers = answers.with(question, option);
					double[] keeps = this.model.keeps(changedAnswers);
					double[] after = this.model.rawScores(this.model.pulls(changedAnswers), this.model.weights(),
							keeps);
					Format changed = this.model.top(after, keeps);
					if (changed != current && (wanted == null || changed == wanted)
							&& supported(changed, before, after, keeps)) {
						return new Change(question, question.optionId(option), changed);
					}
				}
			}
		}
		return null;
	}

	/**
	 * Whether the model offers changes to this question: every question, unless the model
	 * names the preferences whose changes the article supports; circumstances always.
	 */
	private boolean offersChangesOf(Question question) {
		return this.rule.preferences() == null || this.improvable.contains(question)
				|| this.preferences.contains(question);
	}

	/**
	 * Whether a person could move a circumstance from one answer to another: where the
	 * model names the answers a person can act towards, only to one of those and never to
	 * a harder one. Preferences, and every change of a model that names none, may move
	 * freely.
	 */
	private boolean canReach(Question question, int answered, int option) {
		if (this.reachable == null || !this.improvable.contains(question)) {
			return true;
		}
		Set<String> towards = this.reachable.get(question);
		return option < answered && towards != null && towards.contains(question.optionId(option));
	}

	/**
	 * For each format the nearest change of each circumstance does not reach: a
	 * circumstance changed further that reaches it alone, or else the nearest two changed
	 * together (the first pair in the model's order), re-scored like any change.
	 */
	private List<Change> pairedChanges(Answers answers, double[] before, Format current, List<Change> singles) {
		List<Question> circumstances = Arrays.stream(this.order).filter(this.improvable::contains).toList();
		List<Change> pairs = new ArrayList<>();
		for (Format wanted : this.tieOrder) {
			boolean reachedAlone = singles.stream()
				.anyMatch((change) -> change.format() == wanted && this.improvable.contains(change.question()));
			if (wanted == current || reachedAlone) {
				continue;
			}
			// A circumstance changed further may reach it alone (every week, not most
			// weeks, gives synchronous): one answer says more than two.
			Change single = null;
			for (int i = 0; i < circumstances.size() && single == null; i++) {
				single = nearestChange(answers, before, circumstances.get(i), current, Direction.EASIER, wanted);
			}
			if (single != null) {
				pairs.add(single);
				continue;
			}
			Change best = null;
			int bestDistance = Integer.MAX_VALUE;
			for (int i = 0; i < circumstances.size(); i++) {
				for (int j = i + 1; j < circumstances.size(); j++) {
					Question first = circumstances.get(i);
					Question second = circumstances.get(j);
					int firstAnswered = answers.index(first);
					int secondAnswered = answers.index(second);
					for (int a = firstAnswered - 1; a >= 0; a--) {
						for (int b = secondAnswered - 1; b >= 0; b--) {
							int distance = (firstAnswered - a) + (secondAnswered - b);
							if (distance < bestDistance && canReach(first, firstAnswered, a)
									&& canReach(second, secondAnswered, b)) {
								Answers changedAnswers = answers.with(first, a).with(second, b);
								double[] keeps = this.model.keeps(changedAnswers);
								double[] after = this.model.rawScores(this.model.pulls(changedAnswers),
										this.model.weights(), keeps);
								if (this.model.top(after, keeps) == wanted && supported(wanted, before, after, keeps)) {
									best = new Change(first, first.optionId(a), wanted, second, second.optionId(b));
									bestDistance = distance;
								}
							}
						}
					}
				}
			}
			addIfAny(pairs, best);
		}
		return pairs;
	}

	/**
	 * Whether a change moves the result the way the model's trade-offs say it should: the
	 * format it names must stay clearly possible under the limits and, where the model
	 * asks, gain from the change itself rather than only lose less than the others.
	 */
	private boolean supported(Format named, double[] before, double[] after, double[] keeps) {
		if (keeps[named.ordinal()] < this.rule.leastScoreKept()) {
			return false;
		}
		return !this.rule.raisesNamedFormat() || after[named.ordinal()] > before[named.ordinal()];
	}

}
