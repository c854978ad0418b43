package cl.slep.encuentros.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox's statements, run as they are against each database the application supports. */
interface InboxStoreContract {

    Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    InboxStore inbox();

    JdbcTemplate jdbc();

    @BeforeEach
    default void startEmpty() {
        jdbc().update("DELETE FROM inbox_update WHERE update_id >= 10000");
    }

    @Test
    default void aBatchStoresEachNewUpdateOnceAndAnUnreadableOneAlreadyFailed() {
        inbox().storeAll(List.of(readable(10_001, 42L)), NOW);

        boolean[] inserted = inbox().storeAll(List.of(readable(10_001, 42L), readable(10_002, 43L),
                InboxStore.Received.unreadable(10_003, 44L, "{\"update_id\":10003,\"message\":{\"date\":\"ayer\"}}",
                        "InvalidFormatException")), NOW);

        assertThat(inserted).containsExactly(false, true, true);
        assertThat(row(10_003)).containsEntry("status", "FAILED")
                .containsEntry("payload", "{\"update_id\":10003,\"message\":{\"date\":\"ayer\"}}");
        assertThat(row(10_003).get("handled_at")).isNotNull();
        assertThat(inbox().findPending(10_003)).isEmpty();
        assertThat(inbox().findPending(10_002)).map(InboxStore.PendingUpdate::chatId).contains(43L);
        assertThat(inbox().allPending()).extracting(InboxStore.PendingUpdate::updateId).containsSubsequence(10_001L, 10_002L)
                .doesNotContain(10_003L);
    }

    @Test
    default void markingDoneBlanksWhatMayNotBeKeptAndHappensOnce() {
        inbox().storeAll(List.of(readable(10_011, 42L), readable(10_012, -1_000_000_042L), readable(10_013, 43L)), NOW);

        assertThat(inbox().markDone(10_011, NOW, NOW.plusMillis(5), false)).isTrue();
        assertThat(inbox().markDone(10_012, NOW, NOW.plusMillis(5), false)).isTrue();
        assertThat(inbox().markDone(10_013, NOW, NOW.plusMillis(5), true)).isTrue();
        assertThat(inbox().markDone(10_011, NOW, NOW.plusMillis(9), true)).isFalse();

        assertThat(row(10_011)).containsEntry("status", "DONE").containsEntry("payload", "{}").containsEntry("chat_id", null);
        assertThat(row(10_012)).containsEntry("payload", "{}");
        assertThat(((Number) row(10_012).get("chat_id")).longValue()).isEqualTo(-1_000_000_042L);
        assertThat(row(10_013).get("payload").toString()).contains("Ana Pérez");
        assertThat(((Number) row(10_013).get("chat_id")).longValue()).isEqualTo(43L);
    }

    @Test
    default void onlyUpdatesPendingLongEnoughAreRetriedAndHandledOnesAreForgottenLater() {
        inbox().storeAll(List.of(readable(10_021, 42L)), NOW.minus(Duration.ofMinutes(2)));
        inbox().storeAll(List.of(readable(10_022, 42L)), NOW);

        assertThat(inbox().pendingReceivedBefore(NOW.minus(Duration.ofMinutes(1))))
                .extracting(InboxStore.PendingUpdate::updateId).filteredOn(id -> id >= 10_000).containsExactly(10_021L);

        inbox().markFailed(10_021, NOW);
        inbox().forgetHandledBefore(NOW.minus(Duration.ofMinutes(1)));

        assertThat(jdbc().queryForList("SELECT update_id FROM inbox_update WHERE update_id >= 10000", Long.class))
                .containsExactly(10_022L);
    }

    private Map<String, Object> row(long updateId) {
        return jdbc().queryForMap("SELECT status, payload, chat_id, handled_at FROM inbox_update WHERE update_id = ?",
                updateId);
    }

    private static InboxStore.Received readable(long updateId, long chatId) {
        return InboxStore.Received.readable(updateId, chatId,
                "{\"update_id\":" + updateId + ",\"message\":{\"text\":\"hola\",\"from\":{\"first_name\":\"Ana Pérez\"}}}");
    }
}
