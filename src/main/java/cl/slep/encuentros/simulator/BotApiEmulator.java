package cl.slep.encuentros.simulator;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.regex.Pattern;

/**
 * A Telegram Bot API that lives in this process: the tests' Telegram and the demo's. It keeps one
 * {@link EmulatedBot} per token, so that several bots (several test contexts) can share one emulator
 * without seeing each other's chats, updates or limits.
 */
public class BotApiEmulator implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("^\\d+:[A-Za-z0-9_-]+$");

    private final Clock clock;
    private final RateLimits defaultLimits;
    private final Map<String, EmulatedBot> bots = new ConcurrentHashMap<>();
    private final FileStore files = new FileStore();
    private final ScheduledThreadPoolExecutor timer;

    public BotApiEmulator(Clock clock) {
        this(clock, RateLimits.telegram());
    }

    public BotApiEmulator(Clock clock, RateLimits defaultLimits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultLimits = Objects.requireNonNull(defaultLimits, "defaultLimits");
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
        return bots.computeIfAbsent(token, t -> new EmulatedBot(t, clock, timer, files, defaultLimits));
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

    static boolean isValidToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** One call as it arrived over HTTP. */
    CompletableFuture<ApiAnswer> execute(String token, String method, ApiRequest request) {
        if (!isValidToken(token)) {
            return CompletableFuture.completedFuture(ApiAnswer.error(401, "Unauthorized"));
        }
        return bot(token).execute(method, request);
    }

    /** The bytes of a file the bot sent (e.g. a document), for assertions. */
    public Optional<byte[]> fileContent(String fileId) {
        return file(fileId).filter(StoredFile::hasBytes).map(StoredFile::bytes);
    }

    Optional<StoredFile> file(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
