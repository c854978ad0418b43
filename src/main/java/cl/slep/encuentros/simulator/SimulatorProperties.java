package cl.slep.encuentros.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of simulator mode.
 *
 * @param enabled    null when not set: then simulator mode follows from the absence of a Telegram token
 *                   (see {@link cl.slep.encuentros.runmode.SimulatorModeCondition})
 * @param botToken   the token the bot uses against the built-in emulator; it is a fake token, but it is
 *                   still never logged, so that the habit holds
 * @param rateLimits the limits the built-in emulator enforces for every bot
 * @param capacity   how much the built-in emulator keeps and accepts, so that its heap stays bounded
 */
@ConfigurationProperties("encuentros.simulator")
public record SimulatorProperties(
        Boolean enabled,
        @DefaultValue("1000001:simulador-local") String botToken,
        @DefaultValue RateLimits rateLimits,
        @DefaultValue EmulatorCapacity capacity) {
}
