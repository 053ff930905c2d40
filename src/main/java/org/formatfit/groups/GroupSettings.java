package org.formatfit.groups;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The advisor groups' settings, under the names operators already use
 * ({@code formatfit.groups.*}), checked when the app starts: a wrong value stops it with
 * a message naming the setting.
 *
 * @param retention how long a group is kept after it is made
 * @param maxResults the most results one group keeps
 * @param createsPerHour the groups one address may make in an hour
 * @param sharesPerHour the shares one address may make in an hour
 * @param codeMissesPerHour the unknown join codes one address may try in an hour
 * @param liveRefresh how often the group page's script asks whether results came in
 * @param retryAfter how long groups answer "unavailable" after the database failed,
 * before they try it again
 * @param concurrentCalls the database calls groups make at once, at most
 * @param callWait how long a call waits for its turn before groups answer "unavailable"
 */
@ConfigurationProperties("formatfit.groups")
@Validated
public record GroupSettings(@DefaultValue("P12M") @NotNull Period retention,
		@DefaultValue("5000") @Positive int maxResults, @DefaultValue("20") @Positive int createsPerHour,
		@DefaultValue("300") @Positive int sharesPerHour, @DefaultValue("30") @Positive int codeMissesPerHour,
		@DefaultValue("10s") @NotNull Duration liveRefresh, @DefaultValue("5s") @NotNull Duration retryAfter,
		@DefaultValue("8") @Positive int concurrentCalls, @DefaultValue("2s") @NotNull Duration callWait) {

}
