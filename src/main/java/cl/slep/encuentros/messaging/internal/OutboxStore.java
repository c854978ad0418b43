package cl.slep.encuentros.messaging.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The outbox_message and chat_delivery tables, which this module alone owns. */
@Repository
public class OutboxStore {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String DROPPED = "DROPPED";

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless a row with the same key exists; true when inserted. */
    public boolean insert(String dedupKey, long chatId, int priority, String kind, String payload,
            byte[] attachment, String status, boolean eraseAfterSend, Instant now) {
        int inserted = jdbc.update("""
                INSERT INTO outbox_message (dedup_key, chat_id, priority, kind, payload, attachment, status,
                                            attempts, not_before, created_at, erase_after_send)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, dedupKey, chatId, priority, kind, payload, attachment, status, Timestamp.from(now),
                Timestamp.from(now), eraseAfterSend);
        return inserted == 1;
    }

    /** Pending rows in the order they should leave; the sender keeps the first of each chat. */
    List<QueuedRow> pending(int limit) {
        return jdbc.query("""
                SELECT id, chat_id, kind, not_before, attempts FROM outbox_message
                WHERE status = 'PENDING' ORDER BY priority, id LIMIT ?
                """, (rs, i) -> new QueuedRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getInt(5)), limit);
    }

    Optional<StoredMessage> load(long id) {
        return jdbc.query("""
                SELECT m.payload, m.attachment, m.status, d.chat_id IS NOT NULL
                FROM outbox_message m LEFT JOIN chat_delivery d ON d.chat_id = m.chat_id
                WHERE m.id = ?
                """, (rs, i) -> new StoredMessage(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getBoolean(4)), id)
                .stream().findFirst();
    }

    void markSent(long id, Integer telegramMessageId, Instant now) {
        if (jdbc.update("DELETE FROM outbox_message WHERE id = ? AND erase_after_send", id) == 1) {
            return;
        }
        jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ?, telegram_message_id = ?, "
                + "attempts = attempts + 1 WHERE id = ?", Timestamp.from(now), telegramMessageId, id);
    }

    void retryLater(long id, Instant notBefore, String error) {
        jdbc.update("UPDATE outbox_message SET not_before = ?, attempts = attempts + 1, last_error = ? WHERE id = ?",
                Timestamp.from(notBefore), truncate(error), id);
    }

    void markDropped(long id, String reason) {
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED', last_error = ? WHERE id = ?", truncate(reason), id);
        deleteFinishedEphemeral();
    }

    /** An ephemeral row that will not be sent must not linger either. */
    private void deleteFinishedEphemeral() {
        jdbc.update("DELETE FROM outbox_message WHERE erase_after_send AND status <> 'PENDING'");
    }

    void markFailed(long id, String error) {
        jdbc.update("UPDATE outbox_message SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?",
                truncate(error), id);
        deleteFinishedEphemeral();
    }

    /** Records the chat as unreachable and drops what was queued for it; true if it was reachable until now. */
    boolean markUnreachable(long chatId, String reason, Instant now) {
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED', last_error = ? WHERE chat_id = ? AND status = 'PENDING'",
                truncate(reason), chatId);
        deleteFinishedEphemeral();
        return jdbc.update("INSERT INTO chat_delivery (chat_id, unreachable_since, reason) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", chatId, Timestamp.from(now), truncate(reason)) == 1;
    }

    /** True if the chat had been marked unreachable. */
    public boolean markReachable(long chatId) {
        return jdbc.update("DELETE FROM chat_delivery WHERE chat_id = ?", chatId) == 1;
    }

    int forgetFinishedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM outbox_message WHERE status <> 'PENDING' AND created_at < ?", Timestamp.from(cutoff));
    }

    /** Forgets a chat whose person was erased; only ephemeral rows still to be sent remain. */
    public void forgetChat(long chatId) {
        jdbc.update("DELETE FROM outbox_message WHERE chat_id = ? AND NOT (erase_after_send AND status = 'PENDING')", chatId);
        jdbc.update("DELETE FROM chat_delivery WHERE chat_id = ?", chatId);
    }

    /** Drops what is queued for a chat whose person paused messages (or only the optional ones). */
    public int dropPending(long chatId, int minimumPriority, String reason) {
        return jdbc.update("UPDATE outbox_message SET status = 'DROPPED', last_error = ? "
                + "WHERE chat_id = ? AND status = 'PENDING' AND priority >= ?", reason, chatId, minimumPriority);
    }

    public boolean isUnreachable(long chatId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM chat_delivery WHERE chat_id = ?", Integer.class, chatId);
        return count != null && count > 0;
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    record QueuedRow(long id, long chatId, String kind, Instant notBefore, int attempts) {
    }

    /** {@code chatUnreachable}: a 403 for this chat arrived after the row was queued. */
    record StoredMessage(String payload, byte[] attachment, String status, boolean chatUnreachable) {
    }
}
