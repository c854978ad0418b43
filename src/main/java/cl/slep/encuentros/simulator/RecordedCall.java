package cl.slep.encuentros.simulator;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Bot API call as the emulator received and answered it.
 *
 * @param method     canonical Bot API name, e.g. {@code sendMessage}, whatever case the client used
 * @param params     the parameters as they arrived: numbers may be strings (form and multipart posts) and
 *                   objects such as {@code reply_markup} may be JSON strings
 * @param at         when the call arrived, by the emulator's clock
 * @param httpStatus the status of the answer (200, 400, 429...)
 */
public record RecordedCall(String method, Map<String, Object> params, Instant at, int httpStatus) {

    public RecordedCall {
        params = params == null ? Map.of() : params;
    }

    public String lowerCaseMethod() {
        return method.toLowerCase(Locale.ROOT);
    }

    public boolean succeeded() {
        return httpStatus == 200;
    }

    public boolean hasParam(String name) {
        return params.get(name) != null;
    }

    /** A parameter as text (JSON objects as their JSON), or null. */
    public String param(String name) {
        Object value = params.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return JsonMapper.shared().writeValueAsString(value);
        }
        return value.toString();
    }

    public long chatId() {
        String value = param("chat_id");
        if (value == null) {
            throw new IllegalStateException(method + " has no chat_id");
        }
        return Long.parseLong(value.trim());
    }

    public Integer messageId() {
        String value = param("message_id");
        return value == null ? null : Integer.valueOf(value.trim());
    }

    public String text() {
        return param("text");
    }

    public String callbackQueryId() {
        return param("callback_query_id");
    }

    /** {@code reply_markup} as a map, whether it arrived as an object or as a JSON string; null when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> replyMarkup() {
        Object value = params.get("reply_markup");
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value instanceof String json && !json.isBlank()) {
            try {
                return JsonMapper.shared().readValue(json, Map.class);
            } catch (JacksonException e) {
                return null;
            }
        }
        return null;
    }

    /** Roughly the heap this call holds, counting text as two bytes a character: enough to bound a recording. */
    long approximateSize() {
        return 64 + 2L * method.length() + sizeOf(params);
    }

    private static long sizeOf(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof CharSequence text) {
            return 48 + 2L * text.length();
        }
        if (value instanceof Map<?, ?> map) {
            long size = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 32 + sizeOf(entry.getKey()) + sizeOf(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> items) {
            long size = 48;
            for (Object item : items) {
                size += 8 + sizeOf(item);
            }
            return size;
        }
        return 24;
    }
}
