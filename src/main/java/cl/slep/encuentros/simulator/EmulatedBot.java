package cl.slep.encuentros.simulator;

import cl.slep.encuentros.simulator.ChatMessage.Place;
import cl.slep.encuentros.simulator.TelegramText.Parsed;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaTypeFactory;

/**
 * One bot as the emulated Telegram sees it: its chats, the updates waiting for it, its limits, the failures
 * a test injected, and a record of every call it made. The {@code user*} methods act as people in those
 * chats; the rest lets a test look at what the bot did.
 *
 * <p>Thread safe. Each chat has its own lock and the update queue another; no lock is held while a request
 * waits, so thousands of users and concurrent calls do not serialise on one another.
 */
public class EmulatedBot {

    private static final Logger log = LoggerFactory.getLogger(EmulatedBot.class);

    static final String FIRST_NAME = "Encuentros (simulador)";
    static final String USERNAME = "encuentros_simulador_bot";
    static final String QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid";
    static final String NOT_MODIFIED = "message is not modified: specified new message content and reply markup "
            + "are exactly the same as a current content and reply markup of the message";
    /** Telegram's clients stop waiting for an answer after about 15 s; later answers are refused. */
    static final Duration CALLBACK_ANSWER_WINDOW = Duration.ofSeconds(15);
    private static final int MAX_TEXT = 4096;
    private static final int MAX_CAPTION = 1024;
    private static final Duration DELETE_WINDOW = Duration.ofHours(48);
    private static final Pattern COMMAND_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private record CallbackQuery(String id, long chatId, int messageId, long userId, Instant tappedAt) {
    }

    private record ReplyTo(int messageId, boolean allowWithoutReply) {
    }

    /** A recorded call with its approximate heap size, so that the recording can be kept under a size. */
    private record Recorded(RecordedCall call, long size) {
    }

    private final String token;
    private final long id;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final FileStore files;
    private final RateLimits defaultLimits;
    private final Map<String, Object> botUser;
    private final UpdateQueue updates;
    private final RateLimiter limiter;
    private final Faults faults = new Faults();
    private final Map<Long, ChatState> chats = new ConcurrentHashMap<>();
    private final Map<String, CallbackQuery> callbackQueries = new ConcurrentHashMap<>();
    private final EmulatorCapacity capacity;
    private final ConcurrentLinkedQueue<Recorded> calls = new ConcurrentLinkedQueue<>();
    private final AtomicInteger recordedCount = new AtomicInteger();
    private final AtomicLong recordedSize = new AtomicLong();
    private final AtomicLong tooManyRequests = new AtomicLong();
    private final Map<String, List<Map<String, Object>>> commandsByScope = new ConcurrentHashMap<>();

    EmulatedBot(String token, Clock clock, ScheduledExecutorService timer, FileStore files, RateLimits limits,
                EmulatorCapacity capacity) {
        this.token = token;
        this.capacity = capacity;
        this.id = Long.parseLong(token.substring(0, token.indexOf(':')));
        this.clock = clock;
        this.timer = timer;
        this.files = files;
        this.defaultLimits = limits;
        this.updates = new UpdateQueue(timer);
        this.limiter = new RateLimiter(limits);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("is_bot", true);
        user.put("first_name", FIRST_NAME);
        user.put("username", USERNAME);
        this.botUser = Collections.unmodifiableMap(user);
    }

    // ---------------------------------------------------------------- identity

    /** The bot's user id: the digits before ':' in its token. */
    public long id() {
        return id;
    }

    public String username() {
        return USERNAME;
    }

    String token() {
        return token;
    }

    // ---------------------------------------------------------------- the people's side

    /** A private text message from {@code user} to the bot. Returns the update_id. */
    public long userSends(SimulatedUser user, String text) {
        Parsed parsed = userText(text);
        ChatState chat = privateChat(user);
        return chat.change(c -> {
            StoredMessage m = c.append(false, user, now());
            m.text = parsed.text();
            m.entities = parsed.entities();
            return updates.add("message", c.render(m, botUser));
        });
    }

    /**
     * {@code user} forwards to the bot a text that {@code original} wrote, and {@code original} lets forwards link
     * to their account: the message carries Bot API 7's {@code forward_origin} of type {@code user}. Returns the
     * update_id.
     */
    public long userForwards(SimulatedUser user, SimulatedUser original, String text) {
        Map<String, Object> sender = new LinkedHashMap<>(TelegramJson.user(original));
        sender.remove("language_code");
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("type", "user");
        origin.put("date", now().minusSeconds(60).getEpochSecond());
        origin.put("sender_user", sender);
        return userForwards(user, origin, text);
    }

    /**
     * {@code user} forwards a text by someone who hides their account in forwards (a privacy setting): Telegram
     * gives only the name they show, in a {@code forward_origin} of type {@code hidden_user}. Returns the update_id.
     */
    public long userForwardsFromHiddenUser(SimulatedUser user, String originalName, String text) {
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("type", "hidden_user");
        origin.put("date", now().minusSeconds(60).getEpochSecond());
        origin.put("sender_user_name", originalName);
        return userForwards(user, origin, text);
    }

