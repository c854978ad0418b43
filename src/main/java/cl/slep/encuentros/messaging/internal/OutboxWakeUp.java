package cl.slep.encuentros.messaging.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Lets the sender sleep while nothing is due and wake as soon as a new row is committed. */
@Component
public class OutboxWakeUp {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicLong commitsThatQueued = new AtomicLong();
    private boolean signalled;

    /** Wakes the sender once the current transaction commits (at once outside a transaction). */
    public void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    rowsQueued();
                }
            });
        } else {
            rowsQueued();
        }
    }

    private void rowsQueued() {
        commitsThatQueued.incrementAndGet();
        signal();
    }

    /** How many commits have queued rows so far: a change tells the sender its copy of the queue is out of date. */
    long commitsThatQueued() {
        return commitsThatQueued.get();
    }

    void signal() {
        lock.lock();
        try {
            signalled = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void await(Duration atMost) throws InterruptedException {
        lock.lock();
        try {
            long nanos = atMost.toNanos();
            while (!signalled && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            signalled = false;
        } finally {
            lock.unlock();
        }
    }

    void awaitMillis(long millis) throws InterruptedException {
        await(Duration.of(Math.max(1, millis), java.time.temporal.ChronoUnit.MILLIS));
    }

}
