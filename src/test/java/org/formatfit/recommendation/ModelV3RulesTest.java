package org.formatfit.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.model.DataModel;
import org.formatfit.recommendation.model.ModelFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model version 3 keeps every rule of version 2 (the tests it inherits) and adds the
 * article's "What a student reads (model v3)": reasons for a format apart from its risks,
 * changes a person can act on, next steps that fit the week, and the article's
 * synchronous learner told synchronous.
 */
class ModelV3RulesTest extends ModelV2RulesTest {

	@Override
	ScoringModel model() {
		return ScoringModels.version(3).orElseThrow();
	}

	@Test
	void aStudentReadsWhyTheFormatFitsApartFromAtMostTwoOfItsRisks() {
		for (Answers answers : sample(401)) {
			Assessment assessment = model().assess(answers);
			Format format = assessment.format();
			List<Reason> shown = assessment.studentReasons();
			List<Reason> forIt = shown.stream().filter((reason) -> reason.isFor(format)).toList();
			List<Reason> risks = shown.stream().filter((reason) -> reason.isRiskOf(format)).toList();
			List<Reason> otherStrengths = shown.stream()
				.filter((reason) -> !reason.isFor(format) && !reason.isRiskOf(format))
				.toList();
			assertThat(forIt).as("%s", answers).isNotEmpty().hasSizeLessThanOrEqualTo(3);
			assertThat(risks).as("%s", answers).hasSizeLessThanOrEqualTo(2);
			// What is neither is a strength of the learner's that would serve another
			// format: at most one, said as what they could also manage.
			assertThat(otherStrengths).as("%s", answers)
				.hasSizeLessThanOrEqualTo(1)
				.allSatisfy((reason) -> assertThat(reason.isStrength()).isTrue());
		}
	}

	/**
	 * Version 3 shows at most three reasons for a format, the weightiest first: a
	 * self-starter's reasons for self-paced study are their strengths and their own pace,
	 * and no strength shown works for another format.
	 */
	@Override
	@Test
	void aSelfStartersStrengthsAreReasonsForSelfPacedStudy() {
		Answers selfStarter = AnswerSets.parse(
				"mostly usually important neutral occasional enjoy several always cramps-me own reliable one-place own secondary degree");
		Assessment assessment = model().assess(selfStarter);

		assertThat(assessment.format()).isEqualTo(Format.ASYNCHRONOUS);
		assertThat(assessment.studentReasons()).extracting((reason) -> reason.tradeOff().id())
			.contains("risk-of-apathy", "self-pacing");
		assertThat(assessment.studentReasons()).filteredOn(Reason::isStrength)
			.isNotEmpty()
			.allSatisfy((reason) -> assertThat(reason.favours()).isEqualTo(Format.ASYNCHRONOUS));
	}

	@Test
	void offersOnlyChangesAPersonCanMakeAndNeverAHarderCircumstance() {
		ModelFile.Changes rule = model().data().changes();
		Map<String, List<String>> reachable = rule.canReach();
		for (Answers answers : sample(402)) {
			for (Change change : model().recommend(answers).changes()) {
				assertOffered(answers, change.question(), change.optionId(), rule, reachable);
				if (change.together()) {
					assertOffered(answers, change.alsoQuestion(), change.alsoOptionId(), rule, reachable);
					assertThat(rule.improvable()).contains(change.question().id(), change.alsoQuestion().id());
				}
			}
		}
	}

	private static void assertOffered(Answers answers, Question question, String optionId, ModelFile.Changes rule,
			Map<String, List<String>> reachable) {
		if (rule.improvable().contains(question.id())) {
			assertThat(reachable.get(question.id())).as("%s=%s for %s", question.id(), optionId, answers)
				.contains(optionId);
			assertThat(question.indexOf(optionId)).as("%s=%s for %s", question.id(), optionId, answers)
				.isLessThan(answers.index(question));
		}
		else {
			// Never the goal, the budget, how settled a week is, the pace or past
			// courses: not a person's to change for a course, or not what the article
			// asks.
			assertThat(rule.preferences()).as("%s=%s for %s", question.id(), optionId, answers)
				.contains(question.id())
				.doesNotContain("budget.goal", "budget.priority", "schedule.predictability");
		}
	}

	@Test
	void offersTwoCircumstancesTogetherOnlyWhereNoSingleOneGivesThatFormat() {
		DataModel model = (DataModel) model();
		List<Question> circumstances = model.data()
			.changes()
			.improvable()
			.stream()
			.map((id) -> Question.byId(id).orElseThrow())
			.toList();
		int pairs = 0;
		for (Answers answers : sample(403)) {
			for (Change change : model.recommend(answers).changes()) {
				if (!change.together()) {
					continue;
				}
				pairs++;
				for (Question question : circumstances) {
					for (int option = 0; option < answers.index(question); option++) {
						if (!offers(question, answers.index(question), option)) {
							continue;
						}
						Answers alone = answers.with(question, option);
						boolean gives = model.assess(alone).format() == change.format()
								&& model.rawScore(alone, change.format()) > model.rawScore(answers, change.format())
								&& model.scoreKept(alone, change.format()) >= model.data().changes().leastScoreKept();
						assertThat(gives).as("%s alone gives %s for %s", question.id(), change.format(), answers)
							.isFalse();
					}
				}
			}
		}
		assertThat(pairs).as("changes of two answers in the sample").isPositive();
	}

