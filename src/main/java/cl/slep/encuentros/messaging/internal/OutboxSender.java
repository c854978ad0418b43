package cl.slep.encuentros.messaging.internal;

import cl.slep.encuentros.messaging.ChatUnreachable;
import cl.slep.encuentros.messaging.MessageKind;
import cl.slep.encuentros.messaging.MessagingProperties;
import cl.slep.encuentros.messaging.TelegramEndpoint;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one sender: drains the outbox within Telegram's limits. A single dispatch thread decides what may leave
 * now (priority, one call in flight per chat so a chat's messages keep their order, the per-chat and global
 * limits, a 429's pause); a few workers wait on Telegram's answers.
 */
@Component
@ConditionalOnBooleanProperty(name = "encuentros.messaging.sender-enabled", matchIfMissing = true)
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 2000;
    private static final long IDLE_WAIT_MILLIS = 1000;

    private final OutboxStore store;
    private final PayloadCodec codec;
    private final TelegramGateway gateway;
    private final OutboxWakeUp wakeUp;
    private final TelegramEndpoint endpoint;
    private final MessagingProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final Bucket globalLimit;
    private final ChatPacing chatPacing;
    private final Set<Long> chatsInFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong pausedUntilNanos = new AtomicLong();

    private volatile boolean running;
    private Thread dispatcher;
    private ExecutorService workers;
    private long lastSweep = System.nanoTime();

    OutboxSender(OutboxStore store, PayloadCodec codec, TelegramGateway gateway, OutboxWakeUp wakeUp,
            TelegramEndpoint endpoint, MessagingProperties properties, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.gateway = gateway;
        this.wakeUp = wakeUp;
        this.endpoint = endpoint;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        // A small burst only: the limit is Telegram's, and arrival jitter must not push us over it.
        this.globalLimit = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(3)
                        .refillGreedy(properties.globalPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
        this.chatPacing = new ChatPacing(properties.privateChatInterval(), properties.groupPerMinute());
    }

    @Override
    public void start() {
        running = true;
        workers = Executors.newFixedThreadPool(properties.workers(), named("outbox-worker"));
        dispatcher = named("outbox-sender").newThread(this::run);
        dispatcher.start();
    }

    @Override
    public void stop() {
        running = false;
        dispatcher.interrupt();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
            dispatcher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                long waitMillis = endpoint.ready() ? dispatchDue() : IDLE_WAIT_MILLIS / 10;
                if (waitMillis > 0) {
                    wakeUp.awaitMillis(waitMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox sender could not read the queue, trying again in a second", e);
                try {
                    wakeUp.awaitMillis(IDLE_WAIT_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Sends what may leave now; returns how long to wait before looking again. */
    private long dispatchDue() {
        long now = System.nanoTime();
        long paused = pausedUntilNanos.get() - now;
        if (paused > 0) {
            return TimeUnit.NANOSECONDS.toMillis(paused) + 1;
        }
        sweepPacing(now);
        long globalWait = globalLimit.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        if (globalWait > 0) {
            // Nothing paced globally can leave before the bucket refills (a thirtieth of a second): rescanning the
            // queue on every new row until then would only take CPU from the handlers that fill it.
            LockSupport.parkNanos(globalWait);
            return 0;
        }
        List<OutboxStore.QueuedRow> rows = store.pending(BATCH);
        Instant wallNow = clock.instant();
        long waitNanos = TimeUnit.MILLISECONDS.toNanos(IDLE_WAIT_MILLIS);
        boolean globalExhausted = false;
        Set<Long> seenChats = new HashSet<>();
        for (OutboxStore.QueuedRow row : rows) {
            if (!seenChats.add(row.chatId()) || chatsInFlight.contains(row.chatId())) {
                continue;
            }
            if (row.notBefore().isAfter(wallNow)) {
                waitNanos = Math.min(waitNanos, Duration.between(wallNow, row.notBefore()).toNanos());
                continue;
            }
            MessageKind kind = MessageKind.valueOf(row.kind());
            if (kind.pacedPerChat()) {
                long chatWait = chatPacing.nanosUntilAllowed(row.chatId(), now);
                if (chatWait > 0) {
                    waitNanos = Math.min(waitNanos, chatWait);
                    continue;
                }
            }
            if (kind.pacedGlobally()) {
                if (globalExhausted || !globalLimit.tryConsume(1)) {
                    globalExhausted = true;
                    waitNanos = Math.min(waitNanos, globalLimit.estimateAbilityToConsume(1).getNanosToWaitForRefill());
                    continue;
                }
            }
            if (kind.pacedPerChat()) {
                chatPacing.recordSend(row.chatId(), now);
            }
            chatsInFlight.add(row.chatId());
            workers.execute(() -> deliver(row));
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos));
    }

    private void sweepPacing(long now) {
        if (now - lastSweep > TimeUnit.SECONDS.toNanos(30)) {
            chatPacing.forgetIdle(now);
            lastSweep = now;
        }
    }

    private void deliver(OutboxStore.QueuedRow row) {
        try {
            store.load(row.id())
                    .filter(stored -> OutboxStore.PENDING.equals(stored.status()))
                    .ifPresent(stored -> {
                        if (stored.chatUnreachable()) {
                            store.markDropped(row.id(), "chat unreachable");
                        } else {
                            record(row, gateway.deliver(codec.read(stored.payload()), stored.attachment()));
                        }
                    });
        } catch (RuntimeException e) {
            log.error("Outbox message {} could not be handled; it will be tried again", row.id(), e);
            store.retryLater(row.id(), clock.instant().plus(properties.firstRetryDelay()), e.toString());
        } finally {
            chatsInFlight.remove(row.chatId());
            wakeUp.signal();
        }
    }

    private void record(OutboxStore.QueuedRow row, Delivery delivery) {
        Instant now = clock.instant();
        if (delivery instanceof Delivery.Sent sent) {
            store.markSent(row.id(), sent.messageId(), now);
        } else if (delivery instanceof Delivery.TooManyRequests tooMany) {
            Duration wait = Duration.ofSeconds(tooMany.retryAfterSeconds());
            pausedUntilNanos.accumulateAndGet(System.nanoTime() + wait.toNanos(), Math::max);
            store.retryLater(row.id(), now.plus(wait), tooMany.description());
            log.warn("Telegram asked to slow down (429): pausing the sender for {} s", wait.toSeconds());
        } else if (delivery instanceof Delivery.Unreachable unreachable) {
            transactions.executeWithoutResult(status -> {
                if (store.markUnreachable(row.chatId(), unreachable.description(), now)) {
                    events.publishEvent(new ChatUnreachable(row.chatId(), unreachable.description()));
                }
            });
            log.info("Chat {} is unreachable ({}); its queued messages were dropped", row.chatId(),
                    unreachable.description());
        } else if (delivery instanceof Delivery.Rejected rejected) {
            store.markFailed(row.id(), rejected.errorCode() + " " + rejected.description());
            log.warn("Telegram rejected outbox message {} ({} {})", row.id(), rejected.errorCode(),
                    rejected.description());
        } else if (delivery instanceof Delivery.Transient failure) {
            int attempts = row.attempts() + 1;
            if (attempts >= properties.maxAttempts()) {
                store.markFailed(row.id(), failure.description());
                log.error("Outbox message {} failed {} times and was given up: {}", row.id(), attempts,
                        failure.description());
            } else {
                Duration backoff = backoff(attempts);
                store.retryLater(row.id(), now.plus(backoff), failure.description());
                log.warn("Outbox message {} failed ({}); retry {} in {} ms", row.id(), failure.description(),
                        attempts, backoff.toMillis());
            }
        }
    }

    private Duration backoff(int attempts) {
        Duration delay = properties.firstRetryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : delay;
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
