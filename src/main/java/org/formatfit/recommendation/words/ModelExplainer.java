package org.formatfit.recommendation.words;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.formatfit.recommendation.words.ModelText.AnswerPulls;
import org.formatfit.recommendation.words.ModelText.LevelText;
import org.formatfit.recommendation.words.ModelText.LimitRow;
import org.formatfit.recommendation.words.ModelText.LimitText;
import org.formatfit.recommendation.words.ModelText.OptionPull;
import org.formatfit.recommendation.words.ModelText.RuleText;
import org.formatfit.recommendation.words.ModelText.SideText;
import org.formatfit.recommendation.words.ModelText.VersionText;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.model.ModelFile;
import org.formatfit.recommendation.ScoringModel;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a scoring model itself in words: what it weighs, how much, what limits the
 * formats and how settled a result is, for the page that explains how FormatFit decides.
 * It reads only the model's data, so that it says any version as that version's file says
 * it.
 */
@Component
public class ModelExplainer {

	private static final String SUM = "add-up";

	/** A trade-off whose answers count only through the limits (version 3 on). */
	private static final String LIMITS = "limits";

	private final Explainer explainer;

	private final MessageSource messages;

	ModelExplainer(Explainer explainer, MessageSource messages) {
		this.explainer = explainer;
		this.messages = messages;
	}

	/** One model version, as its data file says it. */
	public ModelText describe(ModelFile data, Locale locale) {
		Map<String, TradeOffText> tradeOffs = this.explainer.tradeOffs(locale)
			.stream()
			.collect(Collectors.toMap(TradeOffText::id, Function.identity()));
		ModelFile.Scores scores = data.scores();
		return new ModelText(data.version(),
				text("method.intro.version", locale, Integer.toString(data.version()), date(data.released(), locale)),
				text((scores.bothWaysPoints() > 0) ? "method.tradeoffs.scores.both-ways" : "method.tradeoffs.scores",
						locale, decimal(scores.centre(), locale), decimal(scores.lowest(), locale),
						decimal(scores.highest(), locale)),
				sides(data, tradeOffs, locale), limits(data, locale), confidenceLevels(data.confidence(), locale),
				confidenceNotes(data.confidence(), locale), headline(data.headline(), locale));
	}

	/** Message key of what a released version changed, in a sentence or two. */
	public static String versionSummaryKey(int version) {
		return "method.version." + version + ".summary";
	}

	/**
	 * Message key of how a trade-off's answers combine, by the name a model file gives it
	 * ({@code sum}, {@code any} or {@code both}).
	 */
	public static String combineKey(String combine) {
		return "method.combine." + combine.toLowerCase(Locale.ROOT);
	}

	/** Every released version, the newest first. */
	public List<VersionText> versions(List<ScoringModel> released, Locale locale) {
		List<VersionText> versions = new ArrayList<>();
		for (int i = released.size() - 1; i >= 0; i--) {
			ModelFile data = released.get(i).data();
			String version = Integer.toString(data.version());
			versions.add(new VersionText(data.version(), text("method.versions.item", locale, version),
					date(data.released(), locale), data.released(), text(versionSummaryKey(data.version()), locale),
					i == released.size() - 1));
		}
		return versions;
	}

	private List<SideText> sides(ModelFile data, Map<String, TradeOffText> tradeOffs, Locale locale) {
		Map<Format, List<ModelFile.TradeOffRule>> bySide = new EnumMap<>(Format.class);
		for (ModelFile.TradeOffRule rule : data.tradeOffs()) {
			bySide.computeIfAbsent(tradeOff(rule, tradeOffs).tradeOff().favours(), (side) -> new ArrayList<>())
				.add(rule);
		}
		List<SideText> sides = new ArrayList<>();
		bySide.forEach((favours, rules) -> {
			// Only the trade-offs counted through pulls share a side's weight; those
			// counted through the limits (version 3 on) are circumstances, counted once
			// there.
			double sideWeight = rules.stream()
				.filter(ModelExplainer::countedThroughPulls)
				.mapToDouble(ModelFile.TradeOffRule::weight)
				.sum();
			List<RuleText> texts = rules.stream()
				.map((rule) -> rule(rule, tradeOff(rule, tradeOffs), sideWeight, locale))
				.toList();
			sides.add(new SideText(favours, text("method.side.heading", locale, text(favours.inlineKey(), locale)),
					texts));
		});
		return sides;
	}