	@Test
	void tellsAPhoneOnlyLearnerOnPublicWifiThatAComputerAndASteadierConnectionTogetherWouldOpenLiveClasses() {
		// The learner: wants people and live discussion, free at set times, only
		// a phone on public Wi-Fi. Neither a computer alone nor a connection alone is
		// enough.
		Answers answers = AnswerSets.parse(
				"fixed yes nice-to-have essential essential lonely none sometimes helps fast public-only one-place none secondary degree");
		Recommendation recommendation = model().recommend(answers);

		assertThat(recommendation.format()).isNotEqualTo(Format.SYNCHRONOUS);
		assertThat(recommendation.changes()).anySatisfy((change) -> {
			assertThat(change.together()).isTrue();
			assertThat(Set.of(change.question(), change.alsoQuestion()))
				.containsExactlyInAnyOrder(Question.CONNECTIVITY_INTERNET, Question.CONNECTIVITY_EQUIPMENT);
			assertThat(change.format()).isEqualTo(Format.SYNCHRONOUS);
		});
		assertThat(recommendation.changes()).noneSatisfy(
				(change) -> assertThat(change.question().indexOf(change.optionId()) > answers.index(change.question())
						&& model().data().changes().improvable().contains(change.question().id()))
					.isTrue());
	}

	@Test
	void nextStepsFitTheWeekAndNeverSayTheSameThingTwice() {
		for (Answers answers : sample(404)) {
			List<String> steps = model().assess(answers).nextSteps().stream().map(NextStep::id).toList();
			boolean noSetTimes = answers.index(Question.SCHEDULE_LIVE_SESSIONS) >= 2
					|| answers.index(Question.SCHEDULE_PREDICTABILITY) >= 2;
			if (noSetTimes) {
				assertThat(steps).as("%s", answers).doesNotContain("plan-study-blocks", "plan-between-sessions");
			}
			assertThat(steps.contains("plan-connection-fallback") && steps.contains("find-reliable-place"))
				.as("%s", answers)
				.isFalse();
		}
	}

	@Test
	void raisesAFirstOnlineCourseOnlyForALearnerWhoWantsDiscussion() {
		for (Answers answers : sample(405)) {
			boolean raised = model().assess(answers)
				.flags()
				.stream()
				.anyMatch((flag) -> flag.id().equals("first-online-course"));
			if (raised) {
				assertThat(answers.index(Question.INTERACTION_DISCUSSION)).as("%s", answers).isLessThanOrEqualTo(1);
			}
		}
	}

	/**
	 * The article's synchronous learner (a stable week, online at set times, a setup that
	 * carries a live class, flexibility not the reason, who needs people and structure),
	 * for whom cost is not a deciding factor, is told synchronous; "usually" online at
	 * set times and a "mostly reliable" connection, both at once, do not flip it.
	 */
	@Test
	void tellsTheArticlesSynchronousLearnerSynchronousEvenWithSmallCircumstances() {
		for (Answers sampled : sample(406)) {
			// Every sampled answer set made into such a learner, each answer still varied
			// within what the article's learner may answer.
			Answers answers = within(sampled, Question.SCHEDULE_PREDICTABILITY, 0, 1);
			answers = within(answers, Question.CONNECTIVITY_PLACES, 0, 1);
			answers = within(answers, Question.SCHEDULE_FLEXIBILITY_NEED, 2, 3);
			answers = within(answers, Question.INTERACTION_DISCUSSION, 0, 1);
			// Some contact with instructors wanted: not wanting any is a strength of
			// self-paced study in version 3.
			answers = within(answers, Question.INTERACTION_INSTRUCTOR, 0, 2);
			answers = within(answers, Question.INTERACTION_STUDYING_ALONE, 2, 3);
			answers = within(answers, Question.MOTIVATION_SELF_START, 1, 3);
			answers = within(answers, Question.MOTIVATION_OVERSIGHT, 1, 3);
			answers = within(answers, Question.MOTIVATION_PACE, 0, 1);
			answers = within(answers, Question.BUDGET_PRIORITY, 2, 3);
			answers = answers.with(Question.CONNECTIVITY_EQUIPMENT, 0);
			Answers best = answers.with(Question.SCHEDULE_LIVE_SESSIONS, 0).with(Question.CONNECTIVITY_INTERNET, 0);
			Answers smallCuts = answers.with(Question.SCHEDULE_LIVE_SESSIONS, 1)
				.with(Question.CONNECTIVITY_INTERNET, 1);
			assertThat(ModelCensus.isSynchronousLearner(best)).as("%s", best).isTrue();
			assertThat(model().assess(best).format()).as("%s", best).isEqualTo(Format.SYNCHRONOUS);
			assertThat(model().assess(smallCuts).format()).as("%s", smallCuts).isEqualTo(Format.SYNCHRONOUS);
		}
	}

	/** The sampled answer moved into the options from {@code first} to {@code last}. */
	private static Answers within(Answers answers, Question question, int first, int last) {
		return answers.with(question, first + answers.index(question) % (last - first + 1));
	}

}
