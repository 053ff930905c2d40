package org.formatfit.groups;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The groups' settings bind from the names operators already use, with the defaults the
 * app ships, and a value out of range stops the app with the setting's name.
 */
class GroupSettingsTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(GroupScheduling.class);

	@Test
	void bindsTheNamesOperatorsUseAndKeepsTheDefaultsOfTheOthers() {
		this.context
			.withPropertyValues("formatfit.groups.retention=P6M", "formatfit.groups.max-results=40",
					"formatfit.groups.live-refresh=30s")
			.run((started) -> {
				GroupSettings settings = started.getBean(GroupSettings.class);
				assertThat(settings.retention()).isEqualTo(Period.ofMonths(6));
				assertThat(settings.maxResults()).isEqualTo(40);
				assertThat(settings.liveRefresh()).isEqualTo(Duration.ofSeconds(30));
				assertThat(settings.codeMissesPerHour()).isEqualTo(30);
				assertThat(settings.callWait()).isEqualTo(Duration.ofSeconds(2));
			});
	}

	@Test
	void refusesToStartWithAGroupThatCanHoldNoResult() {
		this.context.withPropertyValues("formatfit.groups.max-results=0").run((started) -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).hasStackTraceContaining("formatfit.groups")
				.hasStackTraceContaining("maxResults");
		});
	}

}
