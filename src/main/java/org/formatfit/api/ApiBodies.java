package org.formatfit.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.formatfit.catalog.FittingPrograms;
import org.formatfit.catalog.ProgramsThatFit;
import org.formatfit.catalog.ProgramsThatFit.FormatPrograms;
import org.formatfit.catalog.ProgramsThatFit.Listed;
import org.formatfit.recommendation.words.Explanation;
import org.formatfit.questionnaire.QuestionnaireText.SectionText;
import org.formatfit.recommendation.Format;
import org.formatfit.sharing.SharedRecommendation;

import org.springframework.context.MessageSource;

/**
 * The JSON shapes of the API, as the contract in questionnaire.md sets them. Each names
 * its schema in the OpenAPI document ({@link ApiDocument}); the ids' allowed values there
 * come from the question bank, not from these types.
 */
final class ApiBodies {

	private ApiBodies() {
	}

	@Schema(name = "Questionnaire", description = "The questions in the order FormatFit asks them, by section.")
	record QuestionnaireBody(List<SectionBody> sections) {

		static QuestionnaireBody of(List<SectionText> sections) {
			return new QuestionnaireBody(sections.stream()
				.map((section) -> new SectionBody(section.id(), section.title(), section.hint(),
						section.questions()
							.stream()
							.map((question) -> new QuestionBody(question.id(), question.text(), question.hint(),
									question.options()
										.stream()
										.map((option) -> new OptionBody(option.id(), option.label()))
										.toList()))
							.toList()))
				.toList());
		}

	}

	@Schema(name = "Section")
	record SectionBody(String id, String title, String hint, List<QuestionBody> questions) {

	}

	@Schema(name = "Question", description = "A question; every question takes exactly one of its options.")
	record QuestionBody(String id, String text, String hint, List<OptionBody> options) {

	}

	@Schema(name = "Option", description = "An option, in the order of its scale.")
	record OptionBody(String id, String label) {

	}

	@Schema(name = "Recommendation", description = "The format that fits best, and why.")
	record RecommendationBody(@Schema(description = "The format with the highest score.") Format format,
			@Schema(description = "The result in one sentence, in the requested language.") String headline,
			@Schema(description = "A score from 0 to 100 for each format.") Map<Format, Integer> scores,
			@Schema(description = "How clearly the format leads the others, from the margin.") String confidence,
			@Schema(description = "The confidence in words, in the requested language.") String confidenceText,
			@Schema(description = "Where the format stands against the others the student could take: ahead of "
					+ "them; tied with another (same score, so neither is a best fit); or the only format the "
					+ "student's circumstances leave possible, whatever its score.",
					allowableValues = {
							"ahead", "tied", "only-possible" }) String standing,
			@Schema(description = "Every reason, the weightiest first.") List<ReasonBody> reasons,
			@Schema(description = "Single answers that would change the result.") List<ChangeBody> changes,
			@Schema(description = "What to do next for this format, in the requested language.") List<String> nextSteps,
			@Schema(description = "The share token: the answers and the model version, for "
					+ "GET /api/v1/recommendations/{token} and the result page.") String token,
			@Schema(description = "The result page for this token.", format = "uri") String shareUrl,
			@Schema(description = "The scoring model version that made this recommendation; "
					+ "a token keeps its version.") int modelVersion,
			@Schema(description = "The school's programs that fit the student, as the result page lists them: in the "
					+ "recommended format first, then in the runner-up, then online programs whose format the school "
					+ "does not state; never one in a format ruled out for the student. Only when the school gives "
					+ "FormatFit a catalog of its programs (then an empty list when none fits); absent otherwise.") @JsonInclude(JsonInclude.Include.NON_NULL) List<ProgramBody> programs){

		static RecommendationBody of(SharedRecommendation shared, Explanation explanation, String shareUrl,
				List<ProgramBody> programs) {
			Map<Format, Integer> scores = new LinkedHashMap<>();
			for (Format format : Format.values()) {
				scores.put(format, shared.recommendation().assessment().score(format));
			}
			return new RecommendationBody(explanation.format(), explanation.headline(), scores,
					shared.recommendation().assessment().confidence().name(), explanation.confidence(),
					shared.recommendation().assessment().standing().id(),
					explanation.reasons()
						.stream()
						.map((reason) -> new ReasonBody(reason.tradeOff().id(), reason.favours(),
								Math.round(reason.weight() * 100) / 100.0, reason.questionIds(), reason.explanation(),
								reason.role().id()))
						.toList(),
					explanation.changes()
						.stream()
						.map((change) -> new ChangeBody(change.questionId(), change.optionId(), change.format(),
								change.sentence(),
								(change.alsoQuestionId() != null)
										? List.of(new AnswerBody(change.alsoQuestionId(), change.alsoOptionId()))
										: List.of()))
						.toList(),
					explanation.nextSteps(), shared.token().text(), shareUrl, shared.recommendation().modelVersion(),
					programs);
		}

	}

