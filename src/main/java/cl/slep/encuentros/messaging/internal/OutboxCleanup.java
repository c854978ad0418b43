package cl.slep.encuentros.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finished outbox rows (sent, dropped, failed) are kept 90 days for delivery reports and de-duplication, then
 * deleted: they hold message texts and chat ids. Run daily by the scheduler through
 * {@link cl.slep.encuentros.messaging.OutboxHousekeeping}.
 */
public final class OutboxCleanup {

    static final Duration KEEP = Duration.ofDays(90);
    private static final Logger log = LoggerFactory.getLogger(OutboxCleanup.class);

    private OutboxCleanup() {
    }

    /** Deletes finished rows created more than 90 days ago; returns how many. */
    public static int run(OutboxStore outbox, Clock clock) {
        int deleted = outbox.forgetFinishedBefore(clock.instant().minus(KEEP));
        if (deleted > 0) {
            log.info("Deleted {} sent, dropped or failed outbox rows older than {} days", deleted, KEEP.toDays());
        }
        return deleted;
    }
}