    /**
     * {@code user} forwards message {@code messageId} of the private chat {@code fromChatId} (theirs or another
     * person's) to the bot, as Telegram's "Forward" does: the same text or media, without its buttons, and a
     * {@code forward_origin} of type {@code user} naming who wrote it (the bot, or a person who lets forwards link to
     * their account) and when. Returns the update_id.
     */
    public long userForwardsMessage(SimulatedUser user, long fromChatId, int messageId) {
        ChatState source = chats.get(fromChatId);
        if (source == null) {
            throw new IllegalArgumentException("there is no chat " + fromChatId);
        }
        StoredMessage copy = source.read(c -> {
            StoredMessage m = c.message(messageId);
            if (m == null || m.deleted) {
                throw new IllegalArgumentException("there is no message " + messageId + " in chat " + fromChatId);
            }
            StoredMessage snapshot = new StoredMessage(m.chatId, m.messageId, m.fromBot, m.user, m.date);
            snapshot.kind = m.kind;
            snapshot.text = m.text;
            snapshot.entities = m.entities;
            snapshot.caption = m.caption;
            snapshot.captionEntities = m.captionEntities;
            snapshot.media = m.media;
            snapshot.file = m.file;
            snapshot.place = m.place;
            return snapshot;
        });
        Map<String, Object> sender = new LinkedHashMap<>(copy.fromBot ? botUser : TelegramJson.user(copy.user));
        sender.remove("language_code");
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("type", "user");
        origin.put("date", copy.date.getEpochSecond());
        origin.put("sender_user", sender);
        Map<String, Object> media = new LinkedHashMap<>(copy.media);
        // A forward of a forward names the first author, as Telegram does.
        media.putIfAbsent("forward_origin", origin);
        ChatState chat = privateChat(user);
        return chat.change(c -> {
            StoredMessage m = c.append(false, user, now());
            m.kind = copy.kind;
            m.text = copy.text;
            m.entities = copy.entities;
            m.caption = copy.caption;
            m.captionEntities = copy.captionEntities;
            m.file = copy.file;
            m.place = copy.place;
            m.media = media;
            return updates.add("message", c.render(m, botUser));
        });
    }

    private long userForwards(SimulatedUser user, Map<String, Object> origin, String text) {
        Parsed parsed = userText(text);
        ChatState chat = privateChat(user);
        return chat.change(c -> {
            StoredMessage m = c.append(false, user, now());
            m.text = parsed.text();
            m.entities = parsed.entities();
            // Rendered at the top level of the message JSON, where Telegram puts forward_origin.
            m.media = Map.of("forward_origin", origin);
            return updates.add("message", c.render(m, botUser));
        });
    }

    /** A message in a group ({@code groupChatId} negative) where the bot is a member. Returns the update_id. */
    public long userSendsInGroup(SimulatedUser user, long groupChatId, String groupTitle, String text) {
        if (groupChatId >= 0) {
            throw new IllegalArgumentException("group chat ids are negative: " + groupChatId);
        }
        Parsed parsed = userText(text);
        ChatState chat = chats.computeIfAbsent(groupChatId, ChatState::unknown);
        chat.meet(user, groupTitle);
        return chat.change(c -> {
            StoredMessage m = c.append(false, user, now());
            m.text = parsed.text();
            m.entities = parsed.entities();
            return updates.add("message", c.render(m, botUser));
        });
    }

    public long userSendsSticker(SimulatedUser user) {
        StoredFile file = files.media("CAACAgIAAxkBAAI", "image/webp", 23_456);
        Map<String, Object> sticker = new LinkedHashMap<>();
        sticker.put("file_id", file.fileId());
        sticker.put("file_unique_id", file.fileUniqueId());
        sticker.put("type", "regular");
        sticker.put("width", 512);
        sticker.put("height", 512);
        sticker.put("is_animated", false);
        sticker.put("is_video", false);
        sticker.put("emoji", "👍");
        sticker.put("set_name", "EncuentrosSimulador");
        sticker.put("file_size", file.size());
        return userSendsMedia(user, "sticker", file, Map.of("sticker", sticker));
    }

    public long userSendsPhoto(SimulatedUser user) {
        List<StoredFile> sizes = files.photo(1280, 960);
        return userSendsMedia(user, "photo", sizes.get(sizes.size() - 1),
                Map.of("photo", sizes.stream().map(TelegramJson::photoSize).toList()));
    }

    public long userSendsVoice(SimulatedUser user) {
        StoredFile file = files.media("AwACAgEAAxkBAAI", "audio/ogg", 9_876);
        Map<String, Object> voice = new LinkedHashMap<>();
        voice.put("file_id", file.fileId());
        voice.put("file_unique_id", file.fileUniqueId());
        voice.put("duration", 3);
        voice.put("mime_type", "audio/ogg");
        voice.put("file_size", file.size());
        return userSendsMedia(user, "voice", file, Map.of("voice", voice));
    }

    private long userSendsMedia(SimulatedUser user, String kind, StoredFile file, Map<String, Object> media) {
        ChatState chat = privateChat(user);
        return chat.change(c -> {
            StoredMessage m = c.append(false, user, now());
            m.kind = kind;
            m.file = file;
            m.media = media;
            return updates.add("message", c.render(m, botUser));
        });
    }

