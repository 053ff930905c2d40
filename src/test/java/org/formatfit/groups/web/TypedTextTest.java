package org.formatfit.groups.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels and names read as typed: every control, format and separator character is taken
 * out or made a plain space, nothing invisible alone is a label or a name, and the length
 * is the one a browser's {@code maxlength} counts.
 */
class TypedTextTest {

	@ParameterizedTest
	@CsvSource(delimiterString = "|",
			value = { "Tuesday \u202Egnineve\u202C group|Tuesday gnineve group", "co\u00ADordinate|coordinate",
					"\uFEFFAna|Ana", "Ana\u200BMaría|AnaMaría", "Ana\u2028María|Ana María", "Ana\u2029María|Ana María",
					"Ana\u0085María|Ana María", "Ana\u00A0\u00A0 María|Ana María", "Ana\tMaría\u000B|Ana María",
					"\u061CAna|Ana", "Ana\uDB40\uDC41\uDB40\uDC7F|Ana", "\u3164Ana|Ana", "  Ana  |Ana" })
	void takesOutWhatShowsNothingAndMakesBreaksPlainSpaces(String typed, String cleaned) {
		assertThat(TypedText.clean(typed)).isEqualTo(cleaned);
	}

	/** The joiners that make one emoji of several, or join Persian letters, stay. */
	@ParameterizedTest
	@ValueSource(strings = { "👩‍🏫 Tuesday", "می‌خواهم", "📚" })
	void keepsTheJoinersBetweenVisibleCharacters(String typed) {
		assertThat(TypedText.clean(typed)).isEqualTo(typed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u200B", "\u200D", "\u200B\u2060\u00AD\uFEFF", "\u3164\u115F", "\u0301",
			"\uFE0F", "\u2028\u2029\u0085", "\uDB40\uDC41" })
	void leavesNothingOfTextThatShowsNothing(String typed) {
		assertThat(TypedText.clean(typed)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "abc,3", "Zoë,3", "📚,2", "👩‍🏫,5" })
	void countsAsAFormFieldsMaxlengthDoes(String text, int length) {
		assertThat(TypedText.length(text)).isEqualTo(length);
	}

}
