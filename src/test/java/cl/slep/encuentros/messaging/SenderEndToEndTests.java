package cl.slep.encuentros.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.SimulatedUser;
import cl.slep.encuentros.simulator.StandaloneEmulator;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sender against the Bot API emulator, which enforces Telegram's limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SenderEndToEndTests {

    private static final String TOKEN = "5900001:sender-e2e-" + Long.toHexString(System.nanoTime());
    private static final AtomicLong nextUser = new AtomicLong(870_000_000 + (System.nanoTime() % 1000) * 1000);

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("encuentros.telegram.token", () -> TOKEN);
        registry.add("encuentros.telegram.api-url", () -> StandaloneEmulator.shared().baseUrl());
    }

    @Autowired
    Outbox outbox;

    @Autowired
    DeliveryReports reports;

    @Autowired
    DeliveryPreferences preferences;

    @Autowired
    JdbcTemplate jdbc;

    private final EmulatedBot telegram = StandaloneEmulator.shared().emulator().bot(TOKEN);

    @Test
    void aCallbackAnswerLeavesBeforeTheTextsQueuedAheadOfItInItsChat() {
        SimulatedUser ana = user("Ana");
        outbox.enqueue(new OutgoingMessage.Text(ana.id(), "Elige",
                InlineKeyboard.of(InlineButton.callback("Sí", "zz:1"))), Priority.DIRECT, "cb:menu:" + ana.id());
        ChatMessage menu = eventually().until(() -> telegram.botMessages(ana.id()), m -> m.size() == 1).get(0);
        List<Envelope> texts = IntStream.rangeClosed(1, 4)
                .mapToObj(i -> Envelope.of(new OutgoingMessage.Text(ana.id(), "Mensaje " + i), Priority.DIRECT,
                        Category.ESSENTIAL, "cb:text:" + i + ":" + ana.id()))
                .toList();
        outbox.enqueueAll(texts);

        telegram.userPresses(ana, menu.messageId(), "zz:1");

        eventually().until(() -> telegram.botMessages(ana.id()).size() == 5);
        RecordedCall answer = eventually().until(() -> telegram.calls("answerCallbackQuery"), calls -> calls.size() == 1)
                .get(0);
        List<Instant> textTimes = telegram.calls("sendMessage").stream()
                .filter(call -> call.chatId() == ana.id() && call.text().startsWith("Mensaje"))
                .map(RecordedCall::at).toList();
        assertThat(textTimes).hasSize(4);
        // One a second to a person: the texts take three seconds, and the answer does not wait for them.
        assertThat(answer.at()).isBefore(textTimes.get(2));
        assertThat(answer.httpStatus()).isEqualTo(200);
    }

    @Test
    void aDueRowIsSentPromptlyBehindTwoThousandBackedOffRowsOfOtherChats() {
        outbox.enqueueAll(LongStream.range(0, 2_000)
                .mapToObj(i -> Envelope.of(new OutgoingMessage.Text(-1_000_000_000L - i, "reintento"),
                        Priority.DIRECT, Category.ESSENTIAL, "backoff:" + i).withCorrelation("backoff"))
                .toList());
        jdbc.update("UPDATE outbox_message SET not_before = ? WHERE correlation = 'backoff'",
                Timestamp.from(Instant.now().plus(Duration.ofHours(1))));
        SimulatedUser luis = user("Luis");

        Instant queued = Instant.now();
        outbox.enqueue(new OutgoingMessage.Text(luis.id(), "Aviso"), Priority.BULK, "due:" + luis.id());

        eventually().until(() -> telegram.botMessages(luis.id()).size() == 1);
        RecordedCall sent = telegram.calls("sendMessage").stream().filter(call -> call.chatId() == luis.id())
                .findFirst().orElseThrow();
        assertThat(Duration.between(queued, sent.at())).isLessThan(Duration.ofSeconds(2));
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED' WHERE correlation = 'backoff'");
    }

    @Test
    void aReportGivesEachChatsStatusAndTheIdOfTheSentMessage() {
        SimulatedUser rosa = user("Rosa");
        SimulatedUser pedro = user("Pedro");
        SimulatedUser sofia = user("Sofía");
        SimulatedUser hugo = user("Hugo");
        telegram.faults().blockChat(pedro.id());
        preferences.set(sofia.id(), true, false);
        String longText = IntStream.rangeClosed(1, 150)
                .mapToObj(line -> "<b>Línea " + line + "</b> de la invitación al encuentro.")
                .collect(Collectors.joining("\n"));
        String correlation = "invitation:" + rosa.id();

        int queued = outbox.enqueueAll(List.of(
                invitation(rosa, "Invitación", correlation),
                invitation(pedro, "Invitación", correlation),
                invitation(sofia, "Invitación", correlation),
                invitation(hugo, longText, correlation)));

        assertThat(queued).isEqualTo(5);
        DeliveryReport report = eventually().until(() -> reports.report(correlation),
                r -> r.summary().pending() == 0);
        assertThat(report.summary()).isEqualTo(new DeliveryReport.Summary(0, 2, 0, 1, 1));
        assertThat(report.chats()).extracting(DeliveryReport.ChatDelivery::chatId, DeliveryReport.ChatDelivery::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(rosa.id(), DeliveryStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple(pedro.id(), DeliveryStatus.UNREACHABLE),
                        org.assertj.core.groups.Tuple.tuple(sofia.id(), DeliveryStatus.DROPPED),
                        org.assertj.core.groups.Tuple.tuple(hugo.id(), DeliveryStatus.SENT));
        assertThat(report.chats().get(0).telegramMessageId()).isEqualTo(telegram.botMessages(rosa.id()).get(0).messageId());
        List<ChatMessage> hugosParts = telegram.botMessages(hugo.id());
        assertThat(hugosParts).hasSize(2);
        assertThat(reports.delivery(correlation, hugo.id()).orElseThrow().telegramMessageId())
                .as("the last part, which carries the keyboard").isEqualTo(hugosParts.get(1).messageId());
        assertThat(hugosParts.get(1).keyboard()).isNotEmpty();
    }

    @Test
    void aPhotoGoesAsSendPhotoWithItsBytesAndHtmlCaption() throws java.io.IOException {
        SimulatedUser tomas = user("Tomás");
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "PNG", png);

        outbox.enqueue(Envelope.of(new OutgoingMessage.Photo(tomas.id(), "codigo.png", "<b>Código</b> de llegada"),
                Priority.DIRECT, Category.ESSENTIAL, "photo:" + tomas.id()).withAttachment(png.toByteArray()));

        ChatMessage photo = eventually().until(() -> telegram.botMessages(tomas.id()), m -> m.size() == 1).get(0);
        assertThat(photo.kind()).isEqualTo("photo");
        assertThat(photo.caption()).isEqualTo("Código de llegada");
        assertThat(telegram.calls("sendPhoto")).filteredOn(call -> call.chatId() == tomas.id()).singleElement()
                .extracting(RecordedCall::httpStatus).isEqualTo(200);
        assertThat(StandaloneEmulator.shared().emulator().fileContent(photo.fileId())).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(png.toByteArray()));
    }

    private static Envelope invitation(SimulatedUser user, String text, String correlation) {
        return Envelope.of(new OutgoingMessage.Text(user.id(), text,
                        InlineKeyboard.of(InlineButton.callback("Asistiré", "zz:rsvp"))),
                Priority.BULK, Category.OPTIONAL, correlation + ":" + user.id()).withCorrelation(correlation);
    }

    private SimulatedUser user(String name) {
        long id = nextUser.incrementAndGet();
        SimulatedUser user = new SimulatedUser(id, name, "Prueba", "user" + id);
        telegram.userOpensChat(user);
        return user;
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
    }
}
