package org.formatfit.recommendation.words;

import java.util.List;

import org.formatfit.recommendation.Format;

/**
 * One scoring model version in words, for the page that explains how FormatFit decides:
 * every number comes from the model's data file, every word from the message files.
 *
 * @param version the version number
 * @param intro which version this is, and since when it is in use
 * @param scores how the pulls become scores, with the model's score range
 * @param sides the trade-offs, by the format they pull towards
 * @param limits the circumstances that limit formats, in the data file's order
 * @param confidence how margins between the top two scores read
 * @param confidenceNotes the other rules on how settled a result is
 * @param headline how a score reads in a result's first sentence
 */
public record ModelText(int version, String intro, String scores, List<SideText> sides, List<LimitText> limits,
		List<LevelText> confidence, List<String> confidenceNotes, List<String> headline) {

	/**
	 * The trade-offs that pull towards one pure format.
	 *
	 * @param favours the format
	 * @param heading the side's heading
	 * @param tradeOffs its trade-offs, in the data file's order
	 */
	public record SideText(Format favours, String heading, List<RuleText> tradeOffs) {

	}

	/**
	 * One trade-off's part in the model.
	 *
	 * @param tradeOff the trade-off's name and summary
	 * @param favours the name of the format it pulls towards
	 * @param weightPercent its weight as a share of its side's, from 0 to 100
	 * @param weight that share in words
	 * @param rawWeight the weight as the data file gives it
	 * @param hybridPercent how much of it a hybrid course meets, from 0 to 100
	 * @param hybrid that, and whether it counts for or against a hybrid course
	 * @param combine how its answers combine
	 * @param answers each question that pulls it
	 */
	public record RuleText(TradeOffText tradeOff, String favours, int weightPercent, String weight, String rawWeight,
			int hybridPercent, String hybrid, String combine, List<AnswerPulls> answers) {

		public String id() {
			return this.tradeOff.id();
		}

	}

	/**
	 * How one question's answers pull a trade-off.
	 *
	 * @param questionId the question's id
	 * @param question the question as asked
	 * @param part its part of the trade-off, in words; {@code null} unless the answers
	 * add up
	 * @param options every option, in the question's order
	 */
	public record AnswerPulls(String questionId, String question, String part, List<OptionPull> options) {

	}

	/**
	 * One answer's pull.
	 *
	 * @param optionId the option's id
	 * @param label the option as the learner picks it
	 * @param pull the pull as a share, negative for a learner's strength
	 * @param note for a learner's strength, that it counts the other way; otherwise
	 * {@code null}
	 * @param bar the length of its bar, from 0 to 100
	 */
	public record OptionPull(String optionId, String label, String pull, String note, int bar) {

		public boolean strength() {
			return this.note != null;
		}

	}

	/**
	 * A circumstance that limits formats: either a table by the options of one question
	 * ({@code rows}), or one combination of answers ({@code conditions} and
	 * {@code keeps}).
	 *
	 * @param id the limit's id
	 * @param question the question the table goes by; {@code null} for a combination
	 * @param formats the names of the formats it limits, in the table's column order
	 * @param rows one row an option of the question
	 * @param conditions the answers that must all be given, one line a question
	 * @param keeps what each format keeps when they are
	 * @param untouched the formats it never limits, one sentence each
	 */
	public record LimitText(String id, String question, List<String> formats, List<LimitRow> rows,
			List<String> conditions, List<String> keeps, List<String> untouched) {

		public boolean byQuestion() {
			return this.question != null;
		}

	}

	/**
	 * One option of a limit's question and what each format keeps with it.
	 *
	 * @param optionId the option's id
	 * @param answer the option as the learner picks it
	 * @param keeps the share each format keeps, in the table's column order
	 */
	public record LimitRow(String optionId, String answer, List<String> keeps) {

	}

	/**
	 * One level of a scale, and the rule that gives it.
	 *
	 * @param name the level
	 * @param rule when a result has it
	 */
	public record LevelText(String name, String rule) {

	}

	/**
	 * A released version, for the version history.
	 *
	 * @param version its number
	 * @param name its number in words
	 * @param released its release date, as the reader writes dates
	 * @param releasedIso its release date as the data file gives it
	 * @param summary what changed in it
	 * @param current whether new results are made with it
	 */
	public record VersionText(int version, String name, String released, String releasedIso, String summary,
			boolean current) {

	}

}
