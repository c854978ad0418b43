package cl.slep.encuentros.messaging.internal;

import cl.slep.encuentros.messaging.DeliveryStatus;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox_message and chat_delivery tables, which this module alone owns. A row is PENDING, then SENDING
 * while claimed by the sender that holds the lease, then SENT, FAILED or DROPPED. Every change after the claim
 * is made only by the claimer, so a sender that lost its lease cannot overwrite what the next one did.
 */
@Repository
public class OutboxStore {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String DROPPED = "DROPPED";
    static final String CALLBACK_ANSWER = "CALLBACK_ANSWER";

    private static final int IN_LIST_CHUNK = 500;
    private static final String INSERT = """
            INSERT INTO outbox_message (dedup_key, chat_id, priority, category, kind, payload, attachment, status,
                                        attempts, not_before, created_at, erase_after_send, correlation)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """;

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A row to insert. */
    public record NewRow(String dedupKey, long chatId, int priority, String category, String kind, String payload,
            byte[] attachment, String status, boolean eraseAfterSend, String correlation, Instant createdAt) {
    }

    /** Inserts unless a row with the same key exists; true when inserted. */
    public boolean insert(String dedupKey, long chatId, int priority, String kind, String payload,
            byte[] attachment, String status, boolean eraseAfterSend, Instant now) {
        return insertAll(List.of(new NewRow(dedupKey, chatId, priority, "ESSENTIAL", kind, payload, attachment,
                status, eraseAfterSend, null, now))) == 1;
    }

