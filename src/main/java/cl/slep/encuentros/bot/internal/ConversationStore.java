package cl.slep.encuentros.bot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The conversation_state table, owned by the bot module. */
@Repository
public class ConversationStore {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    ConversationStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<ConversationState> find(long chatId) {
        return jdbc.query("SELECT flow, step, data FROM conversation_state WHERE chat_id = ?",
                (rs, i) -> new ConversationState(rs.getString(1), rs.getString(2), read(rs.getString(3))), chatId)
                .stream().findFirst();
    }

    public void save(long chatId, ConversationState state) {
        String data = write(state.data());
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE conversation_state SET flow = ?, step = ?, data = ?, updated_at = ? WHERE chat_id = ?",
                state.flow(), state.step(), data, now, chatId);
        if (updated == 0) {
            jdbc.update("INSERT INTO conversation_state (chat_id, flow, step, data, updated_at) VALUES (?, ?, ?, ?, ?)",
                    chatId, state.flow(), state.step(), data, now);
        }
    }

    public void clear(long chatId) {
        jdbc.update("DELETE FROM conversation_state WHERE chat_id = ?", chatId);
    }

    private Map<String, String> read(String json) {
        try {
            return mapper.readValue(json, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable conversation state", e);
        }
    }

    private String write(Map<String, String> data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Conversation state cannot be stored", e);
        }
    }
}
