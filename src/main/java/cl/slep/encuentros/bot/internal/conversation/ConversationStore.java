package cl.slep.encuentros.bot.internal.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The conversation_state table, owned by the bot module. */
@Repository
class ConversationStore {

    private final JdbcTemplate jdbc;

    ConversationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredConversation> find(long chatId) {
        return jdbc.query("""
                SELECT flow, step, turn, state_version, state, reprompted_turn, expires_at
                FROM conversation_state WHERE chat_id = ?
                """, (rs, i) -> new StoredConversation(chatId, rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant()), chatId)
                .stream().findFirst();
    }

    void save(StoredConversation conversation, Instant now) {
        Object[] values = {conversation.flow(), conversation.step(), conversation.turn(), conversation.stateVersion(),
                conversation.state(), conversation.repromptedTurn(), Timestamp.from(now),
                Timestamp.from(conversation.expiresAt()), conversation.chatId()};
        int updated = jdbc.update("""
                UPDATE conversation_state SET flow = ?, step = ?, turn = ?, state_version = ?, state = ?,
                       reprompted_turn = ?, updated_at = ?, expires_at = ?
                WHERE chat_id = ?
                """, values);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO conversation_state (flow, step, turn, state_version, state, reprompted_turn, updated_at,
                                                    expires_at, chat_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, values);
        }
    }

    boolean clear(long chatId) {
        return jdbc.update("DELETE FROM conversation_state WHERE chat_id = ?", chatId) > 0;
    }

    int deleteExpired(Instant now) {
        return jdbc.update("DELETE FROM conversation_state WHERE expires_at <= ?", Timestamp.from(now));
    }
}