    /**
     * Inserts the rows in one JDBC batch, skipping those whose key exists; returns how many were inserted (a
     * driver that reports no counts for a batch counts as all inserted).
     */
    public int insertAll(List<NewRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        int[] counts = jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> {
            Timestamp created = Timestamp.from(row.createdAt());
            ps.setString(1, row.dedupKey());
            ps.setLong(2, row.chatId());
            ps.setInt(3, row.priority());
            ps.setString(4, row.category());
            ps.setString(5, row.kind());
            ps.setString(6, row.payload());
            ps.setBytes(7, row.attachment());
            ps.setString(8, row.status());
            ps.setTimestamp(9, created);
            ps.setTimestamp(10, created);
            ps.setBoolean(11, row.eraseAfterSend());
            ps.setString(12, row.correlation());
        })[0];
        int inserted = 0;
        for (int count : counts) {
            if (count == 1 || count == Statement.SUCCESS_NO_INFO) {
                inserted++;
            }
        }
        return inserted;
    }

    /**
     * A chat's earlier rows take the priority of a later, more urgent one: the chat's order holds, and the urgent
     * row does not wait for the chat's bulk message to come up in the bulk queue.
     */
    public void raiseEarlier(long chatId, int priority) {
        jdbc.update("UPDATE outbox_message SET priority = ? WHERE chat_id = ? AND status = 'PENDING' AND priority > ?",
                priority, chatId, priority);
    }

    /** Callback answers due now, oldest first: they are in no chat's order and not paced. */
    List<QueuedRow> dueCallbackAnswers(Instant now, int limit) {
        return jdbc.query("""
                SELECT id, chat_id, kind, attempts FROM outbox_message
                WHERE status = 'PENDING' AND kind = 'CALLBACK_ANSWER' AND not_before <= ?
                ORDER BY id LIMIT ?
                """, (rs, i) -> new QueuedRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)),
                Timestamp.from(now), limit);
    }

    /**
     * The head row of each chat's queue that is due now, most urgent first. A head is a chat's first row still
     * pending or being sent (callback answers aside), so a chat's messages keep their order and rows waiting for a
     * retry never hide other chats' due rows.
     *
     * <p>Numbered by chat rather than asked row by row ("no earlier row of the same chat"): that question is fast only
     * with a good plan, and PostgreSQL plans from statistics that a burst outdates. Ten thousand reminders queued on
     * a table last analysed nearly empty took 68 s a read (each row compared with every other), against 38 ms
     * for this form with the same statistics: it reads the active rows once and sorts them, whatever the plan.
     */
    List<QueuedRow> dueHeads(Instant now, int limit) {
        return jdbc.query("""
                SELECT id, chat_id, kind, attempts FROM (
                    SELECT id, chat_id, kind, attempts, status, not_before, priority,
                           ROW_NUMBER() OVER (PARTITION BY chat_id ORDER BY id) AS place
                    FROM outbox_message
                    WHERE status IN ('PENDING', 'SENDING') AND kind <> 'CALLBACK_ANSWER') active
                WHERE place = 1 AND status = 'PENDING' AND not_before <= ?
                ORDER BY priority, id LIMIT ?
                """, (rs, i) -> new QueuedRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)),
                Timestamp.from(now), limit);
    }

    /** PENDING to SENDING for this claimer; false if another took it or it is no longer pending. */
    boolean claim(long id, String claimer, Instant now) {
        String sql = isPostgres()
                ? "UPDATE outbox_message SET status = 'SENDING', claimed_by = ?, claimed_at = ? WHERE id = "
                        + "(SELECT id FROM outbox_message WHERE id = ? AND status = 'PENDING' FOR UPDATE SKIP LOCKED)"
                : "UPDATE outbox_message SET status = 'SENDING', claimed_by = ?, claimed_at = ? "
                        + "WHERE id = ? AND status = 'PENDING'";
        return jdbc.update(sql, claimer, Timestamp.from(now), id) == 1;
    }

    /** Claims left by senders other than this one go back to the queue; returns how many. */
    int releaseClaimsOtherThan(String claimer) {
        return jdbc.update("UPDATE outbox_message SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL "
                + "WHERE status = 'SENDING' AND claimed_by <> ?", claimer);
    }

    /** Claims of an earlier run of this instance (named alike) go back to the queue; returns how many. */
    int releaseEarlierRunClaims(String instancePrefix, String claimer) {
        return jdbc.update("UPDATE outbox_message SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL "
                + "WHERE status = 'SENDING' AND claimed_by LIKE ? AND claimed_by <> ?", instancePrefix + "%", claimer);
    }

    Optional<StoredMessage> load(long id) {
        return jdbc.query("""
                SELECT m.payload, m.attachment, m.status, d.chat_id IS NOT NULL, m.correlation
                FROM outbox_message m LEFT JOIN chat_delivery d ON d.chat_id = m.chat_id
                WHERE m.id = ?
                """, (rs, i) -> new StoredMessage(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getBoolean(4),
                rs.getString(5)), id)
                .stream().findFirst();
    }

    /** Marks a claimed row sent (or deletes it if ephemeral); false if the claim was lost meanwhile. */
    boolean markSent(long id, String claimer, Integer telegramMessageId, Instant now) {
        if (jdbc.update("DELETE FROM outbox_message WHERE id = ? AND erase_after_send AND status = 'SENDING' "
                + "AND claimed_by = ?", id, claimer) == 1) {
            return true;
        }
        return jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ?, telegram_message_id = ?, "
                + "attempts = attempts + 1 WHERE id = ? AND status = 'SENDING' AND claimed_by = ?",
                Timestamp.from(now), telegramMessageId, id, claimer) == 1;
    }

    void retryLater(long id, String claimer, Instant notBefore, String error) {
        jdbc.update("UPDATE outbox_message SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL, "
                + "not_before = ?, attempts = attempts + 1, last_error = ? "
                + "WHERE id = ? AND status = 'SENDING' AND claimed_by = ?",
                Timestamp.from(notBefore), truncate(error), id, claimer);
    }

    void markDropped(long id, String claimer, String reason) {
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED', last_error = ? "
                + "WHERE id = ? AND status = 'SENDING' AND claimed_by = ?", truncate(reason), id, claimer);
        deleteFinishedEphemeral();
    }

    /** An ephemeral row that will not be sent must not linger either. */
    private void deleteFinishedEphemeral() {
        jdbc.update("DELETE FROM outbox_message WHERE erase_after_send AND status NOT IN ('PENDING', 'SENDING')");
    }

    void markFailed(long id, String claimer, String error) {
        jdbc.update("UPDATE outbox_message SET status = 'FAILED', attempts = attempts + 1, last_error = ? "
                + "WHERE id = ? AND status = 'SENDING' AND claimed_by = ?", truncate(error), id, claimer);
        deleteFinishedEphemeral();
    }

    /**
     * Records the chat as unreachable and drops what was queued for it, with the row the 403 answered; true if
     * it was reachable until now.
     */
    boolean markUnreachable(long chatId, long id, String claimer, String reason, Instant now) {
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED', last_error = ? WHERE chat_id = ? "
                + "AND (status = 'PENDING' OR (id = ? AND status = 'SENDING' AND claimed_by = ?))",
                truncate(reason), chatId, id, claimer);
        deleteFinishedEphemeral();
        return jdbc.update("INSERT INTO chat_delivery (chat_id, unreachable_since, reason) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", chatId, Timestamp.from(now), truncate(reason)) == 1;
    }

    /** True if the chat had been marked unreachable. */
    public boolean markReachable(long chatId) {
        return jdbc.update("DELETE FROM chat_delivery WHERE chat_id = ?", chatId) == 1;
    }

    int forgetFinishedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM outbox_message WHERE status NOT IN ('PENDING', 'SENDING') AND created_at < ?",
                Timestamp.from(cutoff));
    }

    /** Forgets a chat whose person was erased; only ephemeral rows still to be sent remain. */
    public void forgetChat(long chatId) {
        jdbc.update("DELETE FROM outbox_message WHERE chat_id = ? "
                + "AND NOT (erase_after_send AND status IN ('PENDING', 'SENDING'))", chatId);
        jdbc.update("DELETE FROM chat_delivery WHERE chat_id = ?", chatId);
    }

    /**
     * Drops what is queued for a chat whose person paused messages (or muted the optional ones): rows of these
     * categories, except direct answers.
     */
    public int dropPending(long chatId, Collection<String> categories, String reason) {
        if (categories.isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>(List.of(reason, chatId));
        args.addAll(categories);
        return jdbc.update("UPDATE outbox_message SET status = 'DROPPED', last_error = ? "
                + "WHERE chat_id = ? AND status = 'PENDING' AND priority > 0 AND category IN ("
                + placeholders(categories.size()) + ")", args.toArray());
    }

    public boolean isUnreachable(long chatId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM chat_delivery WHERE chat_id = ?", Integer.class, chatId);
        return count != null && count > 0;
    }

    /** Those of these chats that are marked unreachable. */
    public Set<Long> unreachableAmong(Collection<Long> chatIds) {
        Set<Long> unreachable = new HashSet<>();
        List<Long> ids = List.copyOf(chatIds);
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
            jdbc.query("SELECT chat_id FROM chat_delivery WHERE chat_id IN (" + placeholders(chunk.size()) + ")",
                    rs -> {
                        unreachable.add(rs.getLong(1));
                    }, chunk.toArray());
        }
        return unreachable;
    }

    /** The rows of a correlation, by chat and then in the order they were queued. */
    public List<CorrelatedRow> correlated(String correlation) {
        return jdbc.query(CORRELATED + " WHERE m.correlation = ? ORDER BY m.id", OutboxStore::correlatedRow,
                correlation);
    }

    public List<CorrelatedRow> correlated(String correlation, long chatId) {
        return jdbc.query(CORRELATED + " WHERE m.correlation = ? AND m.chat_id = ? ORDER BY m.id",
                OutboxStore::correlatedRow, correlation, chatId);
    }

    private static final String CORRELATED = """
            SELECT m.chat_id, m.status, d.chat_id IS NOT NULL, m.telegram_message_id, m.sent_at
            FROM outbox_message m LEFT JOIN chat_delivery d ON d.chat_id = m.chat_id
            """;

    private static CorrelatedRow correlatedRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long messageId = rs.getLong(4);
        Integer telegramMessageId = rs.wasNull() ? null : (int) messageId;
        Timestamp sentAt = rs.getTimestamp(5);
        return new CorrelatedRow(rs.getLong(1), status(rs.getString(2), rs.getBoolean(3)), telegramMessageId,
                sentAt == null ? null : sentAt.toInstant());
    }

    private static DeliveryStatus status(String stored, boolean chatUnreachable) {
        return switch (stored) {
            case PENDING, SENDING -> DeliveryStatus.PENDING;
            case SENT -> DeliveryStatus.SENT;
            case FAILED -> DeliveryStatus.FAILED;
            default -> chatUnreachable ? DeliveryStatus.UNREACHABLE : DeliveryStatus.DROPPED;
        };
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) (Connection connection) ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
            postgres = known;
        }
        return known;
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    record QueuedRow(long id, long chatId, String kind, int attempts) {
    }

    /** One row of a correlation, as a report sees it. */
    public record CorrelatedRow(long chatId, DeliveryStatus status, Integer telegramMessageId, Instant sentAt) {
    }

    /** {@code chatUnreachable}: a 403 for this chat arrived after the row was queued. */
    /** @param correlation null when the message belongs to none */
    record StoredMessage(String payload, byte[] attachment, String status, boolean chatUnreachable, String correlation) {
    }
}
