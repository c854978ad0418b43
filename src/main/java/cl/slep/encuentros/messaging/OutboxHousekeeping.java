package cl.slep.encuentros.messaging;

import cl.slep.encuentros.messaging.internal.OutboxCleanup;
import cl.slep.encuentros.messaging.internal.OutboxStore;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Daily housekeeping of the outbox, for the scheduler to run. */
@Service
public class OutboxHousekeeping {

    private final OutboxStore store;
    private final Clock clock;

    OutboxHousekeeping(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Deletes finished rows older than 90 days; returns how many. */
    public int forgetFinishedRows() {
        return OutboxCleanup.run(store, clock);
    }
}
