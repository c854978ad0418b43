package cl.slep.encuentros.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * One chat of one bot: its messages in order, a version that grows with every visible change (so that the
 * web chat can ask for "what changed after version V"), and one-shot listeners waiting for the next change.
 * Every method locks this chat only; listeners run after the lock is released.
 */
final class ChatState {

    record Notice(long version, String text, boolean showAlert) {
    }

    record VersionedMessage(long version, ChatMessage message) {
    }

    record Snapshot(long version, List<VersionedMessage> messages, List<Notice> notices,
                    List<List<String>> replyKeyboard) {
    }

    private static final int MAX_NOTICES = 50;

    final long id;
    /**
     * Tells a web chat that the chat it knew was forgotten (a reset) and it must load this one afresh.
     * Below 2^53, so that JavaScript's numbers hold it exactly.
     */
    final long epoch = ThreadLocalRandom.current().nextLong(1, 1L << 53);
    private final String type;
    private String title;
    private SimulatedUser peer;
    private boolean known;
    private final List<StoredMessage> messages = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private List<List<String>> replyKeyboard = List.of();
    private long version;

    private ChatState(long id, String type, String title, SimulatedUser peer) {
        this.id = id;
        this.type = type;
        this.title = title;
        this.peer = peer;
    }

    static ChatState unknown(long id) {
        return new ChatState(id, id > 0 ? "private" : groupType(id), null, null);
    }

    /** Ids of supergroups start with -100 and have 13 digits; smaller negative ids are basic groups. */
    static String groupType(long id) {
        return id <= -1_000_000_000_000L ? "supergroup" : "group";
    }

    synchronized boolean isKnown() {
        return known;
    }

    boolean isPrivate() {
        return id > 0;
    }

    /** Marks the chat as one where a person wrote, so that the bot may send to it, and keeps names current. */
    synchronized void meet(SimulatedUser user, String groupTitle) {
        known = true;
        if (isPrivate()) {
            peer = user;
        } else if (groupTitle != null && !groupTitle.isBlank()) {
            title = groupTitle;
        }
    }

    synchronized Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        if (isPrivate()) {
            String firstName = peer == null ? "Usuario" : peer.firstName();
            json.put("first_name", firstName);
            if (peer != null) {
                TelegramJson.putIfPresent(json, "last_name", peer.lastName());
                TelegramJson.putIfPresent(json, "username", peer.username());
            }
        } else {
            json.put("title", title == null ? "Grupo" : title);
        }
        json.put("type", type);
        if ("group".equals(type)) {
            json.put("all_members_are_administrators", true);
        }
        return json;
    }

    /**
     * Runs a change under this chat's lock, then bumps the version and wakes the listeners. A change that
     * throws (an {@link ApiError}, say) leaves the version as it was; changes validate before they write.
     */
    <T> T change(Function<ChatState, T> action) {
        List<Runnable> toWake;
        T result;
        synchronized (this) {
            result = action.apply(this);
            version++;
            toWake = List.copyOf(listeners);
            listeners.clear();
        }
        toWake.forEach(Runnable::run);
        return result;
    }

    /** Reads under the lock without counting as a change. */
    synchronized <T> T read(Function<ChatState, T> action) {
        return action.apply(this);
    }

    // The methods below are called inside change() or read(), with the lock held.

    StoredMessage append(boolean fromBot, SimulatedUser from, Instant date) {
        StoredMessage message = new StoredMessage(id, messages.size() + 1, fromBot, from, date);
        messages.add(message);
        touch(message);
        return message;
    }

    StoredMessage message(int messageId) {
        return messageId >= 1 && messageId <= messages.size() ? messages.get(messageId - 1) : null;
    }

    /** Marks a message as changed in the version that the current change() will produce. */
    void touch(StoredMessage message) {
        message.version = version + 1;
    }

    void notice(String text, boolean showAlert) {
        notices.add(new Notice(version + 1, text, showAlert));
        if (notices.size() > MAX_NOTICES) {
            notices.remove(0);
        }
    }

    void replyKeyboard(List<List<String>> rows) {
        replyKeyboard = rows == null ? List.of() : rows;
    }

    List<StoredMessage> messages() {
        return messages;
    }

    Map<String, Object> render(StoredMessage m, Map<String, Object> botUser) {
        return render(m, botUser, true);
    }

    private Map<String, Object> render(StoredMessage m, Map<String, Object> botUser, boolean withReply) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_id", m.messageId);
        json.put("from", m.fromBot ? botUser : TelegramJson.user(m.user));
        json.put("chat", json());
        json.put("date", m.date.getEpochSecond());
        if (m.editDate != null) {
            json.put("edit_date", m.editDate.getEpochSecond());
        }
        if (withReply && m.replyToMessageId != null) {
            StoredMessage target = message(m.replyToMessageId);
            if (target != null && !target.deleted) {
                json.put("reply_to_message", render(target, botUser, false));
            }
        }
        if (m.text != null) {
            json.put("text", m.text);
            if (!m.entities.isEmpty()) {
                json.put("entities", TelegramJson.entities(m.entities));
            }
        }
        json.putAll(m.media);
        if (m.caption != null) {
            json.put("caption", m.caption);
            if (!m.captionEntities.isEmpty()) {
                json.put("caption_entities", TelegramJson.entities(m.captionEntities));
            }
        }
        if (!m.inlineKeyboard.isEmpty()) {
            json.put("reply_markup", Map.of("inline_keyboard", m.inlineKeyboard));
        }
        return json;
    }

    // Waiting for changes, for the web chat's long poll.

    /**
     * Registers a one-shot listener for the next change, unless the chat already changed after
     * {@code afterVersion}, in which case it returns false and the caller answers at once.
     */
    synchronized boolean awaitChange(long afterVersion, Runnable listener) {
        if (version > afterVersion) {
            return false;
        }
        listeners.add(listener);
        return true;
    }

    synchronized void stopWaiting(Runnable listener) {
        listeners.remove(listener);
    }

    synchronized Snapshot snapshot(long afterVersion, long botId) {
        List<VersionedMessage> changed = new ArrayList<>();
        for (StoredMessage m : messages) {
            if (m.version > afterVersion) {
                changed.add(new VersionedMessage(m.version, m.view(botId)));
            }
        }
        List<Notice> newNotices = afterVersion <= 0 ? List.of()
                : notices.stream().filter(n -> n.version() > afterVersion).toList();
        return new Snapshot(version, changed, newNotices, replyKeyboard);
    }

    synchronized List<ChatMessage> view(long botId) {
        return messages.stream().map(m -> m.view(botId)).toList();
    }

    /** Wakes every waiter (so that no request hangs on a forgotten chat). */
    void wakeAll() {
        List<Runnable> toWake;
        synchronized (this) {
            version++;
            toWake = List.copyOf(listeners);
            listeners.clear();
        }
        toWake.forEach(Runnable::run);
    }
}
