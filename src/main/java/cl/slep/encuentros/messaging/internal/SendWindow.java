package cl.slep.encuentros.messaging.internal;

import java.time.Duration;

/**
 * At most {@code limit} sends within any window of the given length, sliding: a token bucket alone lets its
 * burst and a full second's refill fall in one second. Used by the sender's single dispatch thread only.
 */
final class SendWindow {

    private final long[] recent;
    private final long windowNanos;
    private int next;
    private int count;

    SendWindow(int limit, Duration window) {
        this.recent = new long[limit];
        this.windowNanos = window.toNanos();
    }

    /** Nanoseconds to wait before one more send fits in the window; 0 if it fits now. */
    long nanosUntilAllowed(long now) {
        if (count < recent.length) {
            return 0;
        }
        // The oldest of the last {@code limit} sends must have left the window.
        return Math.max(0, recent[next] + windowNanos - now);
    }

    void record(long now) {
        recent[next] = now;
        next = (next + 1) % recent.length;
        count = Math.min(count + 1, recent.length);
    }
}
