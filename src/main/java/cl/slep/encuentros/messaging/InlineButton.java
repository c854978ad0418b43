package cl.slep.encuentros.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One inline button: either a callback button or a link. */
public record InlineButton(String text, String callbackData, String url) {

    /** Telegram rejects callback data over 64 bytes, and the library does not check it. */
    public static final int MAX_CALLBACK_BYTES = 64;

    public InlineButton {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A button needs a label");
        }
        if ((callbackData == null) == (url == null)) {
            throw new IllegalArgumentException("A button has either callback data or a URL");
        }
        if (callbackData != null && callbackData.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
            throw new IllegalArgumentException("callback_data over 64 bytes: " + callbackData);
        }
    }

    public static InlineButton callback(String text, String callbackData) {
        return new InlineButton(text, callbackData, null);
    }

    public static InlineButton link(String text, String url) {
        return new InlineButton(text, null, url);
    }
}
