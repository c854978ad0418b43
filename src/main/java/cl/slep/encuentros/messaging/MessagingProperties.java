package cl.slep.encuentros.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram's limits as the sender applies them (DESIGN.md, Telegram's limits) and its retry policy.
 *
 * @param globalPerSecond messages a second for the whole bot (Telegram allows about 30)
 * @param privateChatInterval the least time between two new messages to one person
 * @param groupPerMinute new messages a minute to one group (Telegram allows about 20)
 * @param workers calls to Telegram in flight at once; latency to Telegram, not CPU, is what they wait on
 * @param maxAttempts tries for a message that meets network errors or 5xx before it is given up
 * @param firstRetryDelay the backoff after the first failure, doubled after each further one
 * @param maxRetryDelay the longest backoff
 */
@ConfigurationProperties("encuentros.messaging")
public record MessagingProperties(
        @DefaultValue("30") int globalPerSecond,
        @DefaultValue("1s") Duration privateChatInterval,
        @DefaultValue("20") int groupPerMinute,
        @DefaultValue("8") int workers,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("1s") Duration firstRetryDelay,
        @DefaultValue("5m") Duration maxRetryDelay) {
}
