package cl.slep.encuentros.simulator;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Telegram Bot API that lives in this process: the tests' Telegram and the demo's. It keeps one
 * {@link EmulatedBot} per token, so that several bots (several test contexts) can share one emulator
 * without seeing each other's chats, updates or limits.
 */
public class BotApiEmulator implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("^\\d+:[A-Za-z0-9_-]+$");

    private final Clock clock;
    private final RateLimits defaultLimits;
    private final EmulatorCapacity capacity;
    private final Map<String, EmulatedBot> bots = new ConcurrentHashMap<>();
    private final FileStore files = new FileStore();
    private final ScheduledThreadPoolExecutor timer;

    public BotApiEmulator(Clock clock) {
        this(clock, RateLimits.telegram());
    }

    public BotApiEmulator(Clock clock, RateLimits defaultLimits) {
        this(clock, defaultLimits, EmulatorCapacity.defaults());
    }

    public BotApiEmulator(Clock clock, RateLimits defaultLimits, EmulatorCapacity capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultLimits = Objects.requireNonNull(defaultLimits, "defaultLimits");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        // One daemon thread ends long polls and delays answers; it never runs anything slow.
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "simulador-telegram-timer");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /** The bot with this token, created on first use with the default rate limits. */
    public EmulatedBot bot(String token) {
        if (!isValidToken(token)) {
            throw new IllegalArgumentException("not a bot token (digits, ':', then letters, digits, '_' or '-')");
        }
        return bots.computeIfAbsent(token, t -> new EmulatedBot(t, clock, timer, files, defaultLimits, capacity));
    }

    /**
     * Forgets every bot's chats, updates, faults and recordings, and all files. Bot objects obtained before
     * stay usable (they are emptied, not replaced), and update ids keep growing, so a bot that keeps
     * polling through a reset does not skip new updates as already seen.
     */
    public void reset() {
        bots.values().forEach(EmulatedBot::reset);
        files.clear();
    }

    public RateLimits defaultRateLimits() {
        return defaultLimits;
    }

    public EmulatorCapacity capacity() {
        return capacity;
    }

    static boolean isValidToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /**
     * One call as it arrived over HTTP. As on Telegram, a path whose token is not even shaped like one is not
     * found (404), and a well-shaped token of no bot is unauthorized (401): here, a new token once
     * {@link EmulatorCapacity#maxBots()} bots exist, so that a client inventing tokens cannot fill the heap.
     */
    CompletableFuture<ApiAnswer> execute(String token, String method, ApiRequest request) {
        return CompletableFuture.completedFuture(known(token)).thenCompose(answer -> answer != null
                ? CompletableFuture.completedFuture(answer) : bot(token).execute(method, request));
    }

    /** Null when the token may be served, else the answer that refuses it. */
    ApiAnswer known(String token) {
        if (!isValidToken(token)) {
            return ApiAnswer.error(404, "Not Found");
        }
        if (!bots.containsKey(token) && bots.size() >= capacity.maxBots()) {
            return ApiAnswer.error(401, "Unauthorized");
        }
        return null;
    }

    /** The bytes of a file the bot sent (e.g. a document), for assertions. */
    public Optional<byte[]> fileContent(String fileId) {
        return file(fileId).filter(StoredFile::hasBytes).map(StoredFile::bytes);
    }

    /** The reader of this emulator's HTTP requests, which spools uploads to its file store. */
    ApiRequestReader requestReader(JsonMapper json) {
        return new ApiRequestReader(json, capacity, files);
    }

    Optional<StoredFile> file(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        files.close();
    }
}
