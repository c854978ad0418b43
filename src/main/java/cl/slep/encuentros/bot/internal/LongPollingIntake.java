package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.messaging.BotProfile;
import cl.slep.encuentros.messaging.TelegramEndpoint;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * Long polling with TelegramBots. Starts after the web server (so in simulator mode the emulator is up), resumes
 * updates left unhandled by the last stop, publishes the command menu, and keeps trying if Telegram cannot be
 * reached at start-up: the bot never gives up polling.
 */
@Component
class LongPollingIntake implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPollingIntake.class);
    private static final List<String> ALLOWED_UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member");

    private final TelegramEndpoint endpoint;
    private final UpdateInbox inbox;
    private final CommandRegistry commands;
    private final BotProfile profile;
    private final IntakeProperties properties;

    private volatile boolean running;
    private ScheduledExecutorService pollingThread;
    private ScheduledExecutorService startRetries;
    private TelegramBotsLongPollingApplication application;

    LongPollingIntake(TelegramEndpoint endpoint, UpdateInbox inbox, CommandRegistry commands, BotProfile profile,
            IntakeProperties properties) {
        this.endpoint = endpoint;
        this.inbox = inbox;
        this.commands = commands;
        this.profile = profile;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        inbox.resumePending();
        startRetries = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "telegram-connect"));
        startRetries.execute(() -> connect(Duration.ofSeconds(1)));
    }

    private void connect(Duration nextDelay) {
        if (!running) {
            return;
        }
        try {
            profile.publishCommands(commands.menu());
            long timeoutSeconds = properties.pollTimeout().toSeconds();
            OkHttpClient http = new OkHttpClient.Builder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .readTimeout(properties.pollTimeout().plusSeconds(15))
                    .build();
            pollingThread = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "telegram-polling"));
            application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> pollingThread);
            application.registerBot(endpoint.token(), endpoint::url,
                    lastUpdateId -> GetUpdates.builder()
                            .offset(lastUpdateId + 1)
                            .limit(100)
                            .timeout((int) timeoutSeconds)
                            .allowedUpdates(ALLOWED_UPDATES)
                            .build(),
                    inbox);
            log.info("Receiving updates by long polling (bot {}{})", endpoint.botId(),
                    endpoint.simulatorMode() ? ", simulator" : "");
        } catch (Exception e) {
            closeQuietly();
            Duration delay = nextDelay.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : nextDelay;
            log.warn("Could not start receiving updates ({}); trying again in {} s", e.getMessage(), delay.toSeconds());
            if (running) {
                startRetries.schedule(() -> connect(delay.multipliedBy(2)), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        startRetries.shutdownNow();
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (application != null) {
                application.close();
            }
        } catch (Exception e) {
            log.debug("Closing the long-polling session", e);
        }
        if (pollingThread != null) {
            pollingThread.shutdownNow();
        }
        application = null;
        pollingThread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
