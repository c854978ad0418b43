package cl.slep.encuentros.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures a test can ask one emulated bot to produce: errors for the next calls of a method, a blocked
 * chat, and a delay on every answer.
 */
public final class Faults {

    private record Rule(String method, Long chatId, AtomicInteger remaining, ApiAnswer answer) {
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
    private volatile Duration latency = Duration.ZERO;

    Faults() {
    }

    /**
     * Answers the next {@code times} calls of {@code method} (any case, e.g. "sendMessage") with this error.
     *
     * @param description null for Telegram's usual text for the code
     * @param retryAfter  {@code parameters.retry_after}; null for none, except that a 429 always carries one
     *                    (1 when not given), as Telegram's do
     */
    public Faults failNext(String method, int times, int errorCode, String description, Integer retryAfter) {
        return add(method, null, times, errorCode, description, retryAfter);
    }

    /** Like {@link #failNext}, but only for calls addressed to {@code chatId}. */
    public Faults failNextForChat(String method, long chatId, int times, int errorCode, String description,
                                  Integer retryAfter) {
        return add(method, chatId, times, errorCode, description, retryAfter);
    }

    /** Every send or edit to this chat answers 403, as when the person blocked the bot. */
    public Faults blockChat(long chatId) {
        blocked.add(chatId);
        return this;
    }

    public Faults unblockChat(long chatId) {
        blocked.remove(chatId);
        return this;
    }

    public boolean isBlocked(long chatId) {
        return blocked.contains(chatId);
    }

    /** Added to every answer of this bot; {@link Duration#ZERO} to stop. */
    public Faults latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency can't be negative");
        }
        this.latency = delay;
        return this;
    }

    public Duration latency() {
        return latency;
    }

    /** Forgets every injected failure, block and latency. */
    public void clear() {
        rules.clear();
        blocked.clear();
        latency = Duration.ZERO;
    }

    private Faults add(String method, Long chatId, int times, int errorCode, String description, Integer retryAfter) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        if (errorCode < 400 || errorCode > 599) {
            throw new IllegalArgumentException("not an error code: " + errorCode);
        }
        String canonical = BotMethods.canonical(method);
        if (canonical == null) {
            throw new IllegalArgumentException("unknown Bot API method: " + method);
        }
        Integer wait = errorCode == 429 && retryAfter == null ? Integer.valueOf(1) : retryAfter;
        String text = description != null ? description : defaultDescription(errorCode, wait);
        rules.add(new Rule(canonical, chatId, new AtomicInteger(times), ApiAnswer.error(errorCode, text, wait)));
        return this;
    }

    private static String defaultDescription(int code, Integer retryAfter) {
        return switch (code) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden: bot was blocked by the user";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests: retry after " + retryAfter;
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error " + code;
        };
    }

    /** The injected answer for this call, if a rule still has calls left; uses one of them up. */
    ApiAnswer take(String canonicalMethod, Long chatId) {
        for (Rule rule : rules) {
            if (!rule.method().equals(canonicalMethod)
                    || (rule.chatId() != null && !rule.chatId().equals(chatId))) {
                continue;
            }
            int before = rule.remaining().getAndUpdate(left -> left > 0 ? left - 1 : 0);
            if (before <= 1) {
                rules.remove(rule);
            }
            if (before > 0) {
                return rule.answer();
            }
        }
        return null;
    }
}
