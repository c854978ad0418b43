package cl.slep.encuentros.messaging.internal;

import cl.slep.encuentros.messaging.MessagingProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lease that makes one instance the sender (DESIGN.md: the global rate limit holds across instances). A row
 * names its holder and when it expires; the holder renews it, and another instance takes it only once it has
 * expired. Every change is a compare-and-set on the holder it read, so two instances never both take it.
 */
@Component
class SenderLease {

    static final String NAME = "outbox";

    enum Outcome {
        /** Someone else holds it. */
        NOT_HELD,
        /** This instance held it and still does. */
        RENEWED,
        /** This instance holds it from now on: whatever others left claimed is stale. */
        TAKEN
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MessagingProperties properties;
    private final String instanceName;
    private final String holder;
    private volatile long validUntilNanos = System.nanoTime();
    private volatile boolean held;

    SenderLease(JdbcTemplate jdbc, Clock clock, MessagingProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.instanceName = properties.instanceName().isBlank()
                ? "instance-" + UUID.randomUUID().toString().substring(0, 8)
                : properties.instanceName().trim();
        // A run of its own: claims of an earlier run of the same instance are never taken for this run's.
        this.holder = instanceName + "#" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Who this instance is when it claims rows. */
    String holder() {
        return holder;
    }

    /** The name shared by every run of this instance, when configured; null for a random one. */
    String configuredInstancePrefix() {
        return properties.instanceName().isBlank() ? null : instanceName + "#";
    }

    /**
     * True while this instance holds the lease with time to spare: it stops dispatching one renewal interval
     * before another instance could take over.
     */
    boolean holds() {
        return held && System.nanoTime() - validUntilNanos < 0;
    }

    /** Takes the lease if free or expired, renews it if held. */
    Outcome tryHold() {
        long startNanos = System.nanoTime();
        Instant now = clock.instant();
        var current = jdbc.queryForMap("SELECT holder, expires_at FROM sender_lease WHERE name = ?", NAME);
        String previous = (String) current.get("holder");
        Instant expiresAt = toInstant(current.get("expires_at"));
        boolean mine = holder.equals(previous);
        // An earlier run of this very instance (same configured name) is dead: no need to wait for its lease.
        String earlierRuns = configuredInstancePrefix();
        boolean earlierRun = earlierRuns != null && previous.startsWith(earlierRuns);
        if (!mine && !earlierRun && expiresAt.isAfter(now)) {
            held = false;
            return Outcome.NOT_HELD;
        }
        Timestamp expires = Timestamp.from(now.plus(properties.leaseDuration()));
        int updated = mine
                ? jdbc.update("UPDATE sender_lease SET expires_at = ? WHERE name = ? AND holder = ?",
                        expires, NAME, holder)
                : jdbc.update("UPDATE sender_lease SET holder = ?, expires_at = ?, acquired_at = ? "
                        + "WHERE name = ? AND holder = ?", holder, expires, Timestamp.from(now), NAME, previous);
        if (updated != 1) {
            held = false;
            return Outcome.NOT_HELD;
        }
        validUntilNanos = startNanos + properties.leaseDuration().toNanos() - properties.leaseRenewInterval().toNanos();
        boolean wasHeld = held;
        held = true;
        return mine && wasHeld ? Outcome.RENEWED : Outcome.TAKEN;
    }

    /** Lets another instance take over at once (a graceful stop). */
    void release() {
        held = false;
        jdbc.update("UPDATE sender_lease SET expires_at = ? WHERE name = ? AND holder = ?",
                Timestamp.from(Instant.EPOCH), NAME, holder);
    }

    long renewIntervalMillis() {
        return TimeUnit.NANOSECONDS.toMillis(properties.leaseRenewInterval().toNanos());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Unexpected lease time " + (value == null ? null : value.getClass()));
    }
}
