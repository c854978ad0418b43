package cl.slep.encuentros.bot.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates arrive. The long-polling session confirms updates to Telegram as soon as this consumer returns,
 * so each update is stored first (the inbox); a duplicate update id is dropped here. Handling then runs from
 * the inbox: one chat's updates in order, different chats in parallel.
 */
@Component
class UpdateInbox implements LongPollingUpdateConsumer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UpdateInbox.class);

    private final InboxStore store;
    private final TransactionTemplate transactions;
    private final UpdateProcessor processor;
    private final UpdateProcessor.UpdateJson json;
    private final Clock clock;
    private final ExecutorService pool;
    private final ChatLanes lanes;
    private volatile boolean accepting = true;

    UpdateInbox(InboxStore store, UpdateProcessor processor, UpdateProcessor.UpdateJson json, Clock clock,
            TransactionTemplate transactions, IntakeProperties properties) {
        this.store = store;
        this.transactions = transactions;
        this.processor = processor;
        this.json = json;
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
     * Stores the batch in one transaction before returning (retrying while the database is away: returning would
     * lose the updates), then queues the new ones for handling.
     */
    @Override
    public void consume(List<Update> updates) {
        List<InboxStore.PendingUpdate> batch = updates.stream()
                .sorted(Comparator.comparing(Update::getUpdateId))
                .map(update -> new InboxStore.PendingUpdate(update.getUpdateId(), chatOf(update), json.write(update)))
                .toList();
        long backoffMillis = 100;
        while (accepting) {
            try {
                boolean[] inserted = transactions.execute(status -> store.storeAll(batch, clock.instant()));
                for (int i = 0; i < batch.size(); i++) {
                    InboxStore.PendingUpdate update = batch.get(i);
                    if (inserted[i]) {
                        dispatch(update.updateId(), update.chatId());
                    } else {
                        log.info("Update {} was delivered again; it is handled only once", update.updateId());
                    }
                }
                return;
            } catch (RuntimeException e) {
                log.error("Could not store {} updates; retrying in {} ms", batch.size(), backoffMillis, e);
                try {
                    TimeUnit.MILLISECONDS.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 10_000);
            }
        }
    }

    /** Handles what was stored but not handled before a stop. */
    void resumePending() {
        List<InboxStore.PendingUpdate> pending = store.allPending();
        if (!pending.isEmpty()) {
            log.info("Resuming {} updates received before the last stop", pending.size());
        }
        pending.forEach(update -> dispatch(update.updateId(), update.chatId()));
    }

    private void dispatch(long updateId, Long chatId) {
        lanes.submit(chatId == null ? 0L : chatId, () -> processor.process(updateId));
    }

    static Long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasEditedMessage()) {
            return update.getEditedMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            var query = update.getCallbackQuery();
            return query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId();
        }
        if (update.hasMyChatMember()) {
            return update.getMyChatMember().getChat().getId();
        }
        return null;
    }

    @Override
    public void close() {
        // The long-polling library closes its consumer on unregister; the pool lives until the context ends.
    }

    @Override
    public void destroy() throws InterruptedException {
        accepting = false;
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
