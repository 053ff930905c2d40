package org.formatfit.groups.web;

/**
 * What an advisor or a student types for someone else to read (a group's label, the name
 * a student shares under), made to read as typed and counted as a browser counts it.
 */
final class TypedText {

	/**
	 * Letters that show nothing: the Hangul fillers, and the combining grapheme joiner
	 * and Khmer vowels that are never drawn.
	 */
	private static final String BLANK_LETTERS = "\u034F\u115F\u1160\u17B4\u17B5\u3164\uFFA0";

	private TypedText() {
	}

	/**
	 * The text as a reader will see it: the characters that show nothing and can change
	 * how the rest reads are taken out (format characters: zero-width ones, bidirectional
	 * marks, overrides and isolates, the soft hyphen, the byte-order mark, tags; and
	 * blank letters), but for the two joiners between visible characters, where they make
	 * one emoji of several (👩‍🏫) or join letters in Persian or Hindi. Controls, line
	 * and paragraph separators, private-use, unassigned and lone surrogate code points,
	 * and every kind of space become one plain space; the ends are trimmed. Empty when
	 * nothing visible is left.
	 */
	static String clean(String typed) {
		int[] points = typed.codePoints().toArray();
		StringBuilder text = new StringBuilder(typed.length());
		boolean spaceBefore = false;
		boolean visible = false;
		for (int i = 0; i < points.length; i++) {
			int point = points[i];
			if (isBreak(point)) {
				spaceBefore = true;
				continue;
			}
			if (isHidden(point) && !(isJoiner(point) && i > 0 && joinsAfter(points[i - 1]) && i + 1 < points.length
					&& isVisible(points[i + 1]))) {
				continue;
			}
			if (spaceBefore && !text.isEmpty()) {
				text.append(' ');
			}
			spaceBefore = false;
			visible |= isVisible(point);
			text.appendCodePoint(point);
		}
		return visible ? text.toString() : "";
	}

	/**
	 * Its length as a form field's {@code maxlength} counts it (UTF-16 code units: an
	 * emoji is two), so that the browser's limit and ours are the same.
	 */
	static int length(String text) {
		return text.length();
	}

	private static boolean isBreak(int point) {
		return switch (Character.getType(point)) {
			case Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE,
					Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				true;
			default -> false;
		};
	}

	private static boolean isHidden(int point) {
		return Character.getType(point) == Character.FORMAT || BLANK_LETTERS.indexOf(point) >= 0;
	}

	/** The zero-width joiner and non-joiner. */
	private static boolean isJoiner(int point) {
		return point == 0x200D || point == 0x200C;
	}

	/** Something a reader can see: a letter, a digit, a symbol or punctuation. */
	private static boolean isVisible(int point) {
		if (BLANK_LETTERS.indexOf(point) >= 0) {
			return false;
		}
		return Character.isLetterOrDigit(point) || switch (Character.getType(point)) {
			case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
					Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION, Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> false;
		};
	}

	/**
	 * What a joiner may follow: anything visible, or a mark on it (an emoji's variation
	 * selector, a vowel sign).
	 */
	private static boolean joinsAfter(int point) {
		return isVisible(point) || Character.getType(point) == Character.NON_SPACING_MARK
				|| Character.getType(point) == Character.COMBINING_SPACING_MARK;
	}

}
