package cl.slep.encuentros.bot.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How updates come in and are handled.
 *
 * @param pollTimeout how long one getUpdates call waits for news (Telegram allows up to 50 s)
 * @param workers threads handling updates; one chat's updates still go one at a time, in order
 */
@ConfigurationProperties("encuentros.intake")
public record IntakeProperties(
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("4") int workers) {
}
