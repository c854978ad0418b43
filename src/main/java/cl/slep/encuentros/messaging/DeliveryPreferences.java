package cl.slep.encuentros.messaging;

import cl.slep.encuentros.messaging.internal.OutboxStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opposition and temporary blocking (Ley 21.719), as the sender honours them: with optional messages muted,
 * broadcasts and surveys are not sent; with everything paused, only direct answers to the person's own actions
 * and legal notices are ({@link Category#admitted}). What was queued when the choice was made is dropped, not
 * postponed.
 */
@Service
public class DeliveryPreferences {

    private static final int IN_LIST_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final OutboxStore store;

    DeliveryPreferences(JdbcTemplate jdbc, OutboxStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** A person's choice; chats without a row receive everything. */
    record Choice(boolean allPaused, boolean optionalMuted) {

        static final Choice EVERYTHING = new Choice(false, false);

        boolean admits(Priority priority, Category category) {
            return category.admitted(priority, allPaused, optionalMuted);
        }
    }

    @Transactional
    public void set(long chatId, boolean allPaused, boolean optionalMuted) {
        jdbc.update("DELETE FROM chat_preference WHERE chat_id = ?", chatId);
        if (allPaused || optionalMuted) {
            jdbc.update("INSERT INTO chat_preference (chat_id, all_paused, optional_muted) VALUES (?, ?, ?)",
                    chatId, allPaused, optionalMuted);
        }
        if (allPaused) {
            store.dropPending(chatId, List.of(Category.ESSENTIAL.name(), Category.OPTIONAL.name()),
                    "paused by the person");
        } else if (optionalMuted) {
            store.dropPending(chatId, List.of(Category.OPTIONAL.name()), "optional messages muted by the person");
        }
    }

    /** The choices of these chats; chats that chose nothing are absent. */
    Map<Long, Choice> choices(Collection<Long> chatIds) {
        Map<Long, Choice> choices = new HashMap<>();
        List<Long> ids = List.copyOf(chatIds);
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
            jdbc.query("SELECT chat_id, all_paused, optional_muted FROM chat_preference WHERE chat_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        choices.put(rs.getLong(1), new Choice(rs.getBoolean(2), rs.getBoolean(3)));
                    }, chunk.toArray());
        }
        return choices;
    }

    void forget(long chatId) {
        jdbc.update("DELETE FROM chat_preference WHERE chat_id = ?", chatId);
    }
}
