package org.formatfit.institution;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app refuses to start on a school's look that would fail its readers: a colour too
 * faint for text, buttons or the focus ring, a logo that is no small PNG, a logo with no
 * name to say beside it. The settings are bound as the app binds them.
 */
class BrandSettingsTests {

	private static final String LOGO = "classpath:brand/northfield-logo.png";

	private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(Brand.class);

	@Test
	void withoutSettingsFormatFitLooksAsItAlwaysHas() {
		this.app.run((context) -> {
			Brand brand = context.getBean(Brand.class);
			assertThat(brand.name()).isNull();
			assertThat(brand.hasLogo()).isFalse();
			assertThat(brand.styled()).isFalse();
		});
	}

	@Test
	void aSchoolsNameLogoAndDarkColourAreTaken() {
		this.app
			.withPropertyValues("formatfit.brand.name=  Northfield College ", "formatfit.brand.logo=" + LOGO,
					"formatfit.brand.accent=#166534")
			.run((context) -> {
				Brand brand = context.getBean(Brand.class);
				assertThat(brand.name()).isEqualTo("Northfield College");
				// 160 × 160 px, shown 40 px high.
				assertThat(brand.logoWidth()).isEqualTo(40);
				assertThat(brand.stylesheet()).contains("--brand:#166534;");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "#7aa7ff", "#ffd700", "#888888", "#2f6fdb" })
	void refusesToStartOnAColourTooFaintForTextAndButtons(String accent) {
		this.app.withPropertyValues("formatfit.brand.accent=" + accent)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("formatfit.brand.accent " + accent + " is too faint")
				.hasMessageContaining("4.5:1 (WCAG 1.4.3)"));
	}

	@Test
	void refusesToStartOnAColourThatHidesTheFocusRingAndNamesEveryShortfall() {
		this.app.withPropertyValues("formatfit.brand.accent=#ffd700")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("focus ring")
				.hasMessageContaining("3:1 (WCAG 1.4.11)"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "green", "#12345", "#1234567", "rgb(22, 101, 52)", "166534" })
	void refusesToStartOnAColourThatIsNoHexColour(String accent) {
		this.app.withPropertyValues("formatfit.brand.accent=" + accent)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("formatfit.brand.accent")
				.hasMessageContaining("#rrggbb"));
	}

	@Test
	void refusesToStartOnALogoOver100Kb(@TempDir Path folder) throws IOException {
		// Noise does not compress: about 480 KB.
		BufferedImage noise = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(1);
		for (int y = 0; y < 400; y++) {
			for (int x = 0; x < 400; x++) {
				noise.setRGB(x, y, random.nextInt());
			}
		}
		Path logo = folder.resolve("logo.png");
		ImageIO.write(noise, "png", logo.toFile());
		assertThat(Files.size(logo)).isGreaterThan(BrandSettings.MOST_LOGO_BYTES);

		this.app.withPropertyValues("formatfit.brand.name=Northfield College", "formatfit.brand.logo=file:" + logo)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("formatfit.brand.logo")
				.hasMessageContaining("over 100 KB"));
	}

	@Test
	void refusesToStartOnALogoThatIsNoPng(@TempDir Path folder) throws IOException {
		Path logo = folder.resolve("logo.png");
		BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
		ImageIO.write(image, "jpg", logo.toFile());

		this.app.withPropertyValues("formatfit.brand.name=Northfield College", "formatfit.brand.logo=file:" + logo)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("is no PNG"));
	}

	@Test
	void refusesToStartOnAPngSignatureFollowedByGarbage(@TempDir Path folder) throws IOException {
		Path logo = folder.resolve("logo.png");
		Files.write(logo, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 4, 5 });

		this.app.withPropertyValues("formatfit.brand.name=Northfield College", "formatfit.brand.logo=file:" + logo)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("no PNG an image reader can open"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "4000x10", "10x400", "8x8", "3000x3000" })
	void refusesToStartOnALogoOfAShapeOrSizeNoHeaderCanShow(String shape, @TempDir Path folder) throws IOException {
		String[] sides = shape.split("x");
		Path logo = folder.resolve("logo.png");
		ImageIO.write(new BufferedImage(Integer.parseInt(sides[0]), Integer.parseInt(sides[1]),
				BufferedImage.TYPE_BYTE_BINARY), "png", logo.toFile());

		this.app.withPropertyValues("formatfit.brand.name=Northfield College", "formatfit.brand.logo=file:" + logo)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("16 to 2,000 px a side"));
	}

	@Test
	void refusesToStartOnALogoThatIsMissingOrHasNoName(@TempDir Path folder) {
		this.app
			.withPropertyValues("formatfit.brand.name=Northfield College",
					"formatfit.brand.logo=file:" + folder.resolve("missing.png"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("cannot be read"));
		this.app.withPropertyValues("formatfit.brand.logo=" + LOGO)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("needs formatfit.brand.name"));
	}

	@Test
	void refusesToStartOnANameTooLongForAPhone() {
		this.app.withPropertyValues("formatfit.brand.name=" + "Northfield College of ".repeat(5))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("formatfit.brand.name"));
	}

}
