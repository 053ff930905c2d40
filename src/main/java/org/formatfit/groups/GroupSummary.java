package org.formatfit.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.formatfit.recommendation.AdvisorFlag;
import org.formatfit.recommendation.Confidence;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Reason;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.recommendation.TradeOff;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokenCorrupt;
import org.formatfit.sharing.ShareTokens;

/**
 * What a group's shared results add up to, for its page, its CSV and its JSON: each
 * result scored again from its token by the model version it names, exactly as its link
 * shows it. Public, with its parts, so that the template's Spring EL can be compiled.
 *
 * @param results the results, in the order they arrived
 * @param formats how many results recommend each format, in the formats' order
 * @param confidence how many results are how clear, clearest first
 * @param flags how many results carry each advisor flag, the most common first; flags no
 * result carries are left out
 * @param tradeOffs each trade-off's average share of the decision across the results, the
 * heaviest first; trade-offs that weighed in no result are left out
 */
public record GroupSummary(List<Row> results, List<Count<Format>> formats, List<Count<Confidence>> confidence,
		List<Count<String>> flags, List<Weight> tradeOffs) {

	/** Below this many results, shares would say more than they mean: counts only. */
	static final int PERCENT_FROM = 5;

	static GroupSummary of(List<SharedResult> shared) {
		List<Row> rows = new ArrayList<>();
		Map<Format, Integer> formats = new EnumMap<>(Format.class);
		Map<Confidence, Integer> confidence = new EnumMap<>(Confidence.class);
		Map<String, Integer> flags = new LinkedHashMap<>();
		Map<TradeOff, Double> weights = new EnumMap<>(TradeOff.class);
		for (SharedResult result : shared) {
			Recommendation recommendation;
			try {
				recommendation = ShareTokens.open(ShareToken.parse(result.token())).recommendation();
			}
			catch (ShareTokenCorrupt ex) {
				// Only a model version taken out of the code could do this: a token is
				// checked before it is stored.
				continue;
			}
			rows.add(new Row(rows.size() + 1, result.id(), result.studentName(), result.sharedOn(), result.token(),
					recommendation));
			formats.merge(recommendation.format(), 1, Integer::sum);
			confidence.merge(recommendation.assessment().confidence(), 1, Integer::sum);
			for (AdvisorFlag flag : recommendation.assessment().flags()) {
				flags.merge(flag.id(), 1, Integer::sum);
			}
			for (Reason reason : recommendation.assessment().reasons()) {
				weights.merge(reason.tradeOff(), reason.weight(), Double::sum);
			}
		}
		int total = rows.size();
		List<Count<Format>> formatCounts = new ArrayList<>();
		for (Format format : Format.values()) {
			formatCounts.add(new Count<>(format, formats.getOrDefault(format, 0), total));
		}
		List<Count<Confidence>> confidenceCounts = new ArrayList<>();
		for (Confidence level : Confidence.values()) {
			confidenceCounts.add(new Count<>(level, confidence.getOrDefault(level, 0), total));
		}
		List<Count<String>> flagCounts = flags.entrySet()
			.stream()
			.map((flag) -> new Count<>(flag.getKey(), flag.getValue(), total))
			.sorted(Comparator.comparingInt(Count<String>::count).reversed())
			.toList();
		List<Weight> tradeOffs = weights.entrySet()
			.stream()
			.map((weight) -> new Weight(weight.getKey(), (int) Math.round(100 * weight.getValue() / total)))
			.filter((weight) -> weight.percent() > 0)
			.sorted(Comparator.comparingInt(Weight::percent).reversed())
			.toList();
		return new GroupSummary(List.copyOf(rows), formatCounts, confidenceCounts, flagCounts, tradeOffs);
	}

	public int total() {
		return this.results.size();
	}

	/** Whether there are enough results for percentages to mean something. */
	public boolean showsPercentages() {
		return total() >= PERCENT_FROM;
	}

	/**
	 * A count out of the group's results.
	 *
	 * @param <T> what is counted
	 * @param what what is counted: a format, a confidence, a flag's id
	 * @param count how many results
	 * @param total out of how many
	 */
	public record Count<T>(T what, int count, int total) {

		/** The share, rounded to a whole percent. */
		public int percent() {
			return (this.total == 0) ? 0 : (int) Math.round(100.0 * this.count / this.total);
		}

		/** The flag title's message key, for a count of flags. */
		public String flagTitleKey() {
			return AdvisorFlag.titleKey(String.valueOf(this.what));
		}

	}

	/**
	 * A trade-off's average pull in the group.
	 *
	 * @param tradeOff the trade-off
	 * @param percent its average share of the decision, in percent
	 */
	public record Weight(TradeOff tradeOff, int percent) {

	}

	/**
	 * One shared result.
	 *
	 * @param number its place in the order of arrival, from 1
	 * @param id its row's id, which the advisor's links to it name
	 * @param name the name or initials the student shared it under, or {@code null}
	 * @param sharedOn the day it was shared
	 * @param token its share token
	 * @param recommendation what its link says
	 */
	public record Row(int number, long id, String name, LocalDate sharedOn, String token,
			Recommendation recommendation) {

		public Format format() {
			return this.recommendation.format();
		}

		public Confidence confidence() {
			return this.recommendation.assessment().confidence();
		}

		/** The ids of its advisor flags, most serious first. */
		public List<String> flagIds() {
			return this.recommendation.assessment().flags().stream().map(AdvisorFlag::id).toList();
		}

	}

}
