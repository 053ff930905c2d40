package org.formatfit.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;

/**
 * A risk an advisor should raise with the student: an answer that works against the
 * format FormatFit recommends. A model version defines its flags in its data file: which
 * formats each applies to and which answers raise it, so the answers an advisor is shown
 * are exactly the ones that raised it.
 *
 * @param id the flag's id
 * @param tradeOff the trade-off the flag is about, or {@code null} when it is about the
 * result itself
 * @param formats the recommended formats it is raised for
 * @param riskyAnswers the answers that raise it, by question, in question bank order
 * @param closeCall whether it is raised by a close call rather than by answers
 */
public record AdvisorFlag(String id, TradeOff tradeOff, Set<Format> formats, Map<Question, Set<String>> riskyAnswers,
		boolean closeCall) {

	public AdvisorFlag {
		formats = Set.copyOf(formats);
		riskyAnswers = Map.copyOf(riskyAnswers);
	}

	/** The questions whose answers raise this flag, in question bank order. */
	public List<Question> raisedBy(Answers answers) {
		return this.riskyAnswers.entrySet()
			.stream()
			.filter((risky) -> risky.getValue().contains(answers.optionId(risky.getKey())))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/** Message key of the flag's short title. */
	public String titleKey() {
		return titleKey(this.id);
	}

	/**
	 * Message key of why it matters; its argument {0} is the recommended format, inline.
	 */
	public String detailKey() {
		return detailKey(this.id);
	}

	/** Message key of a question the advisor could ask the student. */
	public String askKey() {
		return askKey(this.id);
	}

	/** The keys by a flag's id, for a model file that names one. */
	public static String titleKey(String id) {
		return "flag." + id + ".title";
	}

	public static String detailKey(String id) {
		return "flag." + id + ".detail";
	}

	public static String askKey(String id) {
		return "flag." + id + ".ask";
	}

}
