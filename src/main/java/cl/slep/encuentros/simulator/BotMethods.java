package cl.slep.encuentros.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Bot API methods the emulator knows, by the case-insensitive name Telegram accepts. */
final class BotMethods {

    static final List<String> ALL = List.of(
            "getMe", "getUpdates", "sendMessage", "editMessageText", "editMessageReplyMarkup",
            "answerCallbackQuery", "deleteMessage", "sendDocument", "sendPhoto", "sendVenue", "sendLocation",
            "sendChatAction", "setMyCommands", "getMyCommands", "deleteMyCommands",
            "deleteWebhook", "setWebhook", "getWebhookInfo");

    private static final Map<String, String> BY_LOWER_CASE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(m -> m.toLowerCase(Locale.ROOT), Function.identity()));

    private BotMethods() {
    }

    /** The canonical camelCase name, or null for a method the emulator does not know. */
    static String canonical(String anyCase) {
        return anyCase == null ? null : BY_LOWER_CASE.get(anyCase.toLowerCase(Locale.ROOT));
    }

    /** Counted per chat as well as globally. */
    static boolean isSend(String method) {
        return method.startsWith("send") && !method.equals("sendChatAction");
    }

    /** Counted against the bot's global limit of about 30 per second. */
    static boolean isLimited(String method) {
        return isSend(method) || method.startsWith("editMessage") || method.equals("deleteMessage");
    }
}
