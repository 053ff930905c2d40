package org.formatfit.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Recommendation;

/**
 * The school's programs that fit a student, as the results page, the advisor view and the
 * API list them. Which programs a student is shown depends only on the formats listed for
 * them (the recommended one and the runner-up, less any ruled out) and on whether they
 * can rarely be online at set times: a few dozen kinds of student in all. Each kind's
 * list is worked out once, as the app starts, so a page never walks a catalog of
 * thousands.
 */
public final class FittingPrograms {

	/** The lists for each kind of student; empty without a catalog. */
	private final Map<Kind, ProgramsThatFit> byKind = new HashMap<>();

	FittingPrograms(Catalog catalog) {
		if (!catalog.present()) {
			return;
		}
		List<Format> firsts = new ArrayList<>(Arrays.asList(Format.values()));
		firsts.add(null);
		for (Format first : firsts) {
			for (Format second : firsts) {
				if (first != null && first == second) {
					continue;
				}
				for (boolean rarely : new boolean[] { false, true }) {
					this.byKind.put(new Kind(first, second, rarely),
							ProgramsThatFit.of(catalog, first, second, Set.of(), rarely));
				}
			}
		}
	}

	/** Whether the school gave a catalog: without one, nothing of it shows anywhere. */
	public boolean catalogGiven() {
		return !this.byKind.isEmpty();
	}

	/** The programs that fit the student of this recommendation. */
	public ProgramsThatFit forStudent(Recommendation recommendation) {
		Assessment assessment = recommendation.assessment();
		Set<Format> ruledOut = assessment.ruledOut().keySet();
		Format first = ruledOut.contains(assessment.format()) ? null : assessment.format();
		Format second = (assessment.runnerUp() == null || ruledOut.contains(assessment.runnerUp())) ? null
				: assessment.runnerUp();
		// A model whose runner-up were its recommendation would find no list: nothing
		// shows.
		return this.byKind.getOrDefault(new Kind(first, second, rarelyOnlineAtSetTimes(recommendation)),
				ProgramsThatFit.NONE);
	}

	/**
	 * Whether the student said they can rarely or never be online at set times: the
	 * question's options run from every week to never, and these are the last two.
	 */
	static boolean rarelyOnlineAtSetTimes(Recommendation recommendation) {
		Question liveSessions = Question.SCHEDULE_LIVE_SESSIONS;
		return recommendation.answers().index(liveSessions) >= liveSessions.optionCount() - 2;
	}

	/**
	 * What decides a student's list.
	 *
	 * @param first the recommended format, or {@code null} when it is ruled out
	 * @param second the runner-up, or {@code null} when there is none or it is ruled out
	 * @param rarely whether the student can rarely be online at set times
	 */
	private record Kind(Format first, Format second, boolean rarely) {

	}

}