    /** The user edits one of their own text messages in their private chat: an edited_message update. */
    public long userEditsMessage(SimulatedUser user, int messageId, String newText) {
        Parsed parsed = userText(newText);
        ChatState chat = chats.get(user.id());
        if (chat == null) {
            throw new IllegalArgumentException("user " + user.id() + " has no chat with the bot");
        }
        return chat.change(c -> {
            StoredMessage m = c.message(messageId);
            if (m == null || m.deleted || m.fromBot || !"text".equals(m.kind)) {
                throw new IllegalArgumentException("message " + messageId + " is not a text message of user " + user.id());
            }
            m.text = parsed.text();
            m.entities = parsed.entities();
            m.editDate = now();
            c.touch(m);
            return updates.add("edited_message", c.render(m, botUser));
        });
    }

    /** The user taps an inline button of a bot message in their private chat: a callback_query update. */
    public long userPresses(SimulatedUser user, int botMessageId, String callbackData) {
        return userPresses(user, user.id(), botMessageId, callbackData);
    }

    /** The user taps an inline button of a bot message in any chat (a group, say). */
    public long userPresses(SimulatedUser user, long chatId, int botMessageId, String callbackData) {
        ChatState chat = chats.get(chatId);
        if (chat == null) {
            throw new IllegalArgumentException("there is no chat " + chatId);
        }
        return chat.read(c -> {
            StoredMessage m = c.message(botMessageId);
            if (m == null || m.deleted || !m.fromBot) {
                throw new IllegalArgumentException("there is no bot message " + botMessageId + " in chat " + chatId);
            }
            if (callbackData == null || !m.hasButton(callbackData)) {
                throw new IllegalArgumentException("message " + botMessageId + " has no button with callback_data '"
                        + callbackData + "'; its keyboard is " + m.inlineKeyboard);
            }
            String queryId = Long.toUnsignedString(ThreadLocalRandom.current().nextLong() >>> 1);
            forgetExpiredCallbackQueries();
            callbackQueries.put(queryId, new CallbackQuery(queryId, chatId, botMessageId, user.id(), now()));
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("id", queryId);
            query.put("from", TelegramJson.user(user));
            query.put("message", c.render(m, botUser));
            query.put("chat_instance", chatInstance(chatId));
            query.put("data", callbackData);
            return updates.add("callback_query", query);
        });
    }

    /**
     * Makes the user's private chat exist without a message, as if they had talked to the bot before,
     * so that the bot may send to them.
     */
    public void userOpensChat(SimulatedUser user) {
        privateChat(user);
    }

    /**
     * For tests: queues an update of {@code type} whose object is exactly {@code payload}, even one Telegram would
     * never send (a field of the wrong type, an unknown status). Nothing else of the emulator changes. Returns
     * the update_id.
     */
    public long injectUpdate(String type, Map<String, Object> payload) {
        return updates.add(type, payload);
    }

    /** Hands an already delivered (even confirmed) update out again with the same update_id. */
    public void redeliver(long updateId) {
        updates.redeliver(updateId);
    }

    // ---------------------------------------------------------------- looking at what the bot did

    /** The calls the bot made, oldest first; only the newest when there were more than the capacity keeps. */
    public List<RecordedCall> calls() {
        return calls.stream().map(Recorded::call).toList();
    }

    /** The calls of one method, named in any case ("sendMessage", "sendmessage"). */
    public List<RecordedCall> calls(String method) {
        String canonical = BotMethods.canonical(method);
        String wanted = canonical != null ? canonical : method;
        return calls.stream().map(Recorded::call).filter(c -> c.method().equalsIgnoreCase(wanted)).toList();
    }

    /** The whole chat as it looks now, oldest first, deleted messages included and flagged. */
    public List<ChatMessage> chat(long chatId) {
        ChatState chat = chats.get(chatId);
        return chat == null ? List.of() : chat.view(id);
    }

    public List<ChatMessage> botMessages(long chatId) {
        return chat(chatId).stream().filter(ChatMessage::fromBot).toList();
    }

