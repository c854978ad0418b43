package cl.slep.encuentros.bot.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The inbox_update table: each received update, stored before Telegram is told we have it. */
@Repository
class InboxStore {

    /** What a handled update's payload becomes when nothing of it may be kept. */
    static final String BLANK = "{}";

    private final JdbcTemplate jdbc;

    InboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a batch in one round trip; for each update, true if it is new. An update that cannot be read is
     * stored already FAILED, with its raw JSON, so nothing tries to handle it and its id still de-duplicates.
     */
    boolean[] storeAll(List<Received> updates, Instant now) {
        Timestamp received = Timestamp.from(now);
        int[][] counts = jdbc.batchUpdate("""
                INSERT INTO inbox_update (update_id, chat_id, payload, status, received_at, handled_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, updates, updates.size(), (statement, update) -> {
            statement.setLong(1, update.updateId());
            statement.setObject(2, update.chatId());
            statement.setString(3, update.payload());
            statement.setString(4, update.readable() ? "PENDING" : "FAILED");
            statement.setTimestamp(5, received);
            statement.setTimestamp(6, update.readable() ? null : received);
        });
        boolean[] inserted = new boolean[updates.size()];
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                inserted[i++] = count == 1;
            }
        }
        return inserted;
    }

    Optional<PendingUpdate> findPending(long updateId) {
        return jdbc.query("SELECT update_id, chat_id, payload FROM inbox_update WHERE update_id = ? AND status = 'PENDING'",
                (rs, i) -> new PendingUpdate(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3)), updateId)
                .stream().findFirst();
    }

    /** Updates received but never handled, e.g. because the process stopped: handled again on start-up. */
    List<PendingUpdate> allPending() {
        return jdbc.query("SELECT update_id, chat_id, payload FROM inbox_update WHERE status = 'PENDING' ORDER BY update_id",
                (rs, i) -> new PendingUpdate(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3)));
    }

    /** Updates still unhandled that arrived before {@code cutoff}, oldest first. */
    List<PendingUpdate> pendingReceivedBefore(Instant cutoff) {
        return jdbc.query("SELECT update_id, chat_id, payload FROM inbox_update WHERE status = 'PENDING' "
                        + "AND received_at < ? ORDER BY update_id",
                (rs, i) -> new PendingUpdate(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3)), Timestamp.from(cutoff));
    }

    /**
     * False if someone else finished it first. Unless {@code keepPayload}, the update's content and the person's
     * chat id are blanked: only the update id stays, for de-duplication (a group's id is not a person's and stays).
     */
    boolean markDone(long updateId, Instant started, Instant now, boolean keepPayload) {
        String set = keepPayload ? "" : ", payload = '" + BLANK + "', chat_id = CASE WHEN chat_id > 0 THEN NULL ELSE chat_id END";
        return jdbc.update("UPDATE inbox_update SET status = 'DONE', started_at = ?, handled_at = ?" + set
                + " WHERE update_id = ? AND status = 'PENDING'", Timestamp.from(started), Timestamp.from(now), updateId) == 1;
    }

    void markFailed(long updateId, Instant now) {
        jdbc.update("UPDATE inbox_update SET status = 'FAILED', handled_at = ? WHERE update_id = ? AND status = 'PENDING'",
                Timestamp.from(now), updateId);
    }

    /** Telegram keeps an unconfirmed update for 24 hours; after that its id is no use for de-duplication. */
    int forgetHandledBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM inbox_update WHERE status <> 'PENDING' AND received_at < ?", Timestamp.from(cutoff));
    }

    record PendingUpdate(long updateId, Long chatId, String payload) {
    }

    /**
     * An update as it came from Telegram: its raw JSON, and why the library could not read it, if it could not.
     */
    record Received(long updateId, Long chatId, String payload, String problem) {

        static Received readable(long updateId, Long chatId, String payload) {
            return new Received(updateId, chatId, payload, null);
        }

        static Received unreadable(long updateId, Long chatId, String payload, String problem) {
            return new Received(updateId, chatId, payload, problem);
        }

        boolean readable() {
            return problem == null;
        }
    }
}
