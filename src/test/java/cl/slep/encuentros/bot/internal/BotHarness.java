package cl.slep.encuentros.bot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Feeds updates straight to the router, in a transaction as the intake does, and reads what the bot queued from
 * the outbox: no HTTP, no pacing. A message's id here is its outbox row's id; edits are applied to it.
 */
public final class BotHarness {

    private static final AtomicLong nextUpdateId = new AtomicLong(1_000_000);
    private static final ObjectMapper json = new ObjectMapper();

    private final UpdateRouter router;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    BotHarness(UpdateRouter router, TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.router = router;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public Person person(long userId, String firstName) {
        return new Person(userId, firstName);
    }

    /** A message from the bot, as the person sees it now (edits applied). */
    public record BotMessage(long id, String text, List<List<JsonNode>> keyboard) {

        public Optional<String> callbackData(String labelFragment) {
            return keyboard.stream().flatMap(List::stream)
                    .filter(button -> button.path("text").asText().contains(labelFragment))
                    .map(button -> button.path("callbackData").asText()).findFirst();
        }

        public List<String> labels() {
            return keyboard.stream().flatMap(List::stream).map(button -> button.path("text").asText()).toList();
        }
    }

    public final class Person {

        private final long id;
        private final String firstName;

        Person(long id, String firstName) {
            this.id = id;
            this.firstName = firstName;
        }

        public long id() {
            return id;
        }

        public void says(String text) {
            ObjectNode message = message(text);
            route(update().set("message", message));
        }

        /** A message forwarded from someone's: {@code origin} is the JSON of its forward_origin. */
        public void forwards(String text, String originJson) {
            ObjectNode message = message(text);
            message.set("forward_origin", parse(originJson));
            route(update().set("message", message));
        }

        public void sendsSticker() {
            ObjectNode message = message(null);
            message.putObject("sticker").put("file_id", "sticker").put("file_unique_id", "s").put("type", "regular")
                    .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
            route(update().set("message", message));
        }

        /** Taps the button whose label contains the fragment on the newest message that has one. */
        public void taps(String labelFragment) {
            List<BotMessage> messages = messages();
            for (int i = messages.size() - 1; i >= 0; i--) {
                Optional<String> data = messages.get(i).callbackData(labelFragment);
                if (data.isPresent()) {
                    presses(messages.get(i).id(), data.get());
                    return;
                }
            }
            throw new AssertionError("No button '" + labelFragment + "' in " + messages);
        }

        /** Presses a button with this data, as if on message {@code messageId} (data may be forged). */
        public void presses(long messageId, String data) {
            pressesInChat(id, messageId, data);
        }

        /** Presses a button on a message of another chat: only a forger can. */
        public void pressesInChat(long chatId, long messageId, String data) {
            ObjectNode query = json.createObjectNode();
            query.put("id", "cq" + nextUpdateId.incrementAndGet());
            query.set("from", user());
            query.put("chat_instance", "ci" + id);
            query.put("data", data);
            ObjectNode message = query.putObject("message");
            message.put("message_id", messageId).put("date", 1_760_000_000);
            message.putObject("chat").put("id", chatId).put("type", "private");
            message.put("text", "…");
            route(update().set("callback_query", query));
        }

        /** Every message the bot sent this person, oldest first, as they look now. */
        public List<BotMessage> messages() {
            Map<Long, BotMessage> shown = new LinkedHashMap<>();
            for (Map<String, Object> row : rows()) {
                JsonNode payload = parse((String) row.get("payload"));
                long rowId = ((Number) row.get("id")).longValue();
                switch (payload.path("type").asText()) {
                    case "text" -> shown.put(rowId, new BotMessage(rowId, payload.path("text").asText(), keyboard(payload)));
                    case "editText" -> {
                        long target = payload.path("messageId").asLong();
                        if (shown.containsKey(target)) {
                            shown.put(target, new BotMessage(target, payload.path("text").asText(), keyboard(payload)));
                        }
                    }
                    default -> {
                    }
                }
            }
            return new ArrayList<>(shown.values());
        }

        public BotMessage last() {
            List<BotMessage> messages = messages();
            if (messages.isEmpty()) {
                throw new AssertionError("The bot sent nothing to " + firstName);
            }
            return messages.get(messages.size() - 1);
        }

        public String lastText() {
            return last().text();
        }

        /** The toasts of the callback answers, oldest first. */
        public List<String> toasts() {
            return rows().stream().map(row -> parse((String) row.get("payload")))
                    .filter(payload -> "callbackAnswer".equals(payload.path("type").asText()))
                    .map(payload -> payload.path("text").isNull() ? "" : payload.path("text").asText()).toList();
        }

        public int messageCount() {
            return messages().size();
        }

        public Optional<String> conversationStep() {
            return jdbc.queryForList("SELECT step FROM conversation_state WHERE chat_id = ?", String.class, id)
                    .stream().findFirst();
        }

        private List<Map<String, Object>> rows() {
            return jdbc.queryForList("SELECT id, payload FROM outbox_message WHERE chat_id = ? ORDER BY id", id);
        }

        private ObjectNode message(String text) {
            ObjectNode message = json.createObjectNode();
            message.put("message_id", nextUpdateId.incrementAndGet()).put("date", 1_760_000_000);
            message.putObject("chat").put("id", id).put("type", "private").put("first_name", firstName);
            message.set("from", user());
            if (text != null) {
                message.put("text", text);
            }
            return message;
        }

        private ObjectNode user() {
            ObjectNode user = json.createObjectNode();
            user.put("id", id).put("is_bot", false).put("first_name", firstName);
            return user;
        }
    }

    private ObjectNode update() {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.incrementAndGet());
        return update;
    }

    private void route(JsonNode update) {
        Update parsed = json.convertValue(update, Update.class);
        transactions.executeWithoutResult(status -> router.route(parsed));
    }

    private static List<List<JsonNode>> keyboard(JsonNode payload) {
        List<List<JsonNode>> rows = new ArrayList<>();
        payload.path("keyboard").path("rows").forEach(row -> {
            List<JsonNode> buttons = new ArrayList<>();
            row.forEach(buttons::add);
            rows.add(buttons);
        });
        return rows;
    }

    private static JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
