package cl.slep.encuentros.simulator;

import cl.slep.encuentros.simulator.ChatMessage.Button;
import cl.slep.encuentros.simulator.ChatMessage.Entity;
import cl.slep.encuentros.simulator.ChatMessage.Place;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A message as the emulator keeps it; mutable, and only touched under its {@link ChatState}'s lock. */
final class StoredMessage {

    final long chatId;
    final int messageId;
    final boolean fromBot;
    final Instant date;
    SimulatedUser user;
    String kind = "text";
    String text;
    List<Entity> entities = List.of();
    String caption;
    List<Entity> captionEntities = List.of();
    /** Buttons exactly as Telegram returns them, maps of text, callback_data, url... */
    List<List<Map<String, Object>>> inlineKeyboard = List.of();
    /** The Telegram JSON of the media (document, photo array, sticker, voice, venue, location). */
    Map<String, Object> media = Map.of();
    StoredFile file;
    Place place;
    Integer replyToMessageId;
    Instant editDate;
    boolean deleted;
    long version;

    StoredMessage(long chatId, int messageId, boolean fromBot, SimulatedUser user, Instant date) {
        this.chatId = chatId;
        this.messageId = messageId;
        this.fromBot = fromBot;
        this.user = user;
        this.date = date;
    }

    boolean hasButton(String callbackData) {
        return inlineKeyboard.stream().flatMap(List::stream)
                .anyMatch(button -> callbackData.equals(button.get("callback_data")));
    }

    ChatMessage view(long botId) {
        List<List<Button>> keyboard = inlineKeyboard.stream()
                .map(row -> row.stream().map(b -> new Button(str(b.get("text")), str(b.get("callback_data")),
                        str(b.get("url")))).toList())
                .toList();
        return new ChatMessage(chatId, messageId, fromBot, fromBot ? botId : user.id(), kind, text, entities,
                keyboard, editDate != null, deleted, date, caption,
                file == null ? null : file.fileId(),
                file == null ? null : file.fileName(),
                file == null ? null : file.mimeType(),
                file == null ? null : file.size(),
                place, forwardedFrom());
    }

    /** The author's name as a Telegram app shows it above a forwarded message. */
    private String forwardedFrom() {
        if (!(media.get("forward_origin") instanceof Map<?, ?> origin)) {
            return null;
        }
        if (origin.get("sender_user") instanceof Map<?, ?> sender) {
            Object last = sender.get("last_name");
            return last == null ? str(sender.get("first_name")) : sender.get("first_name") + " " + last;
        }
        if (origin.get("chat") instanceof Map<?, ?> chat) {
            return str(chat.get("title"));
        }
        return str(origin.get("sender_user_name"));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
