package org.formatfit.institution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** WCAG's contrast ratio, on pairs whose ratio WCAG's own examples and tools agree on. */
class ContrastTest {

	@Test
	void blackOnWhiteIs21AndAColourOnItselfIs1() {
		assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21, within(0.001));
		assertThat(Contrast.ratio("#ffffff", "#000000")).isCloseTo(21, within(0.001));
		assertThat(Contrast.ratio("#1d4ed8", "#1d4ed8")).isCloseTo(1, within(0.001));
	}

	@Test
	void theLightestGreyForTextOnWhiteJustPasses() {
		// #767676 is the usual example of the lightest grey with 4.5:1 on white; #777777
		// falls just short.
		assertThat(Contrast.ratio("#767676", "#ffffff")).isGreaterThanOrEqualTo(4.5).isLessThan(4.6);
		assertThat(Contrast.ratio("#777777", "#ffffff")).isLessThan(4.5);
	}

	@Test
	void mixesAColourTowardsAnotherChannelByChannel() {
		assertThat(Contrast.mix("#000000", "#ffffff", 0.5)).isEqualTo("#808080");
		assertThat(Contrast.mix("#166534", "#000000", 0)).isEqualTo("#166534");
		assertThat(Contrast.mix("#166534", "#ffffff", 1)).isEqualTo("#ffffff");
	}

}
