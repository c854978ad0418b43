package cl.slep.encuentros.messaging.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sender's copy of the queue's due heads. Reading them is the dispatch loop's one costly query, and in a burst
 * the loop comes round thirty times a second; the heads it read stay heads until it sends them (a row queued later
 * is behind them), so the copy is read again only when it may miss something: a commit queued rows here, a sent row
 * may have uncovered a row of its chat that is not paced, the copy ran out, or it is older than the idle poll (rows
 * queued by other instances, retries that came due).
 */
final class DueHeads {

    private final OutboxStore store;
    private final OutboxWakeUp wakeUp;
    private final int batch;
    private final long maxAgeNanos;

    private List<OutboxStore.QueuedRow> heads = new ArrayList<>();
    private long readAtNanos;
    private long readAtQueued = -1;
    private volatile boolean stale = true;

    DueHeads(OutboxStore store, OutboxWakeUp wakeUp, int batch, long maxAgeNanos) {
        this.store = store;
        this.wakeUp = wakeUp;
        this.batch = batch;
        this.maxAgeNanos = maxAgeNanos;
    }

    /** The due heads, most urgent first; a copy the caller may iterate while it {@linkplain #taken takes} rows. */
    List<OutboxStore.QueuedRow> current(Instant now, long nowNanos) {
        long queued = wakeUp.commitsThatQueued();
        if (stale || heads.isEmpty() || queued != readAtQueued || nowNanos - readAtNanos >= maxAgeNanos) {
            // Noted before the read: a commit during it makes the next pass read again.
            readAtQueued = queued;
            stale = false;
            heads = new ArrayList<>(store.dueHeads(now, batch));
            readAtNanos = nowNanos;
        }
        return List.copyOf(heads);
    }

    /** The row was claimed, or could not be (it is gone from the queue): either way it is no longer a due head. */
    void taken(OutboxStore.QueuedRow row) {
        heads.remove(row);
    }

    /** The next pass reads the queue again; callable from any thread. */
    void markStale() {
        stale = true;
    }
}
