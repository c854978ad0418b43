package cl.slep.encuentros.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code reply_markup} of a send or edit, validated as Telegram does: an inline keyboard (kept exactly
 * as Telegram returns it), a reply keyboard (only its button texts matter here), or its removal.
 *
 * @param inline              null when the markup has no inline keyboard
 * @param replyKeyboard       null when the markup has no reply keyboard
 * @param removeReplyKeyboard {@code remove_keyboard: true}
 */
record ReplyMarkup(List<List<Map<String, Object>>> inline, List<List<String>> replyKeyboard, boolean removeReplyKeyboard) {

    static final ReplyMarkup NONE = new ReplyMarkup(null, null, false);

    private static final Set<String> BUTTON_ACTIONS = Set.of("callback_data", "url", "login_url",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
            "callback_game", "pay", "web_app", "copy_text");

    /** The inline keyboard, or none: an edit without one removes the message's keyboard, as in Telegram. */
    List<List<Map<String, Object>>> inlineOrEmpty() {
        return inline == null ? List.of() : inline;
    }

    static ReplyMarkup parse(Params p) {
        String malformed = "can't parse reply keyboard markup JSON object";
        Object raw = p.json("reply_markup", malformed);
        if (raw == null) {
            return NONE;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw ApiError.badRequest(malformed);
        }
        if (map.get("inline_keyboard") != null) {
            return new ReplyMarkup(inlineKeyboard(map.get("inline_keyboard")), null, false);
        }
        if (map.get("keyboard") instanceof List<?> rows) {
            List<List<String>> texts = new ArrayList<>();
            for (Object row : rows) {
                if (!(row instanceof List<?> buttons)) {
                    throw ApiError.badRequest(malformed);
                }
                texts.add(buttons.stream()
                        .map(b -> b instanceof Map<?, ?> button ? String.valueOf(button.get("text")) : String.valueOf(b))
                        .toList());
            }
            return new ReplyMarkup(null, List.copyOf(texts), false);
        }
        if (Boolean.TRUE.equals(map.get("remove_keyboard")) || "true".equals(String.valueOf(map.get("remove_keyboard")))) {
            return new ReplyMarkup(null, null, true);
        }
        if (map.get("force_reply") != null) {
            return NONE;
        }
        throw ApiError.badRequest(malformed);
    }

    private static List<List<Map<String, Object>>> inlineKeyboard(Object raw) {
        if (!(raw instanceof List<?> rows)) {
            throw ApiError.badRequest("can't parse inline keyboard: field \"inline_keyboard\" must be an Array");
        }
        List<List<Map<String, Object>>> keyboard = new ArrayList<>();
        for (Object row : rows) {
            if (!(row instanceof List<?> buttons)) {
                throw ApiError.badRequest("can't parse inline keyboard: field \"inline_keyboard\" must be an Array of Arrays");
            }
            List<Map<String, Object>> parsedRow = new ArrayList<>();
            for (Object item : buttons) {
                parsedRow.add(inlineButton(item));
            }
            if (!parsedRow.isEmpty()) {
                keyboard.add(List.copyOf(parsedRow));
            }
        }
        return List.copyOf(keyboard);
    }

    private static Map<String, Object> inlineButton(Object item) {
        if (!(item instanceof Map<?, ?> button)) {
            throw ApiError.badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        }
        Object text = button.get("text");
        if (text == null || text.toString().isEmpty()) {
            throw ApiError.badRequest("can't parse inline keyboard button: Text must be non-empty");
        }
        if (button.keySet().stream().noneMatch(k -> BUTTON_ACTIONS.contains(k) && button.get(k) != null)) {
            throw ApiError.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        Object data = button.get("callback_data");
        if (data != null) {
            int bytes = data.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64) {
                throw ApiError.badRequest("BUTTON_DATA_INVALID");
            }
        }
        Object url = button.get("url");
        if (url != null && !url.toString().matches("(?i)(https?|tg)://\\S+")) {
            throw ApiError.badRequest("BUTTON_URL_INVALID");
        }
        Map<String, Object> normalized = new LinkedHashMap<>();
        normalized.put("text", text.toString());
        button.forEach((key, value) -> {
            if (value != null && !"text".equals(key)) {
                normalized.put(key.toString(), value instanceof String || value instanceof Map<?, ?> || value instanceof List<?>
                        || value instanceof Boolean ? value : value.toString());
            }
        });
        return Collections.unmodifiableMap(normalized);
    }
}
