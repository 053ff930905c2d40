package org.formatfit.bench;

import org.formatfit.sharing.ShareToken;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Change;
import org.formatfit.recommendation.ScoringModel;
import org.formatfit.recommendation.ScoringModels;
import org.formatfit.sharing.ShareTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths of a results page, on a thousand different answer sets so that no branch
 * predictor or cache learns a single one. Run by {@code bench/run.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

	/**
	 * The model version to score with: the current one, and the one before it side by
	 * side in the same run (version 3 added changes of two answers).
	 */
	@Param({ "2", "3" })
	public int version;

	private ScoringModel model;

	private Answers[] answers;

	private String[] tokens;

	private int next;

	@Setup
	public void makeAnswerSets() {
		this.model = ScoringModels.version(this.version).orElseThrow();
		Random random = new Random(42);
		this.answers = new Answers[1024];
		this.tokens = new String[this.answers.length];
		for (int i = 0; i < this.answers.length; i++) {
			this.answers[i] = AnswerSets.random(random);
			this.tokens[i] = ShareTokens.tokenFor(this.answers[i]);
		}
	}

	private int nextIndex() {
		this.next = (this.next + 1) & (this.answers.length - 1);
		return this.next;
	}

	@Benchmark
	public Assessment score() {
		return this.model.assess(this.answers[nextIndex()]);
	}

	@Benchmark
	public List<Change> whatWouldChange() {
		return this.model.whatWouldChange(this.answers[nextIndex()]);
	}

	@Benchmark
	public Answers tokenEncodeAndDecode() {
		return ShareToken.parse(ShareTokens.tokenFor(this.answers[nextIndex()])).answers();
	}

	@Benchmark
	public Answers tokenDecode() {
		return ShareToken.parse(this.tokens[nextIndex()]).answers();
	}

}