	@Schema(name = "Program", description = "One of the school's programs that fits the student, from the catalog "
			+ "the school gives FormatFit.")
	record ProgramBody(@Schema(description = "Its name, as the school's catalog gives it.") String name,
			@Schema(description = "Its page at the school.", format = "uri") String url,
			@Schema(description = "Why it is listed: it runs in the recommended format, or in the runner-up, or "
					+ "online in a format the school does not state (the student should ask how it runs).",
					allowableValues = {
							RECOMMENDED, RUNNER_UP, FORMAT_NOT_STATED }) String fit,
			@Schema(description = "Its format; null when the school does not state it.",
					types = { "string", "null" }) Format format,
			@Schema(description = "Its live sessions fall at set times, and the student said they can rarely or "
					+ "never be online at set times.") boolean setTimesWarning,
			@Schema(description = "The time zone of its live sessions at set times, as the catalog writes it "
					+ "(e.g. America/Chicago); null when it has none or the catalog does not say.",
					types = { "string", "null" }) String timeZone,
			@Schema(description = "What the result page says of it, in the requested language: the warning about "
					+ "set times when it applies, else, for a program whose format is not stated, what to ask the "
					+ "school; null when the page says nothing.", types = { "string", "null" }) String note){

		static final String RECOMMENDED = "recommended";

		static final String RUNNER_UP = "runner-up";

		static final String FORMAT_NOT_STATED = "format-not-stated";

		/**
		 * The programs in the order the result page lists them; {@code null} without a
		 * catalog, so that the answer is the same as before schools could give one.
		 */
		static List<ProgramBody> list(FittingPrograms fitting, SharedRecommendation shared, MessageSource messages,
				Locale locale) {
			if (!fitting.catalogGiven()) {
				return null;
			}
			ProgramsThatFit programs = fitting.forStudent(shared.recommendation());
			List<ProgramBody> listed = new ArrayList<>();
			for (FormatPrograms group : programs.byFormat()) {
				String fit = (group.format() == shared.recommendation().format()) ? RECOMMENDED : RUNNER_UP;
				for (Listed program : group.programs()) {
					listed.add(new ProgramBody(program.name(), program.link().toString(), fit, group.format(),
							program.setTimesWarning(), program.timeZone(), setTimes(program, messages, locale)));
				}
			}
			String ask = messages.getMessage("programs.notstated.ask", null, locale);
			for (Listed program : programs.formatNotStated()) {
				String warning = setTimes(program, messages, locale);
				listed.add(new ProgramBody(program.name(), program.link().toString(), FORMAT_NOT_STATED, null,
						program.setTimesWarning(), program.timeZone(), (warning != null) ? warning : ask));
			}
			return listed;
		}

		/**
		 * What the page says beside a program whose live sessions fall at set times, to a
		 * student who can rarely be online then; {@code null} otherwise.
		 */
		private static String setTimes(Listed program, MessageSource messages, Locale locale) {
			if (!program.setTimesWarning()) {
				return null;
			}
			return (program.timeZone() != null)
					? messages.getMessage("programs.settimes.zone", new Object[] { program.timeZone() }, locale)
					: messages.getMessage("programs.settimes", null, locale);
		}

	}

