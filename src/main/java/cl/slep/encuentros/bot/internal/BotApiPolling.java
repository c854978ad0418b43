package cl.slep.encuentros.bot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The two Bot API calls of long polling, made by hand rather than by TelegramBots' session: the library reads a
 * whole getUpdates answer into its types at once, so one update it cannot read fails the batch and the same
 * offset is asked for again forever. Here the answer stays raw JSON, one node per update.
 */
final class BotApiPolling {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final Supplier<TelegramUrl> url;
    private final String token;
    private volatile Call current;

    BotApiPolling(OkHttpClient http, ObjectMapper mapper, Supplier<TelegramUrl> url, String token) {
        this.http = http;
        this.mapper = mapper;
        this.url = url;
        this.token = token;
    }

    /** Long polling and a webhook exclude each other; Telegram refuses getUpdates while a webhook is set. */
    void deleteWebhook() throws IOException {
        JsonNode result = call("deleteWebhook", Map.of());
        if (!result.asBoolean(false)) {
            throw new IOException("deleteWebhook did not return true");
        }
    }

    /** The updates from {@code offset} on (which confirms those before it), each as its own JSON object. */
    List<JsonNode> getUpdates(long offset, int limit, int timeoutSeconds, List<String> allowedUpdates)
            throws IOException {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        parameters.put("timeout", timeoutSeconds);
        parameters.put("allowed_updates", allowedUpdates);
        JsonNode result = call("getUpdates", parameters);
        if (!result.isArray()) {
            throw new IOException("getUpdates did not return an array");
        }
        List<JsonNode> updates = new ArrayList<>(result.size());
        result.forEach(updates::add);
        return updates;
    }

    /** Ends a call in progress, so a stop does not wait for the long poll to time out. */
    void cancel() {
        Call call = current;
        if (call != null) {
            call.cancel();
        }
    }

    private JsonNode call(String method, Map<String, Object> parameters) throws IOException {
        TelegramUrl endpoint = url.get();
        HttpUrl.Builder address = new HttpUrl.Builder()
                .scheme(endpoint.getSchema())
                .host(endpoint.getHost())
                .port(endpoint.getPort())
                .addPathSegment("bot" + token);
        if (endpoint.isTestServer()) {
            address.addPathSegment("test");
        }
        Request request = new Request.Builder()
                .url(address.addPathSegment(method).build())
                .post(RequestBody.create(mapper.writeValueAsBytes(parameters), JSON))
                .build();
        Call call = http.newCall(request);
        current = call;
        try (Response response = call.execute()) {
            // The URL holds the token: errors below name the method and Telegram's description only.
            JsonNode body = response.body() == null ? null : mapper.readTree(response.body().string());
            if (body == null || !body.path("ok").asBoolean(false)) {
                String description = body == null ? "" : body.path("description").asText("");
                throw new IOException(method + " answered " + response.code() + (description.isEmpty() ? "" : ": " + description));
            }
            return body.path("result");
        } finally {
            current = null;
        }
    }
}