	private static TradeOffText tradeOff(ModelFile.TradeOffRule rule, Map<String, TradeOffText> tradeOffs) {
		TradeOffText text = tradeOffs.get(rule.id());
		if (text == null) {
			throw new IllegalStateException("No trade-off " + rule.id());
		}
		return text;
	}

	private static boolean countedThroughPulls(ModelFile.TradeOffRule rule) {
		return !LIMITS.equals(rule.countedThrough());
	}

	private RuleText rule(ModelFile.TradeOffRule rule, TradeOffText tradeOff, double sideWeight, Locale locale) {
		Format favours = tradeOff.tradeOff().favours();
		boolean pulls = countedThroughPulls(rule);
		int weightPercent = pulls ? percent(rule.weight() / sideWeight) : 0;
		int hybridPercent = percent(rule.hybrid());
		String hybrid = (rule.hybrid() > 0.5) ? "method.rule.hybrid.for"
				: (rule.hybrid() < 0.5) ? "method.rule.hybrid.against" : "method.rule.hybrid.neither";
		boolean sum = SUM.equalsIgnoreCase(rule.combine());
		List<AnswerPulls> answers = rule.answers()
			.stream()
			.map((pull) -> answerPulls(pull, sum, favours, locale))
			.toList();
		return new RuleText(tradeOff, text(favours.nameKey(), locale), weightPercent,
				pulls ? text("method.rule.weight.value", locale, Integer.toString(weightPercent),
						text(favours.inlineKey(), locale)) : text("method.rule.weight.limits", locale),
				pulls ? text("method.rule.weight.raw", locale, decimal(rule.weight(), locale),
						decimal(sideWeight, locale)) : text("method.rule.weight.limits.raw", locale),
				hybridPercent, text(hybrid, locale, Integer.toString(hybridPercent)),
				text(combineKey(rule.combine()), locale), answers);
	}

	private AnswerPulls answerPulls(ModelFile.Pull pull, boolean sum, Format favours, Locale locale) {
		Question question = question(pull.question());
		String part = sum
				? text("method.pull.part", locale, Integer.toString(percent((pull.part() != null) ? pull.part() : 1.0)))
				: null;
		String otherWay = text(other(favours).inlineKey(), locale);
		List<OptionPull> options = new ArrayList<>();
		for (String optionId : question.optionIds()) {
			double value = pull.pulls().get(optionId);
			int percent = percent(Math.abs(value));
			String words = (value < 0) ? text("method.pull.strength", locale, Integer.toString(percent))
					: percentText(percent, locale);
			String note = (value < 0) ? text("method.pull.strength.note", locale, otherWay) : null;
			options.add(new OptionPull(optionId, text(question.optionKey(optionId), locale), words, note, percent));
		}
		return new AnswerPulls(question.id(), text(question.textKey(), locale), part, options);
	}

	private List<LimitText> limits(ModelFile data, Locale locale) {
		return (data.limits() != null) ? data.limits().stream().map((limit) -> limit(limit, locale)).toList()
				: List.of();
	}

	private LimitText limit(ModelFile.Limit limit, Locale locale) {
		List<Format> limited = new ArrayList<>();
		for (Format format : Format.values()) {
			boolean named = (limit.question() != null) ? limit.scoreKeptByAnswer().containsKey(format)
					: limit.scoreKept().containsKey(format);
			if (named) {
				limited.add(format);
			}
		}
		List<String> untouched = new ArrayList<>();
		for (Format format : Format.values()) {
			if (!limited.contains(format)) {
				untouched.add(text("method.limits.untouched", locale, text(format.nameKey(), locale)));
			}
		}
		List<String> formatNames = limited.stream().map((format) -> text(format.nameKey(), locale)).toList();
		if (limit.question() != null) {
			Question question = question(limit.question());
			List<LimitRow> rows = new ArrayList<>();
			for (String optionId : question.optionIds()) {
				List<String> keeps = limited.stream()
					.map((format) -> keepText(limit.scoreKeptByAnswer().get(format).get(optionId), locale))
					.toList();
				rows.add(new LimitRow(optionId, text(question.optionKey(optionId), locale), keeps));
			}
			return new LimitText(limit.id(), text(question.textKey(), locale), formatNames, rows, List.of(), List.of(),
					untouched);
		}
		List<String> conditions = new ArrayList<>();
		limit.when().forEach((questionId, optionIds) -> {
			Question question = question(questionId);
			String options = null;
			for (String optionId : question.optionIds()) {
				if (optionIds.contains(optionId)) {
					String option = text("method.limits.option", locale, text(question.optionKey(optionId), locale));
					options = (options == null) ? option : text("method.list.or", locale, options, option);
				}
			}
			conditions.add(text("method.limits.condition", locale, text(question.textKey(), locale), options));
		});
		List<String> keeps = new ArrayList<>();
		for (Format format : limited) {
			double keep = limit.scoreKept().get(format);
			String name = text(format.nameKey(), locale);
			keeps.add((keep > 0) ? text("method.limits.keep", locale, name, Integer.toString(keepPercent(keep)))
					: text("method.limits.keep.none", locale, name));
		}
		return new LimitText(limit.id(), null, formatNames, List.of(), conditions, keeps, untouched);
	}

