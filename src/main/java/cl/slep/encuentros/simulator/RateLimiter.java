package cl.slep.encuentros.simulator;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's limits for one bot: one global bucket for everything that sends, edits or deletes, and one
 * bucket per chat for the send* methods. Buckets measure real time (not the emulator's clock), because a
 * test that moves the clock a day ahead should not refill them.
 */
final class RateLimiter {

    private volatile RateLimits limits;
    private volatile Bucket global;
    private final Map<Long, Bucket> perChat = new ConcurrentHashMap<>();

    RateLimiter(RateLimits limits) {
        configure(limits);
    }

    RateLimits limits() {
        return limits;
    }

    /** Starts over with full buckets, as a fresh bot would. */
    synchronized void configure(RateLimits newLimits) {
        this.limits = newLimits;
        this.global = Bucket.builder()
                .addLimit(l -> l.capacity(newLimits.globalPerSecond())
                        .refillGreedy(newLimits.globalPerSecond(), Duration.ofSeconds(1)))
                .build();
        perChat.clear();
    }

    /**
     * Takes one token from the global bucket and, for sends, one from the chat's bucket.
     *
     * @return empty when allowed, else the whole seconds to wait (at least 1)
     */
    OptionalLong tryAcquire(boolean send, long chatId) {
        RateLimits current = limits;
        if (!current.enabled()) {
            return OptionalLong.empty();
        }
        ConsumptionProbe globalProbe = global.tryConsumeAndReturnRemaining(1);
        if (!globalProbe.isConsumed()) {
            return OptionalLong.of(seconds(globalProbe.getNanosToWaitForRefill()));
        }
        if (send && chatId != 0) {
            Bucket chat = perChat.computeIfAbsent(chatId, id -> chatBucket(current, id));
            ConsumptionProbe chatProbe = chat.tryConsumeAndReturnRemaining(1);
            if (!chatProbe.isConsumed()) {
                // The message was not sent, so it must not count against the global limit either.
                global.addTokens(1);
                return OptionalLong.of(seconds(chatProbe.getNanosToWaitForRefill()));
            }
        }
        return OptionalLong.empty();
    }

    private static Bucket chatBucket(RateLimits limits, long chatId) {
        if (chatId > 0) {
            return Bucket.builder()
                    .addLimit(l -> l.capacity(limits.privateChatBurst())
                            .refillGreedy(limits.privateChatPerSecond(), Duration.ofSeconds(1)))
                    .build();
        }
        return Bucket.builder()
                .addLimit(l -> l.capacity(limits.groupChatPerMinute())
                        .refillGreedy(limits.groupChatPerMinute(), Duration.ofMinutes(1)))
                .build();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