	@Schema(name = "Reason")
	record ReasonBody(@Schema(description = "The trade-off of online study this reason is about.") String tradeOff,
			@Schema(description = "The format this reason speaks for.") Format favours,
			@Schema(description = "Its share of the decision, from 0 to 1.", minimum = "0",
					maximum = "1") double weight,
			@Schema(description = "The questions whose answers drove it.") List<String> questions,
			@Schema(description = "The reason in words, in the requested language.") String explanation,
			@Schema(description = "What it is to the recommended format: a reason it fits (for), one of its risks "
					+ "for the student, said with what softens it (risk), or a strength of the student's that "
					+ "would serve another format (other-strength). Added with model version 3; every version "
					+ "gives it.",
					allowableValues = {
							"for", "risk", "other-strength" }) String role){

	}

	@Schema(name = "Change",
			description = "One answer that, given instead, would make another format fit best; or two, "
					+ "given together, where neither alone would (from model version 3).")
	record ChangeBody(String question, @Schema(description = "The option that would change the result.") String answer,
			@Schema(description = "The format it would change the result to.") Format format,
			@Schema(description = "The change in words, in the requested language.") String explanation,
			@Schema(description = "Another answer that must change with this one (a computer and a steadier "
					+ "connection); empty for a change of one answer.") List<AnswerBody> together) {

	}

	@Schema(name = "Answer", description = "One question and the option given.")
	record AnswerBody(String question, String answer) {

	}

	/**
	 * The RFC 9457 problem details every error of the API is answered with. Spring's
	 * {@code ProblemDetail} writes them ({@link ApiProblems}, and the error pages for
	 * what fails before the API's own code runs); this record only describes their shape
	 * in the OpenAPI document, and {@code ApiContractTests} holds real problems to it.
	 */
	@Schema(name = "Problem", description = "RFC 9457 problem details.")
	record ProblemBody(
			@Schema(description = "The kind of problem, e.g. urn:formatfit:problem:invalid-answers; absent "
					+ "(about:blank) for one found before the API's own code ran, such as 406 or 415.",
					format = "uri") String type,
			@Schema(description = "The kind of problem in a few words, in the requested language.") String title,
			@Schema(description = "The HTTP status.") int status,
			@Schema(description = "What went wrong, in the requested language.") String detail,
			@Schema(description = "The path of the request.", format = "uri-reference") String instance,
			@Schema(description = "Each answer or field in error (400 only).") List<ProblemError> errors,
			@Schema(description = "The request's id, as in the X-Request-Id header and the logs, for a problem "
					+ "found before the API's own code ran.") String requestId) {

	}

	/**
	 * One entry of a problem's {@code errors}: a question, or a field of the request, and
	 * what is wrong with it; or, for the unknown question ids not named one by one, how
	 * many there were.
	 */
	@Schema(name = "ProblemError")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ProblemError(@Schema(
			description = "The question id as sent, which for unknown-question is no question.") String question,
			@Schema(description = "A field of the request that is not part of it (unknown-field).") String field,
			@Schema(description = "What is wrong.") String code,
			@Schema(description = "How many unknown question ids were left unnamed (more-unknown-questions).",
					minimum = "1") Integer count,
			@Schema(description = "What to do about it, in the requested language.") String detail) {

		static ProblemError question(String question, String code, String detail) {
			return new ProblemError(question, null, code, null, detail);
		}

		static ProblemError field(String field, String code, String detail) {
			return new ProblemError(null, field, code, null, detail);
		}

		static ProblemError count(int count, String code, String detail) {
			return new ProblemError(null, null, code, count, detail);
		}

	}

}
