package org.formatfit.recommendation.words;

import org.formatfit.questionnaire.QuestionnaireText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.formatfit.recommendation.words.AdvisorNotes.ExplainedFlag;
import org.formatfit.recommendation.words.Explanation.ExplainedChange;
import org.formatfit.recommendation.words.Explanation.ExplainedReason;
import org.formatfit.recommendation.words.Explanation.ReasonGroup;
import org.formatfit.recommendation.words.Explanation.RecapAnswer;
import org.formatfit.recommendation.words.Explanation.RecapSection;
import org.formatfit.recommendation.words.Explanation.ScoreLine;
import org.formatfit.questionnaire.QuestionnaireText.OptionText;
import org.formatfit.questionnaire.QuestionnaireText.QuestionText;
import org.formatfit.questionnaire.QuestionnaireText.SectionText;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.Section;
import org.formatfit.recommendation.AdvisorFlag;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Change;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.NextStep;
import org.formatfit.recommendation.Reason;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.recommendation.Standing;
import org.formatfit.recommendation.TradeOff;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the questionnaire and recommendations in words. Every word comes from the
 * message files; this class only decides which message fits and what goes into it.
 */
@Component
public class Explainer {

	/** How many answers an explanation names at most, to stay one readable sentence. */
	private static final int ANSWERS_PER_REASON = 2;

	private final MessageSource messages;

	Explainer(MessageSource messages) {
		this.messages = messages;
	}

	/** A recommendation in words. */
	public Explanation explain(Recommendation recommendation, Locale locale) {
		Assessment assessment = recommendation.assessment();
		Answers answers = recommendation.answers();
		Format format = assessment.format();
		List<ExplainedReason> reasons = assessment.reasons()
			.stream()
			.map((reason) -> reason(reason, format, answers, locale))
			.toList();
		// The student reads the model's short list; the advisor view and the API keep
		// all.
		List<ExplainedReason> studentReasons = new ArrayList<>();
		for (int i = 0; i < reasons.size(); i++) {
			if (assessment.studentReasons().contains(assessment.reasons().get(i))) {
				studentReasons.add(reasons.get(i));
			}
		}
		String reasonsLead = text((format == Format.HYBRID) ? "result.why.lead.hybrid" : "result.why.lead", locale);
		return new Explanation(format, text(format.nameKey(), locale),
				headline(assessment, UnaryOperator.identity(), locale),
				scores(assessment, UnaryOperator.identity(), locale),
				confidence(assessment, UnaryOperator.identity(), locale),
				ruledOutNote(assessment, UnaryOperator.identity(), locale), reasonsLead,
				reasonGroups(assessment, studentReasons, locale), reasons, reasonGroups(assessment, reasons, locale),
				changesLead(recommendation, locale), changes(recommendation, locale),
				words(assessment.nextSteps(), locale), words(assessment.schoolQuestions(), locale),
				recap(answers, locale));
	}

	/** The risks and questions an advisor should raise about a recommendation. */
	public AdvisorNotes advise(Recommendation recommendation, Locale locale) {
		String formatName = text(recommendation.format().inlineKey(), locale);
		List<ExplainedFlag> flags = new ArrayList<>();
		for (AdvisorFlag flag : recommendation.assessment().flags()) {
			List<RecapAnswer> answers = flag.raisedBy(recommendation.answers())
				.stream()
				.map((question) -> recapAnswer(question, recommendation.answers(), locale))
				.toList();
			flags.add(new ExplainedFlag(flag, text(flag.titleKey(), locale), text(flag.detailKey(), locale, formatName),
					text(flag.askKey(), locale), answers));
		}
		List<String> talkingPoints = recommendation.assessment()
			.talkingPoints()
			.stream()
			.map((id) -> text(Assessment.talkingPointKey(id), locale))
			.toList();
		Assessment assessment = recommendation.assessment();
		UnaryOperator<String> advisor = AdvisorNotes::aboutTheStudent;
		return new AdvisorNotes(headline(assessment, advisor, locale), scores(assessment, advisor, locale),
				confidence(assessment, advisor, locale), ruledOutNote(assessment, advisor, locale), flags,
				talkingPoints);
	}

	/** Every trade-off in words, in the model's order. */
	public List<TradeOffText> tradeOffs(Locale locale) {
		return Arrays.stream(TradeOff.values())
			.map((tradeOff) -> new TradeOffText(tradeOff, text(tradeOff.nameKey(), locale),
					text(tradeOff.summaryKey(), locale), text(tradeOff.format().inlineKey(), locale),
					text(tradeOff.favours().inlineKey(), locale)))
			.toList();
	}

