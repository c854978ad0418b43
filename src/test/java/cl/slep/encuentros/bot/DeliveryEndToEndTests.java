package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class DeliveryEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
    }

    @Autowired
    Outbox outbox;

    private final EmulatedBot telegram = bot(TOKEN);

    @Test
    void a429IsHonouredAndNothingIsLost() {
        SimulatedUser ana = newUser("Ana");
        telegram.faults().failNextForChat("sendMessage", ana.id(), 1, 429, "Too Many Requests: retry after 2", 2);

        telegram.userSends(ana, "/ayuda");

        eventually().until(() -> telegram.botMessages(ana.id()).size() == 1);
        List<RecordedCall> attempts = telegram.calls("sendMessage").stream()
                .filter(call -> call.chatId() == ana.id()).toList();
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).httpStatus()).isEqualTo(429);
        assertThat(attempts.get(1).httpStatus()).isEqualTo(200);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        // The row is finished once Telegram's answer is back, a moment after the emulator recorded the call; Ana is
        // not registered, so a finished row of hers is deleted.
        eventually().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?", Integer.class, ana.id())).isZero());
    }

    @Test
    void aServerErrorIsRetriedWithBackoffAndDeliveredOnce() {
        SimulatedUser luis = newUser("Luis");
        telegram.faults().failNextForChat("sendMessage", luis.id(), 2, 502, "Bad Gateway", null);

        telegram.userSends(luis, "/ayuda");

        eventually().until(() -> telegram.botMessages(luis.id()).size() == 1);
        assertThat(telegram.calls("sendMessage").stream().filter(call -> call.chatId() == luis.id()))
                .extracting(RecordedCall::httpStatus).containsExactly(502, 502, 200);
        assertThat(telegram.botMessages(luis.id())).hasSize(1);
    }

    @Test
    void a403MarksTheChatUnreachableDropsItsQueueAndStartMakesItReachableAgain() {
        SimulatedUser pedro = newUser("Pedro");
        telegram.faults().blockChat(pedro.id());

        long help = telegram.userSends(pedro, "/ayuda");
        long cancel = telegram.userSends(pedro, "/cancelar");

        eventually().until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM chat_delivery WHERE chat_id = ?", Integer.class, pedro.id()) == 1);
        // Both replies are dropped (Pedro is not registered, so the dropped rows are deleted, not kept).
        eventually().until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE update_id IN (?, ?) "
                + "AND status = 'DONE'", Integer.class, help, cancel) == 2);
        eventually().until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?", Integer.class, pedro.id()) == 0);
        assertThat(telegram.calls("sendMessage").stream().filter(call -> call.chatId() == pedro.id())).hasSize(1);
        assertThat(outbox.isReachable(pedro.id())).isFalse();

        telegram.faults().unblockChat(pedro.id());
        telegram.userSends(pedro, "/start");

        eventually().until(() -> telegram.botMessages(pedro.id()).size() == 2);
        assertThat(telegram.botMessages(pedro.id()).get(0).text()).contains("¡Hola, Pedro!");
        assertThat(outbox.isReachable(pedro.id())).isTrue();
    }

    @Test
    void aTenThousandCharacterTextArrivesInThreeMessagesInOrder() {
        SimulatedUser rosa = newUser("Rosa");
        telegram.userSends(rosa, "/ayuda");
        eventually().until(() -> telegram.botMessages(rosa.id()).size() == 1);
        String longText = IntStream.rangeClosed(1, 250)
                .mapToObj(line -> String.format("Línea %03d: texto de prueba del encuentro.", line))
                .collect(Collectors.joining("\n"));
        assertThat(longText.length()).isBetween(10_000, 10_500);

        outbox.enqueue(new OutgoingMessage.Text(rosa.id(), longText), Priority.BULK, "test:long:" + rosa.id());

        List<ChatMessage> messages = eventually().until(() -> telegram.botMessages(rosa.id()), m -> m.size() == 4);
        List<String> parts = messages.subList(1, 4).stream().map(ChatMessage::text).toList();
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("\n", parts)).isEqualTo(longText);
        assertThat(parts.get(0)).startsWith("Línea 001");
        assertThat(parts.get(2)).endsWith("Línea 250: texto de prueba del encuentro.");
    }

    @Test
    void theSameDeduplicationKeyNeverSendsTwice() {
        SimulatedUser sofia = newUser("Sofía");
        telegram.userSends(sofia, "/ayuda");
        eventually().until(() -> telegram.botMessages(sofia.id()).size() == 1);

        boolean first = outbox.enqueue(new OutgoingMessage.Text(sofia.id(), "Recordatorio"), Priority.REMINDER, "test:dup");
        boolean second = outbox.enqueue(new OutgoingMessage.Text(sofia.id(), "Recordatorio"), Priority.REMINDER, "test:dup");

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        eventually().until(() -> telegram.botMessages(sofia.id()).size() == 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE dedup_key = 'test:dup'", Integer.class))
                .isEqualTo(1);
    }
}
