package cl.slep.encuentros.bot.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks of one chat one after another, in the order they were submitted, and tasks of different chats in
 * parallel on a shared pool. A chat's lane exists only while it has work, so memory follows the active chats.
 */
final class ChatLanes {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService pool;
    private final Map<Long, Deque<Runnable>> lanes = new ConcurrentHashMap<>();

    ChatLanes(ExecutorService pool) {
        this.pool = pool;
    }

    void submit(long chatKey, Runnable task) {
        lanes.compute(chatKey, (key, lane) -> {
            if (lane == null) {
                Deque<Runnable> fresh = new ArrayDeque<>();
                fresh.add(task);
                pool.execute(() -> drain(key, task));
                return fresh;
            }
            lane.add(task);
            return lane;
        });
    }

    private void drain(long chatKey, Runnable first) {
        Runnable task = first;
        while (task != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("A task of chat lane {} failed", chatKey, e);
            }
            task = next(chatKey);
        }
    }

    /** Removes the task that just ran and returns the following one, or closes the lane. */
    private Runnable next(long chatKey) {
        Runnable[] following = new Runnable[1];
        lanes.computeIfPresent(chatKey, (key, lane) -> {
            lane.poll();
            following[0] = lane.peek();
            return lane.isEmpty() ? null : lane;
        });
        return following[0];
    }

    int activeLanes() {
        return lanes.size();
    }
}
