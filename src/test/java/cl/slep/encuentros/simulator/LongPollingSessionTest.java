package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.DefaultLongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/** TelegramBots' own long-polling session, as the bot will run it, fed by the emulator. */
class LongPollingSessionTest {

    private final StandaloneEmulator server = StandaloneEmulator.shared();
    private final SimulatedUser ana = new SimulatedUser(7_400_000_001L, "Ana", "Rojas", null);

    @Test
    void everyKindOfUpdateReachesTheLibrarysConsumer() throws Exception {
        String token = "3000001:long-polling-session";
        EmulatedBot bot = server.emulator().bot(token);
        List<Update> received = new CopyOnWriteArrayList<>();

        try (TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication()) {
            application.registerBot(token, server::telegramUrl,
                    new DefaultGetUpdatesGenerator(List.of("message", "edited_message", "callback_query")),
                    new DefaultLongPollingUpdateConsumer() {
                        @Override
                        public void consume(Update update) {
                            received.add(update);
                        }
                    });
            await().atMost(Duration.ofSeconds(5)).until(bot::isPolling);

            bot.userSends(ana, "/start");
            bot.userSendsSticker(ana);
            bot.userSendsPhoto(ana);
            bot.userSendsVoice(ana);
            bot.userEditsMessage(ana, 1, "/start de nuevo");
            bot.userSendsInGroup(ana, -4_000_000_001L, "Red de Directores", "hola a todos");

            await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 6);
        } finally {
            // Ends the session's last long poll at once instead of after its 50 s.
            bot.reset();
        }

        assertThat(received).extracting(Update::getUpdateId).isSorted().doesNotHaveDuplicates();
        assertThat(received.get(0).getMessage().getText()).isEqualTo("/start");
        assertThat(received.get(1).getMessage().getSticker().getEmoji()).isEqualTo("👍");
        assertThat(received.get(2).getMessage().getPhoto()).isNotEmpty();
        assertThat(received.get(3).getMessage().getVoice().getDuration()).isEqualTo(3);
        assertThat(received.get(4).getEditedMessage().getText()).isEqualTo("/start de nuevo");
        assertThat(received.get(5).getMessage().getChat().isGroupChat()).isTrue();
    }
}
