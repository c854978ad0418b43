package cl.slep.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.simulator.BotApiEmulator;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.StandaloneEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ctrl+C (a SIGTERM or SIGINT closes the context) ends the application within 5 s in every mode, with a long poll
 * in flight and with no ERROR line nor stack trace: nothing may wait for a long poll to time out.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShutdownTests {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String SIMULATOR_TOKEN = "1000001:simulador-local";

    @Test
    void theSimulatorStopsAtOnceWhileTheBotAndAWebChatAreWaitingForUpdates(CapturedOutput output) throws Exception {
        ConfigurableApplicationContext app = start("--encuentros.telegram.token=");
        EmulatedBot bot = app.getBean(BotApiEmulator.class).bot(SIMULATOR_TOKEN);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(bot::isPolling);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        CompletableFuture<HttpResponse<Void>> webChatWaiting = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/simulador/api/chats/7300000009/changes"))
                        .build(), HttpResponse.BodyHandlers.discarding());
        int before = output.length();

        Duration took = timeToClose(app);

        assertThat(took).isLessThan(WITHIN);
        assertNoErrorsAfter(output, before);
        webChatWaiting.cancel(true);
    }

    @Test
    void aRealBotStopsAtOnceWhileItsLongPollWaitsOnAnotherServer(CapturedOutput output) {
        try (StandaloneEmulator telegram = StandaloneEmulator.start()) {
            String token = "4200042:AAE-shutdown-" + Long.toHexString(System.nanoTime());
            ConfigurableApplicationContext app = start("--encuentros.telegram.token=" + token,
                    "--encuentros.telegram.api-url=" + telegram.baseUrl(),
                    "--encuentros.simulator.enabled=false");
            EmulatedBot bot = telegram.emulator().bot(token);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(bot::isPolling);
            int before = output.length();

            Duration took = timeToClose(app);

            assertThat(took).isLessThan(WITHIN);
            assertNoErrorsAfter(output, before);
        }
    }

    @Test
    void aMessageThatTelegramIsSlowToAnswerDoesNotHoldTheStop(CapturedOutput output) {
        try (StandaloneEmulator telegram = StandaloneEmulator.start()) {
            String token = "4200044:AAE-slow-" + Long.toHexString(System.nanoTime());
            ConfigurableApplicationContext app = start("--encuentros.telegram.token=" + token,
                    "--encuentros.telegram.api-url=" + telegram.baseUrl(),
                    "--encuentros.simulator.enabled=false");
            EmulatedBot bot = telegram.emulator().bot(token);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(bot::isPolling);
            bot.faults().latency(Duration.ofSeconds(30));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            app.getBean(Outbox.class).enqueue(new OutgoingMessage.Text(7300000042L, "Hola"), Priority.DIRECT,
                    "shutdown-test");
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENDING".equals(jdbc.queryForObject(
                    "SELECT status FROM outbox_message WHERE dedup_key = 'shutdown-test'", String.class)));
            int before = output.length();

            Duration took = timeToClose(app);

            assertThat(took).isLessThan(WITHIN);
            assertNoErrorsAfter(output, before);
            assertThat(output.toString().substring(before)).contains("cut short by the stop");
        }
    }

    private static Duration timeToClose(ConfigurableApplicationContext app) {
        long start = System.nanoTime();
        app.close();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void assertNoErrorsAfter(CapturedOutput output, int from) {
        String shutdown = output.toString().substring(from);
        assertThat(shutdown.lines().filter(line -> line.contains(" ERROR ") || line.matches("\\s+at .*")))
                .as("ERROR lines or stack traces while stopping:%n%s", shutdown)
                .isEmpty();
    }

    private static ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                // The production long poll, not the tests' short one: stopping must not wait for it.
                "--encuentros.intake.poll-timeout=25s"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(EncuentrosApplication.class).run(args.toArray(String[]::new));
    }
}
