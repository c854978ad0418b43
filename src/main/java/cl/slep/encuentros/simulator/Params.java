package cl.slep.encuentros.simulator;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typed reading of Bot API parameters. Telegram accepts every scalar as text and every object as JSON text,
 * because form and multipart posts can carry nothing else; JSON bodies carry them natively.
 */
final class Params {

    private final Map<String, Object> values;
    private final Map<String, UploadedFile> files;

    Params(ApiRequest request) {
        this.values = request.params();
        this.files = request.files();
    }

    boolean has(String name) {
        Object value = values.get(name);
        return value != null && !(value instanceof String s && s.isEmpty());
    }

    String string(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return JsonMapper.shared().writeValueAsString(value);
        }
        return value.toString();
    }

    String required(String name) {
        String value = string(name);
        if (value == null || value.isEmpty()) {
            throw ApiError.badRequest(name + " is empty");
        }
        return value;
    }

    Long longValue(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid " + name + " specified");
        }
    }

    Integer intValue(String name) {
        Long value = longValue(name);
        if (value == null) {
            return null;
        }
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw ApiError.badRequest("invalid " + name + " specified");
        }
        return value.intValue();
    }

    Double doubleValue(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid " + name + " specified");
        }
    }

    boolean bool(String name) {
        String value = string(name);
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

    /** An object parameter, whether it came as JSON or as JSON text; null when absent. */
    Object json(String name, String errorDetail) {
        Object value = values.get(name);
        if (value instanceof String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return JsonMapper.shared().readValue(text, Object.class);
            } catch (JacksonException e) {
                throw ApiError.badRequest(errorDetail);
            }
        }
        return value;
    }

    UploadedFile file(String partName) {
        return files.get(partName);
    }
}
