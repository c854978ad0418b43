package cl.slep.encuentros.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram's limits as the sender applies them (DESIGN.md, Telegram's limits), its retry policy, and how
 * instances share the one sender.
 *
 * @param globalPerSecond messages a second for the whole bot (Telegram allows about 30)
 * @param privateChatInterval the least time between two new messages to one person
 * @param groupPerMinute new messages a minute to one group (Telegram allows about 20)
 * @param workers calls to Telegram in flight at once; latency to Telegram, not CPU, is what they wait on
 * @param maxAttempts tries for a message that meets network errors or 5xx before it is given up
 * @param firstRetryDelay the backoff after the first failure, doubled after each further one
 * @param maxRetryDelay the longest backoff
 * @param senderEnabled false: this instance queues messages but never sends (nor takes the lease)
 * @param leaseDuration how long the sender's lease lasts unless renewed; another instance takes over after it.
 *        Longer than a call to Telegram usually takes, so a paused leader rarely overlaps its successor
 * @param leaseRenewInterval how often the leader renews its lease and the others try to take it
 * @param idlePoll how often the leader looks at the queue when nothing woke it: rows queued by other instances
 *        and rows whose retry time has come are found this way
 * @param instanceName this instance's stable name, unique among the running instances (e.g. the pod name): an
 *        earlier run under the same name is taken to be dead, so its lease is taken and its claims released at
 *        once on start-up. Blank: a random name, and after a crash the lease is taken when it expires
 */
@ConfigurationProperties("encuentros.messaging")
public record MessagingProperties(
        @DefaultValue("30") int globalPerSecond,
        @DefaultValue("1s") Duration privateChatInterval,
        @DefaultValue("20") int groupPerMinute,
        @DefaultValue("8") int workers,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("1s") Duration firstRetryDelay,
        @DefaultValue("5m") Duration maxRetryDelay,
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("15s") Duration leaseDuration,
        @DefaultValue("3s") Duration leaseRenewInterval,
        @DefaultValue("250ms") Duration idlePoll,
        @DefaultValue("") String instanceName) {

    public MessagingProperties {
        if (leaseRenewInterval.compareTo(leaseDuration) >= 0) {
            throw new IllegalArgumentException("encuentros.messaging.lease-renew-interval must be shorter than "
                    + "lease-duration");
        }
    }
}
