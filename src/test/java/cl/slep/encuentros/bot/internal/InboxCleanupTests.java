package cl.slep.encuentros.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.MutableClock;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Housekeeping of both queues, at exact instants; and that both jobs are scheduled. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000003:cleanup-test", "encuentros.telegram.api-url=http://127.0.0.1:9",
        "encuentros.intake.enabled=false", "encuentros.messaging.sender-enabled=false"})
class InboxCleanupTests {

    @Autowired
    InboxStore inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.quartz.Scheduler scheduler;

    @Test
    void handledUpdatesOlderThanAWeekAreDeletedAndPendingOnesKept() throws Exception {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        insert(1, "DONE", now.minusSeconds(8 * 24 * 3600));
        insert(2, "FAILED", now.minusSeconds(8 * 24 * 3600));
        insert(3, "PENDING", now.minusSeconds(8 * 24 * 3600));
        insert(4, "DONE", now.minusSeconds(6 * 24 * 3600));

        assertThat(InboxCleanup.run(inbox, new MutableClock(now))).isEqualTo(2);

        assertThat(jdbc.queryForList("SELECT update_id FROM inbox_update WHERE update_id < 10 ORDER BY update_id", Long.class))
                .containsExactly(3L, 4L);
        assertThat(scheduler.checkExists(org.quartz.JobKey.jobKey(InboxCleanup.JOB))).isTrue();
        assertThat(scheduler.checkExists(org.quartz.JobKey.jobKey("messaging-outbox-cleanup"))).isTrue();
    }

    private void insert(long updateId, String status, Instant received) {
        jdbc.update("INSERT INTO inbox_update (update_id, chat_id, payload, status, received_at) VALUES (?, 1, '{}', ?, ?)",
                updateId, status, Timestamp.from(received));
    }
}