	/**
	 * The headline; a close call names the runner-up it is close to ({0}), which the
	 * other headlines leave out.
	 */
	private String headline(Assessment assessment, UnaryOperator<String> reader, Locale locale) {
		String runnerUp = (assessment.runnerUp() != null) ? text(assessment.runnerUp().inlineKey(), locale) : "";
		if (tied(assessment)) {
			// Neither fits best: the headline names both (and starts with a capital).
			String both = text(reader.apply(TIE_HEADLINE_KEY), locale, text(assessment.format().inlineKey(), locale),
					runnerUp);
			return both.substring(0, 1).toUpperCase(locale) + both.substring(1);
		}
		return text(reader.apply(assessment.headlineKey()), locale, runnerUp);
	}

	/** Whether every other format is ruled out for this learner. */
	private static boolean onlyChoice(Assessment assessment) {
		return assessment.standing() == Standing.ONLY_POSSIBLE;
	}

	/** A tie, which no page may call a best fit. */
	private static boolean tied(Assessment assessment) {
		return assessment.standing() == Standing.TIED;
	}

	/** The headline of a tie: {0} and {1}, the two formats. */
	static final String TIE_HEADLINE_KEY = "headline.tie";

	/**
	 * How clear a tie is: {0} and {1}, the two formats, and what decides between them.
	 */
	static final String TIE_CONFIDENCE_KEY = "confidence.tie";

	private List<ScoreLine> scores(Assessment assessment, UnaryOperator<String> reader, Locale locale) {
		// The recommended format first; in a tie, the formats tied with it next to it.
		return Arrays.stream(Format.values())
			.sorted(Comparator.comparing((Format format) -> format != assessment.format())
				.thenComparing((Format format) -> !assessment.isTied(format)))
			.map((format) -> new ScoreLine(format, text(format.nameKey(), locale), assessment.score(format),
					assessment.isRuledOut(format) ? text(reader.apply("result.score.ruled-out"), locale)
							: text("result.score.value", locale, number(assessment.score(format))),
					format == assessment.format() && !tied(assessment), assessment.isRuledOut(format),
					assessment.isTied(format)))
			.toList();
	}

	private String confidence(Assessment assessment, UnaryOperator<String> reader, Locale locale) {
		if (onlyChoice(assessment)) {
			return text(reader.apply(Assessment.ONLY_CHOICE_CONFIDENCE_KEY), locale);
		}
		if (tied(assessment)) {
			return text(reader.apply(TIE_CONFIDENCE_KEY), locale, text(assessment.format().inlineKey(), locale),
					text(assessment.runnerUp().inlineKey(), locale));
		}
		return text(reader.apply(assessment.confidenceKey()), locale, text(assessment.runnerUp().inlineKey(), locale));
	}

	/** Why formats are not possible, one sentence for each limit that rules one out. */
	private String ruledOutNote(Assessment assessment, UnaryOperator<String> reader, Locale locale) {
		if (assessment.ruledOut().isEmpty()) {
			return null;
		}
		return assessment.ruledOut()
			.values()
			.stream()
			.distinct()
			.map((limit) -> text(reader.apply(Assessment.ruledOutKey(limit)), locale))
			.collect(Collectors.joining(" "));
	}

	/**
	 * The student's reasons under three headings, never mixed: why the format fits (what
	 * it gives them, strengths of theirs it uses), what to watch for (its costs for them,
	 * each said with what softens it), and strengths that would also serve another
	 * format.
	 */
	private List<ReasonGroup> reasonGroups(Assessment assessment, List<ExplainedReason> reasons, Locale locale) {
		Format format = assessment.format();
		String formatName = text(format.inlineKey(), locale);
		String forHeading = tied(assessment) ? text("result.reasons.for.tie", locale, formatName)
				: text("result.reasons.for", locale, formatName);
		List<ReasonGroup> groups = new ArrayList<>();
		addGroup(groups, forHeading, withRole(reasons, ExplainedReason.Role.FOR));
		addGroup(groups, text("result.reasons.against", locale), withRole(reasons, ExplainedReason.Role.RISK));
		if (format != Format.HYBRID) {
			Format other = (format == Format.SYNCHRONOUS) ? Format.ASYNCHRONOUS : Format.SYNCHRONOUS;
			addGroup(groups, text("result.reasons.strengths", locale, text(other.inlineKey(), locale)),
					withRole(reasons, ExplainedReason.Role.OTHER_STRENGTH));
		}
		return groups;
	}

	private static List<ExplainedReason> withRole(List<ExplainedReason> reasons, ExplainedReason.Role role) {
		return reasons.stream().filter((reason) -> reason.role() == role).toList();
	}

	private static void addGroup(List<ReasonGroup> groups, String heading, List<ExplainedReason> reasons) {
		if (!reasons.isEmpty()) {
			groups.add(new ReasonGroup(heading, reasons));
		}
	}

