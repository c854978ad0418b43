package cl.slep.encuentros.simulator;

import cl.slep.encuentros.simulator.ChatMessage.Entity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bot API objects as JSON maps, with the fields real Telegram sends and none of the nulls it omits. */
final class TelegramJson {

    private TelegramJson() {
    }

    static Map<String, Object> user(SimulatedUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("is_bot", false);
        json.put("first_name", user.firstName());
        putIfPresent(json, "last_name", user.lastName());
        putIfPresent(json, "username", user.username());
        json.put("language_code", "es");
        return json;
    }

    static List<Map<String, Object>> entities(List<Entity> entities) {
        return entities.stream().map(e -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("offset", e.offset());
            json.put("length", e.length());
            json.put("type", e.type());
            if (e.url() != null) {
                json.put("url", e.url());
            }
            return json;
        }).toList();
    }

    static Map<String, Object> location(double latitude, double longitude) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("latitude", latitude);
        json.put("longitude", longitude);
        return json;
    }

    static Map<String, Object> document(StoredFile file) {
        Map<String, Object> json = new LinkedHashMap<>();
        putIfPresent(json, "file_name", file.fileName());
        putIfPresent(json, "mime_type", file.mimeType());
        json.put("file_id", file.fileId());
        json.put("file_unique_id", file.fileUniqueId());
        json.put("file_size", file.size());
        return json;
    }

    static Map<String, Object> photoSize(StoredFile file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file_id", file.fileId());
        json.put("file_unique_id", file.fileUniqueId());
        json.put("file_size", file.size());
        json.put("width", file.width());
        json.put("height", file.height());
        return json;
    }

    static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isEmpty())) {
            json.put(key, value);
        }
    }
}
