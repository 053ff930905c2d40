package org.formatfit.sharing;

import java.util.Base64;
import java.util.zip.CRC32;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.recommendation.ScoringModel;
import org.formatfit.recommendation.ScoringModels;

/**
 * Makes and reads share tokens. A token is 9 bytes written as 12 base64url characters:
 *
 * <pre>
 * byte 0     token layout version (1)
 * byte 1     scoring model version
 * bytes 2-5  the answers as one mixed-radix number (each question a digit in base its option count)
 * bytes 6-8  the low 24 bits of the CRC-32 of bytes 0-5, against typos and cut-off links
 * </pre>
 *
 * Every answer set has exactly one spelling: decoding rejects anything that would not
 * encode back to the very same text. The token holds no secret and needs no server state,
 * so any instance reads any other's links, forever, as long as the model version stays in
 * the code.
 */
public final class ShareTokens {

	/**
	 * What a share link's path starts with, before its token: every address under it
	 * holds a token, so it is never cached nor indexed.
	 */
	public static final String LINK_PREFIX = "/r/";

	/** Where a token's result lives: the share link's path, a URI template. */
	public static final String LINK_PATH = LINK_PREFIX + "{token}";

	/**
	 * Where a result is shared with an advisor group (a POST, which {@code groups}
	 * answers), a URI template.
	 */
	public static final String SHARE_PATH = LINK_PATH + "/share";

	/** Where a result's advisor view lives, a URI template. */
	public static final String ADVISOR_PATH = LINK_PATH + "/advisor";

	/**
	 * Layout version 1: the fifteen questions of the first question bank, all required.
	 */
	static final int LAYOUT_VERSION = 1;

	static final int LENGTH = 12;

	private static final int BYTES = 9;

	private static final int PAYLOAD_BYTES = 6;

	private static final long ANSWER_SET_COUNT = answerSetCount();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private ShareTokens() {
	}

	/** Scores the answers with the current model and makes their share token. */
	public static SharedRecommendation share(Answers answers) {
		ScoringModel model = ScoringModels.current();
		return new SharedRecommendation(ShareToken.of(answers, model.version()), model.recommend(answers), null);
	}

	/** The token for an answer set under the current model, without scoring it. */
	public static String tokenFor(Answers answers) {
		return encode(answers, ScoringModels.current().version());
	}

	/**
	 * The recommendation a token was made for, scored by the model version it names.
	 * @throws ShareTokenCorrupt when the token names a model version FormatFit never
	 * released
	 */
	public static SharedRecommendation open(ShareToken token) {
		ScoringModel model = ScoringModels.version(token.modelVersion())
			.orElseThrow(() -> new ShareTokenCorrupt("unknown model version"));
		Recommendation recommendation = model.recommend(token.answers());
		return new SharedRecommendation(token, recommendation, currentModelSuggests(recommendation));
	}

	/**
	 * What today's model recommends for answers an older model version scored, when that
	 * is not what the older version said; {@code null} when nothing changed.
	 */
	private static Format currentModelSuggests(Recommendation recommendation) {
		ScoringModel current = ScoringModels.current();
		if (recommendation.modelVersion() == current.version()) {
			return null;
		}
		Format now = current.assess(recommendation.answers()).format();
		return (now != recommendation.format()) ? now : null;
	}

	/** The text of the token for an answer set under a model version. */
	static String encode(Answers answers, int modelVersion) {
		if (modelVersion < 1 || modelVersion > 0xFF) {
			throw new IllegalArgumentException("Model version out of range: " + modelVersion);
		}
		long number = 0;
		for (Question question : Question.values()) {
			number = number * question.optionCount() + answers.index(question);
		}
		byte[] bytes = new byte[BYTES];
		bytes[0] = (byte) LAYOUT_VERSION;
		bytes[1] = (byte) modelVersion;
		for (int i = 5; i >= 2; i--) {
			bytes[i] = (byte) number;
			number >>>= 8;
		}
		writeChecksum(bytes);
		return ENCODER.encodeToString(bytes);
	}

	/**
	 * The one place a token's text is decoded ({@link ShareToken#parse}).
	 * @throws ShareTokenCorrupt when the text is not a token FormatFit made
	 */
	static ShareToken parse(String text) {
		byte[] bytes = strictlyDecode(text);
		return new ShareToken(text, bytes[1] & 0xFF, answersIn(bytes));
	}

	private static byte[] strictlyDecode(String token) {
		if (token == null || token.length() != LENGTH) {
			throw new ShareTokenCorrupt("wrong length");
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = token.charAt(i);
			boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_';
			if (!base64url) {
				throw new ShareTokenCorrupt("unexpected character");
			}
		}
		// 12 characters carry exactly 9 bytes with no spare bits, so each byte string has
		// one spelling; the alphabet check above rules out every other.
		byte[] bytes = Base64.getUrlDecoder().decode(token);
		if (bytes[0] != LAYOUT_VERSION) {
			throw new ShareTokenCorrupt("unknown layout version");
		}
		byte[] expected = bytes.clone();
		writeChecksum(expected);
		if (expected[6] != bytes[6] || expected[7] != bytes[7] || expected[8] != bytes[8]) {
			throw new ShareTokenCorrupt("checksum mismatch");
		}
		if (answerNumber(bytes) >= ANSWER_SET_COUNT) {
			throw new ShareTokenCorrupt("no such answer set");
		}
		return bytes;
	}

	private static Answers answersIn(byte[] bytes) {
		long number = answerNumber(bytes);
		Question[] questions = Question.values();
		int[] indexes = new int[questions.length];
		for (int i = questions.length - 1; i >= 0; i--) {
			indexes[i] = (int) (number % questions[i].optionCount());
			number /= questions[i].optionCount();
		}
		return Answers.ofIndexes(indexes);
	}

	private static long answerNumber(byte[] bytes) {
		long number = 0;
		for (int i = 2; i <= 5; i++) {
			number = (number << 8) | (bytes[i] & 0xFF);
		}
		return number;
	}

	private static void writeChecksum(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, PAYLOAD_BYTES);
		long value = crc.getValue();
		bytes[6] = (byte) (value >>> 16);
		bytes[7] = (byte) (value >>> 8);
		bytes[8] = (byte) value;
	}

	private static long answerSetCount() {
		long count = 1;
		for (Question question : Question.values()) {
			count *= question.optionCount();
		}
		if (count > 0xFFFFFFFFL) {
			throw new IllegalStateException("Answer sets no longer fit in layout version " + LAYOUT_VERSION);
		}
		return count;
	}

}
