package cl.slep.encuentros.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatLanesTests {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ChatLanes lanes = new ChatLanes(pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void oneChatsTasksRunInOrderAndNeverAtOnce() {
        Map<Long, List<Integer>> seen = new ConcurrentHashMap<>();
        AtomicInteger concurrentInChat = new AtomicInteger();
        AtomicInteger maxConcurrentInChat = new AtomicInteger();
        for (int i = 0; i < 200; i++) {
            int n = i;
            long chat = i % 5;
            lanes.submit(chat, () -> {
                if (chat == 0) {
                    maxConcurrentInChat.accumulateAndGet(concurrentInChat.incrementAndGet(), Math::max);
                }
                seen.computeIfAbsent(chat, c -> new CopyOnWriteArrayList<>()).add(n);
                if (chat == 0) {
                    concurrentInChat.decrementAndGet();
                }
            });
        }
        await().atMost(5, TimeUnit.SECONDS).until(() -> seen.values().stream().mapToInt(List::size).sum() == 200);
        seen.forEach((chat, order) -> assertThat(order).isSorted());
        assertThat(maxConcurrentInChat.get()).isEqualTo(1);
        await().atMost(5, TimeUnit.SECONDS).until(() -> lanes.activeLanes() == 0);
    }

    @Test
    void aSlowChatDoesNotHoldUpTheOthers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        lanes.submit(1, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        lanes.submit(2, otherRan::countDown);
        assertThat(otherRan.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
    }

    @Test
    void aFailingTaskDoesNotStopTheLane() {
        List<String> ran = new CopyOnWriteArrayList<>();
        lanes.submit(7, () -> {
            throw new IllegalStateException("boom");
        });
        lanes.submit(7, () -> ran.add("next"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> ran.contains("next"));
    }
}
