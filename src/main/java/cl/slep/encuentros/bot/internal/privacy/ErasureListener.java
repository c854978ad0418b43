package cl.slep.encuentros.bot.internal.privacy;

import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.participants.ParticipantDeleted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Forgets what the bot module holds about an erased person: their conversation and the content of the updates
 * they sent (the update ids stay, so a late duplicate is still recognised).
 */
@Component
class ErasureListener {

    private final ConversationEngine conversations;
    private final JdbcTemplate jdbc;

    ErasureListener(ConversationEngine conversations, JdbcTemplate jdbc) {
        this.conversations = conversations;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ParticipantDeleted event) {
        conversations.forget(event.telegramUserId());
        jdbc.update("UPDATE inbox_update SET payload = '{}', chat_id = NULL WHERE chat_id = ?", event.telegramUserId());
    }
}
