package cl.slep.encuentros.simulator;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram's limits as the emulator enforces them, per bot. The defaults are the figures Telegram
 * publishes; tests that are not about limits can switch them off with {@link #off()}.
 *
 * @param globalPerSecond      every send, edit and delete of the bot (greedy refill)
 * @param privateChatBurst     send* to one private chat: bucket capacity
 * @param privateChatPerSecond send* to one private chat: tokens refilled per second
 * @param groupChatPerMinute   send* to one group chat
 */
public record RateLimits(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30") int globalPerSecond,
        @DefaultValue("2") int privateChatBurst,
        @DefaultValue("1") int privateChatPerSecond,
        @DefaultValue("20") int groupChatPerMinute) {

    public RateLimits {
        if (globalPerSecond < 1 || privateChatBurst < 1 || privateChatPerSecond < 1 || groupChatPerMinute < 1) {
            throw new IllegalArgumentException("rate limits must be at least 1");
        }
    }

    public static RateLimits telegram() {
        return new RateLimits(true, 30, 2, 1, 20);
    }

    public static RateLimits off() {
        return telegram().withEnabled(false);
    }

    public RateLimits withEnabled(boolean on) {
        return new RateLimits(on, globalPerSecond, privateChatBurst, privateChatPerSecond, groupChatPerMinute);
    }
}
