package cl.slep.encuentros.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One message of a chat as a person would see it now: the current text after edits, the current keyboard,
 * and whether it was deleted.
 *
 * @param fromUserId  the sender's user id; the bot's id for bot messages
 * @param kind        text, document, photo, sticker, voice, venue or location
 * @param text        the text as shown (HTML already turned into entities); null for media without text
 * @param entities    formatting and detected commands/links in {@code text}
 * @param keyboard    the inline keyboard, rows of buttons; empty when there is none
 * @param edited      the message was edited at least once
 * @param caption     caption of a document or photo
 * @param fileId      file_id of a document, photo (largest size), sticker or voice
 * @param place       venue or location, else null
 * @param forwardedFrom for a forwarded message, whom Telegram names as its author (forward_origin), else null
 */
public record ChatMessage(
        long chatId,
        int messageId,
        boolean fromBot,
        long fromUserId,
        String kind,
        String text,
        List<Entity> entities,
        List<List<Button>> keyboard,
        boolean edited,
        boolean deleted,
        Instant date,
        String caption,
        String fileId,
        String fileName,
        String mimeType,
        Long fileSize,
        Place place,
        String forwardedFrom) {

    public ChatMessage {
        entities = entities == null ? List.of() : List.copyOf(entities);
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    }

    /** An inline keyboard button; exactly one of callbackData and url is usually set. */
    public record Button(String text, String callbackData, String url) {
    }

    /** A Telegram message entity: offsets and lengths in UTF-16 code units, as Telegram counts them. */
    public record Entity(String type, int offset, int length, String url) {
    }

    public record Place(double latitude, double longitude, String title, String address) {
    }

    public List<Button> buttons() {
        return keyboard.stream().flatMap(List::stream).toList();
    }

    /** The first button whose text contains the given fragment. */
    public Optional<Button> button(String textFragment) {
        return buttons().stream().filter(b -> b.text() != null && b.text().contains(textFragment)).findFirst();
    }

    public boolean hasKeyboard() {
        return !keyboard.isEmpty();
    }
}
