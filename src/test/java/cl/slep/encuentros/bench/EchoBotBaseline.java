package cl.slep.encuentros.bench;

import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import cl.slep.encuentros.simulator.StandaloneEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import okhttp3.OkHttpClient;
import org.awaitility.Awaitility;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultLongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The floor: the library's plain long-polling echo bot, no database, no outbox. It does the least a bot must to
 * lose nothing on Telegram's limits: on a 429 it waits retry_after and tries again.
 */
final class EchoBotBaseline {

    private EchoBotBaseline() {
    }

    static UpdateThroughputBenchmark.Result run(StandaloneEmulator emulator, int participants) throws Exception {
        String token = "7000002:echo-" + Long.toHexString(System.nanoTime());
        EmulatedBot telegram = emulator.emulator().bot(token);
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", emulator.port(), false);
        OkHttpTelegramClient client = new OkHttpTelegramClient(token, url);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Instant[] span = {Instant.MAX, Instant.MIN};
        UpdateThroughputBenchmark.resetPeaks();
        DefaultLongPollingUpdateConsumer echo = new DefaultLongPollingUpdateConsumer() {
            @Override
            public void consume(Update update) {
                Instant received = Instant.now();
                synchronized (span) {
                    span[0] = received.isBefore(span[0]) ? received : span[0];
                }
                SendMessage reply = SendMessage.builder()
                        .chatId(update.getMessage().getChatId())
                        .text(update.getMessage().getText())
                        .build();
                while (true) {
                    try {
                        client.execute(reply);
                        break;
                    } catch (TelegramApiRequestException e) {
                        if (e.getErrorCode() == null || e.getErrorCode() != 429) {
                            return;
                        }
                        sleepSeconds(e.getParameters().getRetryAfter());
                    } catch (Exception e) {
                        return;
                    }
                }
                Instant done = Instant.now();
                latencies.add(Duration.between(received, done).toNanos());
                synchronized (span) {
                    span[1] = done.isAfter(span[1]) ? done : span[1];
                }
            }
        };
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
        try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
                com.fasterxml.jackson.databind.ObjectMapper::new, () -> http)) {
            BotSession session = app.registerBot(token, () -> url,
                    offset -> GetUpdates.builder().offset(offset + 1).limit(100).timeout(5).build(), echo);
            List<SimulatedUser> users = UpdateThroughputBenchmark.users(20_000_000L);
            Instant start = Instant.now();
            users.forEach(user -> telegram.userSends(user, "/ayuda"));
            Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> latencies.size() >= participants);
            UpdateThroughputBenchmark.Result result = new UpdateThroughputBenchmark.Result();
            UpdateThroughputBenchmark.fill(result, new java.util.ArrayList<>(latencies), Duration.between(span[0], span[1]),
                    telegram, users, start);
            session.stop();
            return result;
        } finally {
            echo.close();
        }
    }

    private static void sleepSeconds(Integer seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(seconds == null ? 1 : seconds).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