	private ExplainedReason reason(Reason reason, Format recommended, Answers answers, Locale locale) {
		List<String> phrases = reason.questions()
			.stream()
			.limit(ANSWERS_PER_REASON)
			.map((question) -> text(question.answerPhraseKey(answers.optionId(question)), locale))
			.toList();
		String what = (phrases.size() == 1) ? phrases.get(0) : text("list.two", locale, phrases.get(0), phrases.get(1));
		return new ExplainedReason(reason.tradeOff(), reason.favours(), text(reason.tradeOff().nameKey(), locale),
				text(explanationKey(reason, recommended), locale, capitalized(what, locale)), reason.weight(),
				text("result.reason.share", locale, number(ExplainedReason.percent(reason.weight()))),
				reason.questions().stream().map(Question::id).toList(), reason.isStrength(),
				ExplainedReason.Role.of(reason, recommended));
	}

	/**
	 * A pull towards the other pure format is said as a caution about the recommended
	 * one, not as praise of a format the learner was not advised to take.
	 */
	private static String explanationKey(Reason reason, Format recommended) {
		return reason.tradeOff().explanationKey(wording(reason, recommended));
	}

	private static TradeOff.Wording wording(Reason reason, Format recommended) {
		if (reason.isStrength()) {
			// The learner's strength: said as what it makes possible, or, beside a
			// recommendation the other way, as an option they could also manage.
			boolean otherWay = recommended != Format.HYBRID && reason.favours() != recommended;
			return otherWay ? TradeOff.Wording.STRENGTH_AGAINST : TradeOff.Wording.STRENGTH;
		}
		if (recommended != Format.HYBRID && reason.favours() != recommended) {
			return TradeOff.Wording.AGAINST;
		}
		if (reason.isRiskOf(Format.HYBRID) && recommended == Format.HYBRID) {
			// A hybrid course keeps the costs of its live sessions: say how to live with
			// this one. (Its live sessions answer the costs of studying alone: those are
			// reasons for it.)
			return TradeOff.Wording.HYBRID;
		}
		return (reason.strength() == Reason.Strength.STRONG) ? TradeOff.Wording.STRONG : TradeOff.Wording.MILD;
	}

	private static String capitalized(String sentence, Locale locale) {
		return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(locale) + sentence.substring(1);
	}

	/**
	 * A close call says how close, so the changes below read as the small tips they are.
	 */
	private String changesLead(Recommendation recommendation, Locale locale) {
		Assessment assessment = recommendation.assessment();
		boolean toRunnerUp = recommendation.changes()
			.stream()
			.anyMatch((change) -> change.format() == assessment.runnerUp());
		if (assessment.fit() == Assessment.Fit.LEANS && toRunnerUp) {
			int margin = assessment.score(assessment.format()) - assessment.score(assessment.runnerUp());
			String runnerUp = text(assessment.runnerUp().inlineKey(), locale);
			return (margin > 0) ? text("result.changes.lead.close", locale, runnerUp, number(margin))
					: text("result.changes.lead.tie", locale, runnerUp);
		}
		return text("result.changes.lead", locale);
	}

	private List<ExplainedChange> changes(Recommendation recommendation, Locale locale) {
		List<ExplainedChange> changes = new ArrayList<>();
		for (Change change : recommendation.changes()) {
			Question question = change.question();
			String condition = text(question.conditionKey(change.optionId()), locale);
			String answered = text(question.optionKey(recommendation.answers().optionId(question)), locale);
			String format = text(change.format().inlineKey(), locale);
			String sentence;
			if (change.together()) {
				// Two circumstances, neither enough alone: said as one change.
				Question also = change.alsoQuestion();
				sentence = text("result.change.together", locale, condition,
						text(also.conditionKey(change.alsoOptionId()), locale), answered,
						text(also.optionKey(recommendation.answers().optionId(also)), locale), format);
			}
			else {
				sentence = text("result.change", locale, condition, answered, format);
			}
			changes.add(new ExplainedChange(change.question().id(), change.optionId(), change.format(), sentence,
					change.together() ? change.alsoQuestion().id() : null, change.alsoOptionId()));
		}
		return changes;
	}

	private List<String> words(List<NextStep> steps, Locale locale) {
		return steps.stream().map(NextStep::messageKey).map((key) -> text(key, locale)).toList();
	}

	private List<RecapSection> recap(Answers answers, Locale locale) {
		List<RecapSection> sections = new ArrayList<>();
		for (Section section : Section.values()) {
			List<RecapAnswer> recapAnswers = section.questions()
				.stream()
				.map((question) -> recapAnswer(question, answers, locale))
				.toList();
			sections.add(new RecapSection(text(section.titleKey(), locale), recapAnswers));
		}
		return sections;
	}

	private RecapAnswer recapAnswer(Question question, Answers answers, Locale locale) {
		return new RecapAnswer(question.id(), text(question.textKey(), locale),
				text(question.optionKey(answers.optionId(question)), locale));
	}

	/**
	 * A whole number from 0 to 100 as a message argument. Passed as text: a number would
	 * make {@code MessageFormat} build a {@code NumberFormat} on every call, and these
	 * numbers read the same in every language we have.
	 */
	private static String number(int value) {
		return Integer.toString(value);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
