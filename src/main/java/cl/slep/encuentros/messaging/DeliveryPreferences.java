package cl.slep.encuentros.messaging;

import cl.slep.encuentros.messaging.internal.OutboxStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opposition and temporary blocking (Ley 21.719), as the sender honours them: with optional messages muted,
 * broadcasts and surveys are not sent; with everything paused, only direct answers to the person's own actions
 * are. What was queued when the choice was made is dropped, not postponed.
 */
@Service
public class DeliveryPreferences {

    private final JdbcTemplate jdbc;
    private final OutboxStore store;

    DeliveryPreferences(JdbcTemplate jdbc, OutboxStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Transactional
    public void set(long chatId, boolean allPaused, boolean optionalMuted) {
        jdbc.update("DELETE FROM chat_preference WHERE chat_id = ?", chatId);
        if (allPaused || optionalMuted) {
            jdbc.update("INSERT INTO chat_preference (chat_id, all_paused, optional_muted) VALUES (?, ?, ?)",
                    chatId, allPaused, optionalMuted);
        }
        if (allPaused) {
            store.dropPending(chatId, Priority.REMINDER.rank(), "paused by the person");
        } else if (optionalMuted) {
            store.dropPending(chatId, Priority.BROADCAST.rank(), "optional messages muted by the person");
        }
    }

    /** True if the person's choice excludes a message of this priority. */
    boolean refuses(long chatId, Priority priority) {
        if (priority == Priority.DIRECT) {
            return false;
        }
        return jdbc.query("SELECT all_paused, optional_muted FROM chat_preference WHERE chat_id = ?",
                (rs, i) -> rs.getBoolean(1) || (rs.getBoolean(2) && priority.rank() >= Priority.BROADCAST.rank()),
                chatId).stream().findFirst().orElse(false);
    }

    void forget(long chatId) {
        jdbc.update("DELETE FROM chat_preference WHERE chat_id = ?", chatId);
    }
}
