package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.messaging.BotIdentity;
import cl.slep.encuentros.messaging.BotProfile;
import cl.slep.encuentros.messaging.TelegramEndpoint;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Long polling. Starts after the web server (so in simulator mode the emulator is up), resumes updates left
 * unhandled by the last stop, publishes the command menu, and keeps trying if Telegram cannot be reached: the bot
 * never gives up polling. Each update of an answer is read on its own; one that cannot be read is stored as
 * FAILED and the offset moves past it, so it cannot hold up everyone else's. A periodic sweep retries updates
 * left unhandled while the process kept running (a database error in the middle of handling).
 */
@Component
@ConditionalOnBooleanProperty(name = "encuentros.intake.enabled", matchIfMissing = true)
class LongPollingIntake implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPollingIntake.class);
    private static final List<String> ALLOWED_UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member");
    private static final int BATCH = 100;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration MAX_POLL_RETRY = Duration.ofSeconds(30);
    private static final Duration MAX_CONNECT_RETRY = Duration.ofMinutes(1);

    private final TelegramEndpoint endpoint;
    private final UpdateInbox inbox;
    private final UpdateJson json;
    private final CommandRegistry commands;
    private final BotProfile profile;
    private final BotIdentity identity;
    private final IntakeProperties properties;

    private volatile boolean running;
    private ScheduledExecutorService polling;
    private ScheduledExecutorService sweeper;
    private BotApiPolling api;
    private long offset;
    private Duration pollRetry = FIRST_RETRY;

    LongPollingIntake(TelegramEndpoint endpoint, UpdateInbox inbox, UpdateJson json, CommandRegistry commands,
            BotProfile profile, BotIdentity identity, IntakeProperties properties) {
        this.identity = identity;
        this.endpoint = endpoint;
        this.inbox = inbox;
        this.json = json;
        this.commands = commands;
        this.profile = profile;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        inbox.resumePending();
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(properties.pollTimeout().plusSeconds(15))
                .build();
        api = new BotApiPolling(http, json.mapper(), endpoint::url, endpoint.token());
        polling = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "telegram-polling"));
        polling.execute(() -> connect(Duration.ofSeconds(1)));
        sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "inbox-sweep"));
        long sweepMillis = properties.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(() -> inbox.retryStalled(properties.sweepInterval()), sweepMillis, sweepMillis,
                TimeUnit.MILLISECONDS);
    }

    private void connect(Duration nextDelay) {
        if (!running) {
            return;
        }
        try {
            String username = identity.load();
            profile.publishCommands(commands.defaultMenu());
            api.deleteWebhook();
            announce(username);
            polling.execute(this::poll);
        } catch (Exception e) {
            Duration delay = nextDelay.compareTo(MAX_CONNECT_RETRY) > 0 ? MAX_CONNECT_RETRY : nextDelay;
            log.warn("Could not start receiving updates ({}); trying again in {} s", e.getMessage(), delay.toSeconds());
            schedule(() -> connect(delay.multipliedBy(2)), delay);
        }
    }

    /** In simulator mode the simulator's own block says where to go; with Telegram, this one stands out. */
    private void announce(String username) {
        if (endpoint.simulatorMode()) {
            log.debug("Receiving updates by long polling (bot {}, simulator)", endpoint.botId());
            return;
        }
        String rule = "=".repeat(64);
        log.info("\n{}\n  Bot @{} receiving updates from Telegram (long polling).\n  Talk to it at https://t.me/{}\n{}",
                rule, username, username, rule);
    }

    private void poll() {
        if (!running) {
            return;
        }
        List<JsonNode> answer;
        try {
            answer = api.getUpdates(offset, BATCH, (int) properties.pollTimeout().toSeconds(), ALLOWED_UPDATES);
        } catch (IOException e) {
            if (running) {
                log.warn("getUpdates failed ({}); trying again in {} ms", e.getMessage(), pollRetry.toMillis());
                schedule(this::poll, pollRetry);
                pollRetry = min(pollRetry.multipliedBy(2), MAX_POLL_RETRY);
            }
            return;
        }
        pollRetry = FIRST_RETRY;
        if (answer.isEmpty() || accept(answer)) {
            polling.execute(this::poll);
        }
    }

    /** Stores the answer's updates; only then may the next offset confirm them to Telegram. */
    private boolean accept(List<JsonNode> answer) {
        List<InboxStore.Received> batch = new ArrayList<>(answer.size());
        long highest = offset - 1;
        for (JsonNode node : answer) {
            InboxStore.Received update = json.parse(node);
            if (update == null) {
                log.warn("An update without a numeric update_id was skipped");
                continue;
            }
            batch.add(update);
            highest = Math.max(highest, update.updateId());
        }
        if (!inbox.store(batch)) {
            return false;
        }
        offset = Math.max(offset, highest + 1);
        return true;
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            polling.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            log.debug("Polling stopped meanwhile", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (api != null) {
            api.cancel();
        }
        if (polling != null) {
            polling.shutdownNow();
        }
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
