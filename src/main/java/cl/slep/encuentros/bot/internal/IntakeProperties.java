package cl.slep.encuentros.bot.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How updates come in and are handled.
 *
 * @param enabled false to receive no updates at all (contexts that are not about the bot, such as some tests)
 * @param pollTimeout how long one getUpdates call waits for news (Telegram allows up to 50 s)
 * @param workers threads handling updates; one chat's updates still go one at a time, in order
 * @param sweepInterval how often updates left unhandled (e.g. by a database error) are tried again; an update
 *     is retried once it has waited at least this long
 */
@ConfigurationProperties("encuentros.intake")
public record IntakeProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("4") int workers,
        @DefaultValue("1m") Duration sweepInterval) {
}
