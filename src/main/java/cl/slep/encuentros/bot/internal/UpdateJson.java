package cl.slep.encuentros.bot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The bot module's one Jackson 2 mapper, for Telegram's own types (TelegramBots is built on Jackson 2), kept
 * apart from Spring's Jackson 3 and from the library's defaults. Telegram adds fields and values over time, so
 * unknown ones are ignored instead of failing.
 */
@Component
class UpdateJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, false);

    ObjectMapper mapper() {
        return mapper;
    }

    /**
     * One update of a getUpdates answer, read on its own so a malformed one cannot take its neighbours down.
     * Null when it has no usable update_id (it cannot be stored or confirmed by itself).
     */
    InboxStore.Received parse(JsonNode node) {
        JsonNode id = node.get("update_id");
        if (id == null || !id.isIntegralNumber()) {
            return null;
        }
        String raw = node.toString();
        try {
            Update update = mapper.treeToValue(node, Update.class);
            return InboxStore.Received.readable(id.asLong(), chatOf(update), raw);
        } catch (JsonMappingException e) {
            // The path names the field; the value itself may be something a person wrote, so it is left out.
            return InboxStore.Received.unreadable(id.asLong(), rawChatOf(node), raw,
                    e.getClass().getSimpleName() + " at " + e.getPathReference());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return InboxStore.Received.unreadable(id.asLong(), rawChatOf(node), raw, e.getClass().getSimpleName());
        }
    }

    String write(Update update) {
        try {
            return mapper.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Update " + update.getUpdateId() + " cannot be stored", e);
        }
    }

    Update read(String payload) {
        try {
            return mapper.readValue(payload, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored update is unreadable", e);
        }
    }

    Update readOrNull(String payload) {
        try {
            return read(payload);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The chat an update belongs to, or null; tolerant of the parts Telegram may leave out. */
    static Long chatOf(Update update) {
        Message message = update.hasMessage() ? update.getMessage()
                : update.hasEditedMessage() ? update.getEditedMessage() : null;
        if (message != null) {
            return message.getChat() != null ? message.getChat().getId() : null;
        }
        if (update.hasCallbackQuery()) {
            var query = update.getCallbackQuery();
            if (query.getMessage() != null && query.getMessage().getChat() != null) {
                return query.getMessage().getChatId();
            }
            return query.getFrom() != null ? query.getFrom().getId() : null;
        }
        if (update.hasMyChatMember() && update.getMyChatMember().getChat() != null) {
            return update.getMyChatMember().getChat().getId();
        }
        return null;
    }

    /** The chat of an update the library cannot read, if its JSON shows one plainly. */
    private static Long rawChatOf(JsonNode node) {
        for (String type : new String[] {"message", "edited_message", "my_chat_member"}) {
            JsonNode chatId = node.path(type).path("chat").path("id");
            if (chatId.isIntegralNumber()) {
                return chatId.asLong();
            }
        }
        return null;
    }
}