	private String keepText(double keep, Locale locale) {
		return (keep > 0) ? percentText(keepPercent(keep), locale) : text("method.limits.not-possible", locale);
	}

	private List<LevelText> confidenceLevels(ModelFile.ConfidenceRule rule, Locale locale) {
		List<LevelText> levels = new ArrayList<>();
		levels.add(new LevelText(text("method.confidence.high", locale),
				text("method.confidence.high.rule", locale, Integer.toString(rule.high()))));
		if (rule.medium() < rule.high()) {
			levels.add(new LevelText(text("method.confidence.medium", locale), text("method.confidence.medium.rule",
					locale, Integer.toString(rule.medium()), Integer.toString(rule.high() - 1))));
		}
		levels.add(new LevelText(text("method.confidence.low", locale),
				text("method.confidence.low.rule", locale, Integer.toString(Math.min(rule.medium(), rule.high())))));
		return levels;
	}

	private List<String> confidenceNotes(ModelFile.ConfidenceRule rule, Locale locale) {
		List<String> notes = new ArrayList<>();
		if (rule.weightChange() > 0) {
			notes.add(text("method.confidence.weight-change", locale, Integer.toString(percent(rule.weightChange()))));
		}
		if (rule.clearNeedsScoreKept() > 0) {
			notes.add(text("method.confidence.keep", locale, Integer.toString(percent(rule.clearNeedsScoreKept()))));
		}
		notes.add(text("method.confidence.only", locale));
		return notes;
	}

	private List<String> headline(ModelFile.Headline rule, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(text("method.headline.good", locale, Integer.toString(rule.good())));
		if (rule.fair() < rule.good()) {
			lines.add(text("method.headline.fair", locale, Integer.toString(rule.fair()),
					Integer.toString(rule.good() - 1)));
		}
		String weakBelow = Integer.toString(Math.min(rule.fair(), rule.good()));
		lines.add(text("method.headline.weak", locale, weakBelow));
		if (rule.closeCallLeans()) {
			lines.add(text("method.headline.leans", locale));
		}
		lines.add(text("method.headline.only", locale, Integer.toString(rule.fair())));
		return lines;
	}

	private static Question question(String id) {
		return Question.byId(id).orElseThrow(() -> new IllegalStateException("No question " + id));
	}

	private static Format other(Format pure) {
		return (pure == Format.SYNCHRONOUS) ? Format.ASYNCHRONOUS : Format.SYNCHRONOUS;
	}

	/** A share from 0 to 1 as a whole percentage. */
	private static int percent(double share) {
		return (int) Math.round(share * 100);
	}

	/**
	 * A share of a score kept, as a whole percentage that says 0 % only of nothing and
	 * 100 % only of everything.
	 */
	private static int keepPercent(double share) {
		return Math.max(1, Math.min((share < 1) ? 99 : 100, percent(share)));
	}

	private String percentText(int percent, Locale locale) {
		return text("method.percent", locale, Integer.toString(percent));
	}

	/** A number from the data file as the reader writes numbers: 1.2, or 1,2. */
	private static String decimal(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/**
	 * A date from the data file as the reader writes dates, or as given if it is none.
	 */
	private static String date(String iso, Locale locale) {
		if (iso == null) {
			return "";
		}
		try {
			return LocalDate.parse(iso).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