    /** The bot's newest message in the chat that was not deleted. */
    public Optional<ChatMessage> lastBotMessage(long chatId) {
        List<ChatMessage> messages = botMessages(chatId);
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (!messages.get(i).deleted()) {
                return Optional.of(messages.get(i));
            }
        }
        return Optional.empty();
    }

    /** The reply keyboard (not inline) the bot last showed in the chat, as rows of button texts. */
    public List<List<String>> replyKeyboard(long chatId) {
        ChatState chat = chats.get(chatId);
        return chat == null ? List.of() : chat.read(c -> c.snapshot(Long.MAX_VALUE, id).replyKeyboard());
    }

    /** The command names of the last setMyCommands for the default scope and language. */
    public List<String> commands() {
        return commandMenu().keySet().stream().toList();
    }

    /** Command name to description, in the order the bot set them. */
    public Map<String, String> commandMenu() {
        Map<String, String> menu = new LinkedHashMap<>();
        commandsByScope.getOrDefault("default|", List.of())
                .forEach(c -> menu.put((String) c.get("command"), (String) c.get("description")));
        return menu;
    }

    /** The menu a private chat shows, as Telegram picks it: the chat's own (scope chat), else the default one. */
    public Map<String, String> commandMenu(long chatId) {
        List<Map<String, Object>> own = commandsByScope.get("chat:" + chatId + "|");
        if (own == null) {
            return commandMenu();
        }
        Map<String, String> menu = new LinkedHashMap<>();
        own.forEach(c -> menu.put((String) c.get("command"), (String) c.get("description")));
        return menu;
    }

    public Faults faults() {
        return faults;
    }

    public RateLimits rateLimits() {
        return limiter.limits();
    }

    /** Replaces this bot's limits and starts with full buckets. */
    public void rateLimits(RateLimits limits) {
        limiter.configure(limits);
    }

    /** How many 429s the emulator answered because a rate limit was broken (not injected ones). */
    public long tooManyRequestsAnswered() {
        return tooManyRequests.get();
    }

    /** Updates not yet confirmed by a getUpdates offset. */
    public int pendingUpdates() {
        return updates.pendingCount();
    }

    /** A getUpdates of this bot is waiting now: the bot is polling and will get the next update at once. */
    public boolean isPolling() {
        return updates.hasWaiter();
    }

    /** Callback queries the bot has not answered yet and still may (Telegram's clients show a spinner meanwhile). */
    public int unansweredCallbackQueries() {
        Instant now = now();
        return (int) callbackQueries.values().stream().filter(q -> !isExpired(q, now)).count();
    }

    /** The JSON of an update as Telegram would post it to a webhook, if the update is still known. */
    public Optional<Map<String, Object>> update(long updateId) {
        UpdateQueue.Update update = updates.find(updateId);
        return Optional.ofNullable(update).map(UpdateQueue.Update::json);
    }

    /** The webhook URL the bot set, or "" when none. */
    public String webhookUrl() {
        return updates.webhookUrl();
    }

    public String webhookSecret() {
        return updates.webhookSecret();
    }

    /** Forgets chats, updates, calls, faults and commands; update ids keep growing. */
    public void reset() {
        updates.reset();
        List<ChatState> old = List.copyOf(chats.values());
        chats.clear();
        old.forEach(ChatState::wakeAll);
        callbackQueries.clear();
        calls.clear();
        recordedCount.set(0);
        recordedSize.set(0);
        tooManyRequests.set(0);
        commandsByScope.clear();
        faults.clear();
        limiter.configure(defaultLimits);
    }

    @Override
    public String toString() {
        return "EmulatedBot[id=" + id + "]";
    }

    // ---------------------------------------------------------------- for the web chat

    /** The chat to watch; created (as unknown to the bot) when nobody wrote in it yet. */
    ChatState watch(long chatId) {
        return chats.computeIfAbsent(chatId, ChatState::unknown);
    }

    // ---------------------------------------------------------------- the Bot API

    /** Answers one Bot API call, now or later (long polling, latency), and records it. */
    CompletableFuture<ApiAnswer> execute(String methodPath, ApiRequest request) {
        Instant at = now();
        String method = BotMethods.canonical(methodPath);
        CompletableFuture<ApiAnswer> answer;
        if (method == null) {
            answer = CompletableFuture.completedFuture(ApiAnswer.error(404, "Not Found"));
        } else {
            answer = answer(method, new Params(request));
        }
        Duration latency = faults.latency();
        if (!latency.isZero()) {
            answer = answer.thenCompose(a -> {
                CompletableFuture<ApiAnswer> delayed = new CompletableFuture<>();
                timer.schedule(() -> delayed.complete(a), latency.toNanos(), TimeUnit.NANOSECONDS);
                return delayed;
            });
        }
        String recordedName = method != null ? method : methodPath;
        return answer.whenComplete((a, failure) -> record(recordedName, request.params(), at, a == null ? 500 : a.status()));
    }

    private CompletableFuture<ApiAnswer> answer(String method, Params p) {
        ApiAnswer injected = faults.take(method, lenientChatId(p));
        if (injected != null) {
            return CompletableFuture.completedFuture(injected);
        }
        try {
            if (method.equals("getUpdates")) {
                return updates.getUpdates(p.longValue("offset"), p.intValue("limit"), p.intValue("timeout"),
                        stringList(p.json("allowed_updates", "can't parse allowed updates JSON object")));
            }
            return CompletableFuture.completedFuture(dispatch(method, p));
        } catch (ApiError e) {
            return CompletableFuture.completedFuture(e.answer());
        } catch (RuntimeException e) {
            log.warn("Simulador: error inesperado en {}", method, e);
            return CompletableFuture.completedFuture(ApiAnswer.error(500, "Internal Server Error"));
        }
    }

    private ApiAnswer dispatch(String method, Params p) {
        return switch (method) {
            case "getMe" -> ApiAnswer.ok(getMe());
            case "sendMessage" -> sendMessage(p);
            case "editMessageText" -> editMessageText(p);
            case "editMessageReplyMarkup" -> editMessageReplyMarkup(p);
            case "answerCallbackQuery" -> answerCallbackQuery(p);
            case "deleteMessage" -> deleteMessage(p);
            case "sendDocument" -> sendDocument(p);
            case "sendPhoto" -> sendPhoto(p);
            case "sendVenue" -> sendVenue(p);
            case "sendLocation" -> sendLocation(p);
            case "sendChatAction" -> sendChatAction(p);
            case "setMyCommands" -> setMyCommands(p);
            case "getMyCommands" -> ApiAnswer.ok(commandsByScope.getOrDefault(commandsKey(p), List.of()));
            case "deleteMyCommands" -> {
                commandsByScope.remove(commandsKey(p));
                yield ApiAnswer.ok(true);
            }
            case "setWebhook" -> setWebhook(p);
            case "deleteWebhook" -> {
                updates.deleteWebhook(p.bool("drop_pending_updates"));
                yield ApiAnswer.ok(true);
            }
            case "getWebhookInfo" -> ApiAnswer.ok(updates.webhookInfo());
            default -> ApiAnswer.error(404, "Not Found");
        };
    }

    private Map<String, Object> getMe() {
        Map<String, Object> me = new LinkedHashMap<>(botUser);
        me.put("can_join_groups", true);
        me.put("can_read_all_group_messages", false);
        me.put("supports_inline_queries", false);
        me.put("can_connect_to_business", false);
        me.put("has_main_web_app", false);
        return me;
    }

    private ApiAnswer sendMessage(Params p) {
        ChatState chat = targetChat(p);
        String text = p.string("text");
        if (text == null || text.isEmpty()) {
            throw ApiError.badRequest("message text is empty");
        }
        Parsed parsed = TelegramText.parse(text, p.string("parse_mode"));
        if (parsed.text().isEmpty()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (parsed.text().length() > MAX_TEXT) {
            throw ApiError.badRequest("message is too long");
        }
        return send("sendMessage", chat, ReplyMarkup.parse(p), replyTo(p), m -> {
            m.text = parsed.text();
            m.entities = parsed.entities();
        });
    }

    private ApiAnswer sendDocument(Params p) {
        ChatState chat = targetChat(p);
        StoredFile file = inputFile(p, "document");
        Parsed caption = caption(p);
        return send("sendDocument", chat, ReplyMarkup.parse(p), replyTo(p), m -> {
            m.kind = "document";
            m.file = file;
            m.media = Map.of("document", TelegramJson.document(file));
            setCaption(m, caption);
        });
    }

    private ApiAnswer sendPhoto(Params p) {
        ChatState chat = targetChat(p);
        List<StoredFile> sizes = photoSizes(p);
        Parsed caption = caption(p);
        return send("sendPhoto", chat, ReplyMarkup.parse(p), replyTo(p), m -> {
            m.kind = "photo";
            m.file = sizes.get(sizes.size() - 1);
            m.media = Map.of("photo", sizes.stream().map(TelegramJson::photoSize).toList());
            setCaption(m, caption);
        });
    }

    private ApiAnswer sendVenue(Params p) {
        ChatState chat = targetChat(p);
        double latitude = latitude(p);
        double longitude = longitude(p);
        String title = p.string("title");
        String address = p.string("address");
        if (title == null || title.isBlank()) {
            throw ApiError.badRequest("venue title is empty");
        }
        if (address == null || address.isBlank()) {
            throw ApiError.badRequest("venue address is empty");
        }
        return send("sendVenue", chat, ReplyMarkup.parse(p), replyTo(p), m -> {
            Map<String, Object> venue = new LinkedHashMap<>();
            venue.put("location", TelegramJson.location(latitude, longitude));
            venue.put("title", title);
            venue.put("address", address);
            TelegramJson.putIfPresent(venue, "foursquare_id", p.string("foursquare_id"));
            TelegramJson.putIfPresent(venue, "google_place_id", p.string("google_place_id"));
            m.kind = "venue";
            m.media = Map.of("venue", venue, "location", TelegramJson.location(latitude, longitude));
            m.place = new Place(latitude, longitude, title, address);
        });
    }

    private ApiAnswer sendLocation(Params p) {
        ChatState chat = targetChat(p);
        double latitude = latitude(p);
        double longitude = longitude(p);
        return send("sendLocation", chat, ReplyMarkup.parse(p), replyTo(p), m -> {
            m.kind = "location";
            m.media = Map.of("location", TelegramJson.location(latitude, longitude));
            m.place = new Place(latitude, longitude, null, null);
        });
    }

    private ApiAnswer sendChatAction(Params p) {
        ChatState chat = targetChat(p);
        p.required("action");
        guard("sendChatAction", chat.id, true);
        return ApiAnswer.ok(true);
    }

    private ApiAnswer send(String method, ChatState chat, ReplyMarkup markup, ReplyTo replyTo, Consumer<StoredMessage> fill) {
        guard(method, chat.id, true);
        Map<String, Object> json = chat.change(c -> {
            Integer replyToId = null;
            if (replyTo != null) {
                StoredMessage target = c.message(replyTo.messageId());
                if (target != null && !target.deleted) {
                    replyToId = replyTo.messageId();
                } else if (!replyTo.allowWithoutReply()) {
                    throw ApiError.badRequest("message to be replied not found");
                }
            }
            StoredMessage m = c.append(true, null, now());
            m.replyToMessageId = replyToId;
            fill.accept(m);
            if (markup.inline() != null) {
                m.inlineKeyboard = markup.inline();
            }
            if (markup.replyKeyboard() != null) {
                c.replyKeyboard(markup.replyKeyboard());
            } else if (markup.removeReplyKeyboard()) {
                c.replyKeyboard(null);
            }
            return c.render(m, botUser);
        });
        return ApiAnswer.ok(json);
    }

    private ApiAnswer editMessageText(Params p) {
        if (p.has("inline_message_id")) {
            throw ApiError.badRequest("message to edit not found");
        }
        ChatState chat = targetChat(p);
        int messageId = messageId(p);
        String text = p.string("text");
        if (text == null || text.isEmpty()) {
            throw ApiError.badRequest("message text is empty");
        }
        Parsed parsed = TelegramText.parse(text, p.string("parse_mode"));
        if (parsed.text().isEmpty()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (parsed.text().length() > MAX_TEXT) {
            throw ApiError.badRequest("MESSAGE_TOO_LONG");
        }
        // Telegram removes the inline keyboard when an edit does not repeat it.
        List<List<Map<String, Object>>> keyboard = ReplyMarkup.parse(p).inlineOrEmpty();
        guard("editMessageText", chat.id, true);
        return ApiAnswer.ok(chat.change(c -> {
            StoredMessage m = editable(c, messageId);
            if (!"text".equals(m.kind)) {
                throw ApiError.badRequest("there is no text in the message to edit");
            }
            if (m.text.equals(parsed.text()) && m.entities.equals(parsed.entities()) && m.inlineKeyboard.equals(keyboard)) {
                throw ApiError.badRequest(NOT_MODIFIED);
            }
            m.text = parsed.text();
            m.entities = parsed.entities();
            m.inlineKeyboard = keyboard;
            m.editDate = now();
            c.touch(m);
            return c.render(m, botUser);
        }));
    }

    private ApiAnswer editMessageReplyMarkup(Params p) {
        if (p.has("inline_message_id")) {
            throw ApiError.badRequest("message to edit not found");
        }
        ChatState chat = targetChat(p);
        int messageId = messageId(p);
        List<List<Map<String, Object>>> keyboard = ReplyMarkup.parse(p).inlineOrEmpty();
        guard("editMessageReplyMarkup", chat.id, true);
        return ApiAnswer.ok(chat.change(c -> {
            StoredMessage m = editable(c, messageId);
            if (m.inlineKeyboard.equals(keyboard)) {
                throw ApiError.badRequest(NOT_MODIFIED);
            }
            m.inlineKeyboard = keyboard;
            c.touch(m);
            return c.render(m, botUser);
        }));
    }

    private static StoredMessage editable(ChatState c, int messageId) {
        StoredMessage m = c.message(messageId);
        if (m == null || m.deleted) {
            throw ApiError.badRequest("message to edit not found");
        }
        if (!m.fromBot) {
            throw ApiError.badRequest("message can't be edited");
        }
        return m;
    }

    private ApiAnswer deleteMessage(Params p) {
        ChatState chat = targetChat(p);
        int messageId = messageId(p);
        guard("deleteMessage", chat.id, false);
        Instant now = now();
        return ApiAnswer.ok(chat.change(c -> {
            StoredMessage m = c.message(messageId);
            if (m == null || m.deleted) {
                throw ApiError.badRequest("message to delete not found");
            }
            if (Duration.between(m.date, now).compareTo(DELETE_WINDOW) > 0) {
                throw ApiError.badRequest("message can't be deleted for everyone");
            }
            m.deleted = true;
            c.touch(m);
            return true;
        }));
    }

    private ApiAnswer answerCallbackQuery(Params p) {
        String queryId = p.string("callback_query_id");
        String text = p.string("text");
        if (text != null && text.length() > 200) {
            throw ApiError.badRequest("MESSAGE_TOO_LONG");
        }
        CallbackQuery query = queryId == null ? null : callbackQueries.remove(queryId);
        if (query == null || isExpired(query, now())) {
            throw ApiError.badRequest(QUERY_TOO_OLD);
        }
        boolean alert = p.bool("show_alert");
        ChatState chat = chats.get(query.chatId());
        if (chat != null && text != null && !text.isBlank()) {
            chat.change(c -> {
                c.notice(text, alert);
                return null;
            });
        }
        return ApiAnswer.ok(true);
    }

    private static boolean isExpired(CallbackQuery query, Instant now) {
        return Duration.between(query.tappedAt(), now).compareTo(CALLBACK_ANSWER_WINDOW) > 0;
    }

    /** Unanswered taps would otherwise pile up for ever when a bot never answers; only now and then, it is a scan. */
    private void forgetExpiredCallbackQueries() {
        if (callbackQueries.size() >= 1_000) {
            Instant now = now();
            callbackQueries.values().removeIf(q -> isExpired(q, now));
        }
    }

    private ApiAnswer setMyCommands(Params p) {
        Object raw = p.json("commands", "can't parse commands JSON object");
        if (!(raw instanceof List<?> list)) {
            throw ApiError.badRequest("can't parse commands JSON object");
        }
        if (list.size() > 100) {
            throw ApiError.badRequest("too many commands");
        }
        List<Map<String, Object>> commands = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw ApiError.badRequest("can't parse BotCommand");
            }
            String command = map.get("command") == null ? "" : map.get("command").toString();
            String description = map.get("description") == null ? "" : map.get("description").toString();
            if (!COMMAND_NAME.matcher(command).matches()) {
                throw ApiError.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw ApiError.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("command", command);
            stored.put("description", description);
            commands.add(stored);
        }
        commandsByScope.put(commandsKey(p), List.copyOf(commands));
        return ApiAnswer.ok(true);
    }

    private static String commandsKey(Params p) {
        Object scope = p.json("scope", "can't parse BotCommandScope");
        String scopeKey = "default";
        if (scope instanceof Map<?, ?> map && map.get("type") != null) {
            scopeKey = map.get("type").toString() + (map.get("chat_id") == null ? "" : ":" + map.get("chat_id"))
                    + (map.get("user_id") == null ? "" : ":" + map.get("user_id"));
        }
        String language = p.string("language_code");
        return scopeKey + "|" + (language == null ? "" : language);
    }

    private ApiAnswer setWebhook(Params p) {
        String url = p.string("url");
        url = url == null ? "" : url.trim();
        if (!url.isEmpty() && !url.startsWith("https://") && !isLocalHttp(url)) {
            throw ApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        String secret = p.string("secret_token");
        if (secret != null && !secret.isEmpty() && !SECRET_TOKEN.matcher(secret).matches()) {
            throw ApiError.badRequest("secret token contains unallowed characters");
        }
        Integer maxConnections = p.intValue("max_connections");
        if (maxConnections != null && (maxConnections < 1 || maxConnections > 100)) {
            throw ApiError.badRequest("bad webhook: max_connections must be between 1 and 100");
        }
        updates.setWebhook(url, secret == null || secret.isEmpty() ? null : secret, maxConnections,
                stringList(p.json("allowed_updates", "can't parse allowed updates JSON object")),
                p.bool("drop_pending_updates"));
        return ApiAnswer.ok(true);
    }

    /** A self-hosted Bot API server accepts plain HTTP on the local machine; so does the emulator. */
    private static boolean isLocalHttp(String url) {
        return url.startsWith("http://127.0.0.1") || url.startsWith("http://localhost") || url.startsWith("http://[::1]");
    }

    // ---------------------------------------------------------------- parameters

    private ChatState targetChat(Params p) {
        String raw = p.string("chat_id");
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest("chat_id is empty");
        }
        long chatId;
        try {
            chatId = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("chat not found");
        }
        ChatState chat = chats.get(chatId);
        if (chat == null || !chat.isKnown()) {
            throw ApiError.badRequest("chat not found");
        }
        return chat;
    }

    private static Long lenientChatId(Params p) {
        try {
            return p.longValue("chat_id");
        } catch (ApiError e) {
            return null;
        }
    }

    private static int messageId(Params p) {
        Integer messageId = p.intValue("message_id");
        if (messageId == null) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        return messageId;
    }

    private static double latitude(Params p) {
        Double value = p.doubleValue("latitude");
        if (value == null || value < -90 || value > 90) {
            throw ApiError.badRequest("wrong latitude");
        }
        return value;
    }

    private static double longitude(Params p) {
        Double value = p.doubleValue("longitude");
        if (value == null || value < -180 || value > 180) {
            throw ApiError.badRequest("wrong longitude");
        }
        return value;
    }

    private static ReplyTo replyTo(Params p) {
        Integer messageId = p.intValue("reply_to_message_id");
        boolean allow = p.bool("allow_sending_without_reply");
        Object parameters = p.json("reply_parameters", "can't parse reply parameters JSON object");
        if (parameters instanceof Map<?, ?> map && map.get("message_id") != null) {
            try {
                messageId = Integer.valueOf(map.get("message_id").toString());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("can't parse reply parameters JSON object");
            }
            allow = allow || Boolean.parseBoolean(String.valueOf(map.get("allow_sending_without_reply")));
        }
        return messageId == null ? null : new ReplyTo(messageId, allow);
    }

    private static Parsed caption(Params p) {
        String caption = p.string("caption");
        if (caption == null || caption.isEmpty()) {
            return null;
        }
        Parsed parsed = TelegramText.parse(caption, p.string("parse_mode"));
        if (parsed.text().length() > MAX_CAPTION) {
            throw ApiError.badRequest("message caption is too long");
        }
        return parsed.text().isEmpty() ? null : parsed;
    }

    private static void setCaption(StoredMessage m, Parsed caption) {
        if (caption != null) {
            m.caption = caption.text();
            m.captionEntities = caption.entities();
        }
    }

    /** The file of sendDocument: an upload (a part, or "attach://part"), a known file_id, or a URL. */
    private StoredFile inputFile(Params p, String field) {
        UploadedFile upload = upload(p, field);
        if (upload != null) {
            if (upload.size() > capacity.maxDocumentSize().toBytes()) {
                throw new ApiError(ApiRequestReader.TOO_LARGE);
            }
            return files.document(upload, mimeType(upload.fileName(), upload.contentType()));
        }
        String reference = reference(p, field);
        if (isUrl(reference)) {
            String name = reference.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
            return files.remote(name.isEmpty() ? "file" : name, mimeType(name, null));
        }
        return known(reference);
    }

    /** Telegram answers a photo with its sizes, smallest first; a file_id reuses the photo it names. */
    private List<StoredFile> photoSizes(Params p) {
        UploadedFile upload = upload(p, "photo");
        if (upload != null) {
            if (upload.size() > capacity.maxPhotoSize().toBytes()) {
                throw ApiError.badRequest("file is too big");
            }
            int[] size = imageSize(upload);
            return files.photo(upload, size[0], size[1]);
        }
        String reference = reference(p, "photo");
        if (isUrl(reference)) {
            return files.photo(800, 600);
        }
        return List.of(known(reference));
    }

    private static UploadedFile upload(Params p, String field) {
        UploadedFile upload = p.file(field);
        String reference = p.string(field);
        if (upload == null && reference != null && reference.startsWith("attach://")) {
            upload = p.file(reference.substring("attach://".length()));
            if (upload == null) {
                throw ApiError.badRequest("wrong HTTP URL specified");
            }
        }
        if (upload == null) {
            return null;
        }
        if (upload.size() == 0) {
            throw ApiError.badRequest("file must be non-empty");
        }
        String fileName = upload.fileName() == null || upload.fileName().isBlank() ? upload.partName() : upload.fileName();
        return upload.withFileName(fileName);
    }

    private static String reference(Params p, String field) {
        String reference = p.string(field);
        if (reference == null || reference.isBlank()) {
            throw ApiError.badRequest("there is no " + field + " in the request");
        }
        return reference.trim();
    }

    private static boolean isUrl(String reference) {
        return reference.startsWith("http://") || reference.startsWith("https://");
    }

    private StoredFile known(String fileId) {
        StoredFile known = files.get(fileId);
        if (known == null) {
            throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
        }
        return known;
    }

    /** Width and height from the image's header: a 10 MB photo decoded whole would take hundreds of MB. */
    private static int[] imageSize(UploadedFile upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(upload.content().toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not an image Java can read: answered below as Telegram does
        }
        throw ApiError.badRequest("IMAGE_PROCESS_FAILED");
    }

    private static String mimeType(String fileName, String declared) {
        return MediaTypeFactory.getMediaType(fileName == null ? "" : fileName)
                .map(Object::toString)
                .orElse(declared == null || declared.isBlank() || declared.startsWith("application/octet-stream")
                        ? "application/octet-stream" : declared);
    }

    private static List<String> stringList(Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List<?> list)) {
            throw ApiError.badRequest("can't parse allowed updates JSON object");
        }
        return list.stream().map(String::valueOf).toList();
    }

    // ---------------------------------------------------------------- helpers

    private void guard(String method, long chatId, boolean checkBlocked) {
        if (checkBlocked && faults.isBlocked(chatId)) {
            throw new ApiError(403, chatId > 0 ? "Forbidden: bot was blocked by the user"
                    : "Forbidden: bot was kicked from the group chat");
        }
        if (BotMethods.isLimited(method)) {
            OptionalLong wait = limiter.tryAcquire(BotMethods.isSend(method), chatId);
            if (wait.isPresent()) {
                tooManyRequests.incrementAndGet();
                throw new ApiError(ApiAnswer.tooManyRequests(wait.getAsLong()));
            }
        }
    }

    private void record(String method, Map<String, Object> params, Instant at, int status) {
        RecordedCall call = new RecordedCall(method, params, at, status);
        long size = call.approximateSize();
        calls.add(new Recorded(call, size));
        recordedCount.incrementAndGet();
        recordedSize.addAndGet(size);
        long maxSize = capacity.maxRecordedSize().toBytes();
        while (recordedCount.get() > capacity.maxRecordedCalls() || recordedSize.get() > maxSize) {
            Recorded oldest = calls.poll();
            if (oldest == null) {
                break;
            }
            recordedCount.decrementAndGet();
            recordedSize.addAndGet(-oldest.size());
        }
    }

    private ChatState privateChat(SimulatedUser user) {
        ChatState chat = chats.computeIfAbsent(user.id(), ChatState::unknown);
        chat.meet(user, null);
        return chat;
    }

    private static Parsed userText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Telegram clients do not send empty messages");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Telegram clients split messages longer than 4096 characters");
        }
        return TelegramText.detect(TelegramText.trim(new Parsed(text, List.of())));
    }

    private String chatInstance(long chatId) {
        long mixed = (id * 0x9E3779B97F4A7C15L) ^ (chatId * 0xC2B2AE3D27D4EB4FL);
        return Long.toString(mixed ^ (mixed >>> 29));
    }

    private Instant now() {
        return clock.instant();
    }
}
