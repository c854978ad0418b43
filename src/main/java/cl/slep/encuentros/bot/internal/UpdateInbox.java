package cl.slep.encuentros.bot.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where updates arrive. Telegram is told we have an update by the next getUpdates offset, so each update is
 * stored first (the inbox); a duplicate update id is dropped here. Handling then runs from the inbox: one chat's
 * updates in order, different chats in parallel.
 */
@Component
class UpdateInbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UpdateInbox.class);

    private final InboxStore store;
    private final TransactionTemplate transactions;
    private final UpdateProcessor processor;
    private final Clock clock;
    private final ExecutorService pool;
    private final ChatLanes lanes;
    /** Updates queued or being handled here, which the sweep must leave alone. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean accepting = true;

    UpdateInbox(InboxStore store, UpdateProcessor processor, Clock clock, TransactionTemplate transactions,
            IntakeProperties properties) {
        this.store = store;
        this.transactions = transactions;
        this.processor = processor;
        this.clock = clock;
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "update-handler-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.lanes = new ChatLanes(pool);
    }

    /**
     * Stores the batch in one transaction (retrying while the database is away: confirming the updates to
     * Telegram without them would lose them), then queues the new readable ones for handling. An unreadable
     * update is logged once, when it is first stored. False if the application stopped before they were stored.
     */
    boolean store(List<InboxStore.Received> updates) {
        List<InboxStore.Received> batch = updates.stream()
                .sorted(Comparator.comparingLong(InboxStore.Received::updateId))
                .toList();
        long backoffMillis = 100;
        while (accepting) {
            try {
                boolean[] inserted = transactions.execute(status -> store.storeAll(batch, clock.instant()));
                for (int i = 0; i < batch.size(); i++) {
                    InboxStore.Received update = batch.get(i);
                    if (!inserted[i]) {
                        log.info("Update {} was delivered again; it is handled only once", update.updateId());
                    } else if (update.readable()) {
                        dispatch(update.updateId(), update.chatId());
                    } else {
                        log.warn("Update {} cannot be read ({}); stored as FAILED with its JSON and skipped",
                                update.updateId(), update.problem());
                    }
                }
                return true;
            } catch (RuntimeException e) {
                log.error("Could not store {} updates; retrying in {} ms", batch.size(), backoffMillis, e);
                try {
                    TimeUnit.MILLISECONDS.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                backoffMillis = Math.min(backoffMillis * 2, 10_000);
            }
        }
        return false;
    }

    /** Handles what was stored but not handled before a stop (a crash included). */
    void resumePending() {
        List<InboxStore.PendingUpdate> pending = store.allPending();
        if (!pending.isEmpty()) {
            log.info("Resuming {} updates received before the last stop", pending.size());
        }
        pending.forEach(update -> dispatch(update.updateId(), update.chatId()));
    }

    /**
     * Handles again updates still pending after {@code age} that nothing here is working on: their handling
     * ended without marking them, as when the database failed even for recording the failure.
     */
    void retryStalled(Duration age) {
        try {
            List<InboxStore.PendingUpdate> stalled = store.pendingReceivedBefore(clock.instant().minus(age)).stream()
                    .filter(update -> !inFlight.contains(update.updateId()))
                    .toList();
            if (!stalled.isEmpty()) {
                log.info("Retrying {} updates left unhandled", stalled.size());
            }
            stalled.forEach(update -> dispatch(update.updateId(), update.chatId()));
        } catch (RuntimeException e) {
            log.warn("Could not look for unhandled updates ({}); trying again later", e.getMessage());
        }
    }

    private void dispatch(long updateId, Long chatId) {
        if (!inFlight.add(updateId)) {
            return;
        }
        lanes.submit(chatId == null ? 0L : chatId, () -> {
            try {
                processor.process(updateId);
            } finally {
                inFlight.remove(updateId);
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        accepting = false;
        pool.shutdown();
        // Handling takes milliseconds; one cut short stays PENDING and is handled again at the next start.
        if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
