package cl.slep.encuentros.messaging.internal;

import cl.slep.encuentros.messaging.ChatUnreachable;
import cl.slep.encuentros.messaging.DeliveryFailed;
import cl.slep.encuentros.messaging.DeliveryStatus;
import cl.slep.encuentros.messaging.MessageKind;
import cl.slep.encuentros.messaging.MessagingProperties;
import cl.slep.encuentros.messaging.TelegramEndpoint;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
 * The one sender: drains the outbox within Telegram's limits. Of all instances only the one holding the
 * {@link SenderLease} dispatches, so the global limit holds across them. A single dispatch thread decides what
 * may leave now (callback answers at once; then each chat's head row by priority, within the per-chat and global
 * limits and a 429's pause), claims it, and hands it to a few workers that wait on Telegram's answers.
 */
@Component
@ConditionalOnBooleanProperty(name = "encuentros.messaging.sender-enabled", matchIfMissing = true)
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    // Enough heads for what can leave in one pass (a few globally, none to chats just written to).
    private static final int BATCH = 200;
    private static final int CALLBACK_BATCH = 100;
    private static final long IDLE_WAIT_MILLIS = 1000;
    private static final long STOP_GRACE_MILLIS = 1000;
    private static final long CALLBACK_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

    private final OutboxStore store;
    private final PayloadCodec codec;
    private final TelegramGateway gateway;
    private final OutboxWakeUp wakeUp;
    private final TelegramEndpoint endpoint;
    private final MessagingProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SenderLease lease;
    private final DueHeads dueHeads;

    private final Bucket globalLimit;
    private final ChatPacing chatPacing;
    private final SendWindow globalWindow;
    private final Set<Long> chatsInFlight = ConcurrentHashMap.newKeySet();
    private final AtomicInteger busyWorkers = new AtomicInteger();
    private final AtomicLong pausedUntilNanos = new AtomicLong();

    private volatile boolean running;
    private Thread dispatcher;
    private ExecutorService workers;
    private ExecutorService callbackWorkers;
    private ScheduledExecutorService leaseKeeper;
    private long lastSweep = System.nanoTime();

    OutboxSender(OutboxStore store, PayloadCodec codec, TelegramGateway gateway, OutboxWakeUp wakeUp,
            TelegramEndpoint endpoint, MessagingProperties properties, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock, SenderLease lease) {
        this.lease = lease;
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
        // A little over a second, so that network jitter cannot bring 31 calls within one second at Telegram.
        this.globalWindow = new SendWindow(properties.globalPerSecond(), Duration.ofMillis(1025));
        this.chatPacing = new ChatPacing(properties.privateChatInterval(), properties.groupPerMinute());
        this.dueHeads = new DueHeads(store, wakeUp, BATCH, properties.idlePoll().toNanos());
    }

    @Override
    public void start() {
        running = true;
        if (!properties.senderEnabled()) {
            log.info("Sending is turned off on this instance (encuentros.messaging.sender-enabled=false)");
            return;
        }
        String earlierRuns = lease.configuredInstancePrefix();
        if (earlierRuns != null) {
            int released = store.releaseEarlierRunClaims(earlierRuns, lease.holder());
            if (released > 0) {
                log.info("Released {} outbox rows claimed by an earlier run of this instance", released);
            }
        }
        workers = Executors.newFixedThreadPool(properties.workers(), named("outbox-worker"));
        // Answers to taps have threads of their own: a slow send must never hold a spinner up.
        callbackWorkers = Executors.newFixedThreadPool(2, named("outbox-callback"));
        leaseKeeper = Executors.newSingleThreadScheduledExecutor(named("outbox-lease"));
        leaseKeeper.scheduleWithFixedDelay(this::keepLease, 0, lease.renewIntervalMillis(), TimeUnit.MILLISECONDS);
        dispatcher = named("outbox-sender").newThread(this::run);
        dispatcher.start();
    }

    private void keepLease() {
        try {
            if (lease.tryHold() == SenderLease.Outcome.TAKEN) {
                // The previous sender's last second and this one's first must not add up over the global limit.
                pausedUntilNanos.accumulateAndGet(System.nanoTime() + TimeUnit.SECONDS.toNanos(1), Math::max);
                int released = store.releaseClaimsOtherThan(lease.holder());
                dueHeads.markStale();
                log.info("This instance is now the sender ({}); released {} rows claimed by the previous one",
                        lease.holder(), released);
                wakeUp.signal();
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew the sender's lease; sending stops until it is held again", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (dispatcher == null) {
            return;
        }
        dispatcher.interrupt();
        leaseKeeper.shutdownNow();
        workers.shutdown();
        callbackWorkers.shutdown();
        try {
            // Ctrl+C must end the application within seconds: a call Telegram is slow to answer is cancelled after a
            // short grace, and its row goes back to the queue like any failed call (settled, not left claimed).
            if (!workers.awaitTermination(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)
                    | !callbackWorkers.awaitTermination(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                gateway.cancelInFlight();
                workers.awaitTermination(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                callbackWorkers.awaitTermination(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
            dispatcher.join(STOP_GRACE_MILLIS);
            leaseKeeper.awaitTermination(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            // Every claim has been settled by now: the next instance may take over at once.
            lease.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Could not release the sender's lease; another instance takes over when it expires", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                long waitMillis = endpoint.ready() && lease.holds() ? dispatchDue() : IDLE_WAIT_MILLIS / 10;
                if (waitMillis > 0) {
                    wakeUp.awaitMillis(waitMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    // Stopping: the interrupt broke off a query; nothing was claimed by it.
                    return;
                }
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
        dispatchCallbackAnswers();
        long now = System.nanoTime();
        long paused = pausedUntilNanos.get() - now;
        if (paused > 0) {
            return Math.min(TimeUnit.NANOSECONDS.toMillis(paused) + 1, properties.idlePoll().toMillis());
        }
        sweepPacing(now);
        long globalWait = Math.max(globalLimit.estimateAbilityToConsume(1).getNanosToWaitForRefill(),
                globalWindow.nanosUntilAllowed(now));
        if (globalWait > 0) {
            // Nothing paced globally can leave before then: rescanning the queue on every new row until then would
            // only take CPU from the handlers that fill it. Not longer than a tap's answer may wait, though.
            LockSupport.parkNanos(Math.min(globalWait, CALLBACK_CHECK_NANOS));
            return 0;
        }
        Instant wallNow = clock.instant();
        long waitNanos = properties.idlePoll().toNanos();
        for (OutboxStore.QueuedRow row : dueHeads.current(wallNow, now)) {
            if (busyWorkers.get() >= properties.workers()) {
                // A call handed over now would wait in the pool's queue and leave later, bunched with others: the
                // limits are kept on when calls leave, so nothing is handed over until a worker is free.
                break;
            }
            if (chatsInFlight.contains(row.chatId())) {
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
                long windowWait = globalWindow.nanosUntilAllowed(now);
                if (windowWait > 0 || !globalLimit.tryConsume(1)) {
                    waitNanos = Math.min(waitNanos, Math.max(windowWait,
                            globalLimit.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
                    break;
                }
            }
            dueHeads.taken(row);
            if (!store.claim(row.id(), lease.holder(), wallNow)) {
                continue;
            }
            if (kind.pacedGlobally()) {
                globalWindow.record(now);
            }
            if (kind.pacedPerChat()) {
                chatPacing.recordSend(row.chatId(), now);
            }
            chatsInFlight.add(row.chatId());
            busyWorkers.incrementAndGet();
            workers.execute(() -> deliver(row));
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos));
    }

    /** Telegram does not count them as messages, and a person is looking at a spinner: they go at once. */
    private void dispatchCallbackAnswers() {
        Instant wallNow = clock.instant();
        for (OutboxStore.QueuedRow row : store.dueCallbackAnswers(wallNow, CALLBACK_BATCH)) {
            if (store.claim(row.id(), lease.holder(), wallNow)) {
                callbackWorkers.execute(() -> deliver(row));
            }
        }
    }

    private void sweepPacing(long now) {
        if (now - lastSweep > TimeUnit.SECONDS.toNanos(30)) {
            chatPacing.forgetIdle(now);
            lastSweep = now;
        }
    }

    private void deliver(OutboxStore.QueuedRow row) {
        boolean callbackAnswer = OutboxStore.CALLBACK_ANSWER.equals(row.kind());
        String claimer = lease.holder();
        try {
            store.load(row.id())
                    .filter(stored -> OutboxStore.SENDING.equals(stored.status()))
                    .ifPresent(stored -> {
                        if (stored.chatUnreachable()) {
                            transactions.executeWithoutResult(status -> {
                                store.markDropped(row.id(), claimer, "chat unreachable");
                                reportFailure(row, stored.correlation(), DeliveryStatus.DROPPED, "chat unreachable");
                            });
                        } else {
                            record(row, claimer, stored.correlation(),
                                    gateway.deliver(codec.read(stored.payload()), stored.attachment()));
                        }
                    });
        } catch (RuntimeException e) {
            log.error("Outbox message {} could not be handled; it will be tried again", row.id(), e);
            store.retryLater(row.id(), claimer, clock.instant().plus(properties.firstRetryDelay()), e.toString());
        } finally {
            if (!callbackAnswer) {
                chatsInFlight.remove(row.chatId());
                busyWorkers.decrementAndGet();
                if (!MessageKind.valueOf(row.kind()).pacedPerChat()) {
                    // The chat's next row may leave at once, so it should not wait for the copy to age.
                    dueHeads.markStale();
                }
            }
            wakeUp.signal();
        }
    }

    private void record(OutboxStore.QueuedRow row, String claimer, String correlation, Delivery delivery) {
        Instant now = clock.instant();
        if (delivery instanceof Delivery.Sent sent) {
            if (!store.markSent(row.id(), claimer, sent.messageId(), now)) {
                log.warn("Outbox message {} was sent after this instance lost its claim on it", row.id());
            }
        } else if (delivery instanceof Delivery.TooManyRequests tooMany) {
            Duration wait = Duration.ofSeconds(tooMany.retryAfterSeconds());
            pausedUntilNanos.accumulateAndGet(System.nanoTime() + wait.toNanos(), Math::max);
            store.retryLater(row.id(), claimer, now.plus(wait), tooMany.description());
            log.warn("Telegram asked to slow down (429): pausing the sender for {} s", wait.toSeconds());
        } else if (delivery instanceof Delivery.Unreachable unreachable) {
            transactions.executeWithoutResult(status -> {
                if (store.markUnreachable(row.chatId(), row.id(), claimer, unreachable.description(), now)) {
                    events.publishEvent(new ChatUnreachable(row.chatId(), unreachable.description()));
                }
                reportFailure(row, correlation, DeliveryStatus.UNREACHABLE, unreachable.description());
            });
            log.info("Chat {} is unreachable ({}); its queued messages were dropped", row.chatId(),
                    unreachable.description());
        } else if (delivery instanceof Delivery.Rejected rejected) {
            transactions.executeWithoutResult(status -> {
                store.markFailed(row.id(), claimer, rejected.errorCode() + " " + rejected.description());
                reportFailure(row, correlation, DeliveryStatus.FAILED, rejected.errorCode() + " " + rejected.description());
            });
            log.warn("Telegram rejected outbox message {} ({} {})", row.id(), rejected.errorCode(),
                    rejected.description());
        } else if (delivery instanceof Delivery.Transient failure) {
            int attempts = row.attempts() + 1;
            if (attempts >= properties.maxAttempts()) {
                transactions.executeWithoutResult(status -> {
                    store.markFailed(row.id(), claimer, failure.description());
                    reportFailure(row, correlation, DeliveryStatus.FAILED, failure.description());
                });
                log.error("Outbox message {} failed {} times and was given up: {}", row.id(), attempts,
                        failure.description());
            } else if (!running) {
                store.retryLater(row.id(), claimer, now, failure.description());
                log.info("Outbox message {} was cut short by the stop; it is sent at the next start", row.id());
            } else {
                Duration backoff = backoff(attempts);
                store.retryLater(row.id(), claimer, now.plus(backoff), failure.description());
                log.warn("Outbox message {} failed ({}); retry {} in {} ms", row.id(), failure.description(),
                        attempts, backoff.toMillis());
            }
        }
    }

    /** In the transaction that settles the row, so the report is stored with it (or with neither). */
    private void reportFailure(OutboxStore.QueuedRow row, String correlation, DeliveryStatus status, String description) {
        if (correlation != null) {
            events.publishEvent(new DeliveryFailed(row.chatId(), correlation, status, description));
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
