package cl.slep.encuentros.messaging;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** What the bot wants Telegram to do in a chat; the outbox stores it and the sender performs it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = OutgoingMessage.Text.class, name = "text"),
        @JsonSubTypes.Type(value = OutgoingMessage.EditText.class, name = "editText"),
        @JsonSubTypes.Type(value = OutgoingMessage.EditKeyboard.class, name = "editKeyboard"),
        @JsonSubTypes.Type(value = OutgoingMessage.CallbackAnswer.class, name = "callbackAnswer"),
        @JsonSubTypes.Type(value = OutgoingMessage.Delete.class, name = "delete"),
        @JsonSubTypes.Type(value = OutgoingMessage.Document.class, name = "document"),
        @JsonSubTypes.Type(value = OutgoingMessage.Photo.class, name = "photo"),
        @JsonSubTypes.Type(value = OutgoingMessage.CommandMenu.class, name = "commandMenu"),
        @JsonSubTypes.Type(value = OutgoingMessage.Venue.class, name = "venue")
})
public sealed interface OutgoingMessage {

    long chatId();

    /** Text is HTML (parse_mode=HTML): whatever a user typed must already be escaped. */
    record Text(long chatId, String text, InlineKeyboard keyboard) implements OutgoingMessage {
        public Text(long chatId, String text) {
            this(chatId, text, null);
        }
    }

    record EditText(long chatId, int messageId, String text, InlineKeyboard keyboard) implements OutgoingMessage {
    }

    record EditKeyboard(long chatId, int messageId, InlineKeyboard keyboard) implements OutgoingMessage {
    }

    /** Every callback query must be answered, or the person's client shows a spinner. */
    record CallbackAnswer(long chatId, String callbackQueryId, String text, boolean alert) implements OutgoingMessage {
    }

    record Delete(long chatId, int messageId) implements OutgoingMessage {
    }

    /** A file; the bytes travel in the outbox row's attachment column, not in its JSON. */
    record Document(long chatId, String fileName, String caption) implements OutgoingMessage {
    }

    /** A place on the map with its name and address (sendVenue): opens in the person's maps application. */
    record Venue(long chatId, double latitude, double longitude, String title, String address)
            implements OutgoingMessage {
    }

    /**
     * A picture shown in the chat itself (a QR code to project), not as a file to open; the bytes travel in the
     * attachment column like a document's. Telegram recompresses photos, so only pictures that survive it belong here.
     */
    record Photo(long chatId, String fileName, String caption) implements OutgoingMessage {
    }

    /**
     * The command menu this chat sees (setMyCommands for the chat's scope). No commands: the chat's own menu is
     * removed and it sees the bot's default one again.
     */
    record CommandMenu(long chatId, List<BotProfile.MenuCommand> commands) implements OutgoingMessage {
        public CommandMenu {
            commands = commands == null ? List.of() : List.copyOf(commands);
        }
    }
}
