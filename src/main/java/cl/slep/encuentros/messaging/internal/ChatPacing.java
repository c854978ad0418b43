package cl.slep.encuentros.messaging.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's per-chat limits: one new message a second to a person, twenty a minute to a group (groups have
 * negative chat ids). Used by the sender's single dispatch thread only, so it needs no locking.
 */
final class ChatPacing {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private final long privateIntervalNanos;
    private final int groupPerMinute;
    private final Map<Long, Deque<Long>> recentSends = new HashMap<>();

    ChatPacing(Duration privateInterval, int groupPerMinute) {
        this.privateIntervalNanos = privateInterval.toNanos();
        this.groupPerMinute = groupPerMinute;
    }

    /** Nanoseconds to wait before a new message may go to this chat; 0 if it may go now. */
    long nanosUntilAllowed(long chatId, long now) {
        Deque<Long> sends = recentSends.get(chatId);
        if (sends == null || sends.isEmpty()) {
            return 0;
        }
        if (chatId > 0) {
            return Math.max(0, sends.peekLast() + privateIntervalNanos - now);
        }
        dropOlderThanAMinute(sends, now);
        return sends.size() < groupPerMinute ? 0 : Math.max(0, sends.peekFirst() + MINUTE - now);
    }

    void recordSend(long chatId, long now) {
        Deque<Long> sends = recentSends.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        sends.addLast(now);
        if (chatId > 0) {
            while (sends.size() > 1) {
                sends.removeFirst();
            }
        }
    }

    /** Forgets chats that have not been written to for a minute, so memory stays flat. */
    void forgetIdle(long now) {
        recentSends.values().removeIf(sends -> {
            dropOlderThanAMinute(sends, now);
            return sends.isEmpty();
        });
    }

    int trackedChats() {
        return recentSends.size();
    }

    private static void dropOlderThanAMinute(Deque<Long> sends, long now) {
        while (!sends.isEmpty() && now - sends.peekFirst() >= MINUTE) {
            sends.removeFirst();
        }
    }
}
