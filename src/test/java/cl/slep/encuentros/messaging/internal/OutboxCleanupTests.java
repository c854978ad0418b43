package cl.slep.encuentros.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000003:cleanup-test", "encuentros.telegram.api-url=http://127.0.0.1:9",
        "encuentros.intake.enabled=false", "encuentros.messaging.sender-enabled=false"})
class OutboxCleanupTests {

    @Autowired
    OutboxStore outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void finishedRowsOlderThanNinetyDaysAreDeletedAndPendingOnesKept() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        Instant old = now.minusSeconds(91L * 24 * 3600);
        outbox.insert("cleanup:sent", -1, 0, "TEXT", "{}", null, "SENT", false, old);
        outbox.insert("cleanup:failed", -1, 0, "TEXT", "{}", null, "FAILED", false, old);
        outbox.insert("cleanup:pending", -1, 2, "TEXT", "{}", null, "PENDING", false, old);
        outbox.insert("cleanup:recent", -1, 0, "TEXT", "{}", null, "SENT", false, now.minusSeconds(3600));
        // The pending row must not be sent to a chat that does not exist while the test runs.
        jdbc.update("UPDATE outbox_message SET not_before = ? WHERE dedup_key = 'cleanup:pending'",
                java.sql.Timestamp.from(Instant.parse("2999-01-01T00:00:00Z")));

        assertThat(OutboxCleanup.run(outbox, new MutableClock(now))).isEqualTo(2);

        assertThat(jdbc.queryForList("SELECT dedup_key FROM outbox_message WHERE dedup_key LIKE 'cleanup:%' ORDER BY id",
                String.class)).containsExactly("cleanup:pending", "cleanup:recent");
    }
}
