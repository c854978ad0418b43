package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.CommandRegistry;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Admins name coordinators in chat; coordinators get their own commands; nobody else does. */
class StaffEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();
    private static final SimulatedUser ALICIA = newUser("Alicia");
    /** As many coordinators as /coordinadores shows at once. */
    private static final int COORDINATORS_PER_PAGE = 6;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
        registry.add("encuentros.admins", () -> String.valueOf(ALICIA.id()));
    }

    @Autowired
    private CommandRegistry commands;

    @Autowired
    private StaffDirectory staff;

    private final EmulatedBot telegram = bot(TOKEN);
    private final RegistrationDriver admin = new RegistrationDriver(telegram, ALICIA);

    @Test
    void anAdminNamesACoordinatorByAForwardedMessageThenChangesTheirNetworksAndRemovesThem() {
        SimulatedUser beatriz = newUser("Beatriz");
        String beatrizId = String.valueOf(beatriz.id());

        admin.says("/coordinadores");
        ChatMessage list = admin.awaitLastContaining("Coordinación de redes");
        assertThat(list.text()).contains("Administración").contains("Telegram " + ALICIA.id());
        admin.taps("Agregar coordinador/a");
        admin.awaitLastContaining("Reenvíame un mensaje de la persona o escribe su número de usuario de Telegram");
        ChatMessage networks = awaitReplyTo(() -> telegram.userForwards(ALICIA, beatriz, "Hola, soy Beatriz"),
                "¿Qué redes coordinará");
        assertThat(networks.text()).contains("Telegram " + beatrizId + " (sin registro)");
        assertThat(networks.buttons()).extracting(ChatMessage.Button::text).noneMatch(label -> label.startsWith("✅"));
        admin.taps("Listo");
        eventually().until(() -> telegram.calls("answerCallbackQuery").stream().map(RecordedCall::text)
                .anyMatch(notice -> notice != null && notice.startsWith("Elige al menos una red")));
        admin.taps("Red PIE");
        admin.awaitLatest(message -> message.button("✅ Red PIE").isPresent());
        admin.taps("Red CRA");
        admin.awaitLatest(message -> message.button("✅ Red CRA").isPresent());
        admin.taps("Listo");
        assertThat(admin.awaitLastContaining("¿Confirmas?").text()).contains("Red PIE, Red CRA");
        admin.taps("Confirmar");
        admin.awaitLastContaining("ahora coordina");

        assertThat(coordinatedNetworkCodes(beatriz)).containsExactly("CRA", "PIE");
        assertThat(conversationRows(ALICIA)).isZero();
        // Beatriz never wrote to the bot: the notice is tried, and Telegram refuses it.
        eventually().until(() -> telegram.calls("sendMessage").stream()
                .anyMatch(call -> call.chatId() == beatriz.id() && call.httpStatus() == 400));

        admin.says("/coordinadores");
        assertThat(admin.awaitLastContaining("Coordinación de redes").text())
                .contains("Telegram " + beatrizId + " (sin registro) — Red PIE, Red CRA");
        admin.taps("Cambiar redes de Telegram " + beatrizId);
        ChatMessage current = admin.awaitLastContaining("¿Qué redes coordinará");
        assertThat(current.text()).contains("Dejé marcadas las redes que ya coordina");
        assertThat(current.button("✅ Red PIE")).isPresent();
        assertThat(current.button("✅ Red CRA")).isPresent();
        admin.taps("Red CRA");
        admin.awaitLatest(message -> message.button("▫️ Red CRA").isPresent());
        admin.taps("Red UTP");
        admin.awaitLatest(message -> message.button("✅ Red UTP").isPresent());
        admin.taps("Listo");
        admin.taps("Confirmar");
        admin.awaitLastContaining("ahora coordina");
        assertThat(coordinatedNetworkCodes(beatriz)).containsExactly("PIE", "UTP");

        admin.says("/coordinadores");
        admin.awaitLastContaining("Coordinación de redes");
        admin.taps("Quitar Telegram " + beatrizId);
        assertThat(admin.awaitLatest(message -> message.text().contains("¿Quitar la coordinación")).text())
                .contains("Red UTP, Red PIE");
        admin.taps("Sí, quitar");
        ChatMessage after = admin.awaitLatest(message -> message.text().contains("ya no es coordinador/a"));
        assertThat(after.text()).doesNotContain("— Red UTP, Red PIE");
        assertThat(coordinatedNetworkCodes(beatriz)).isEmpty();
    }

    @Test
    void aRegisteredParticipantNamedByIdIsToldAndSeesWhoIsInTheirNetworks() {
        SimulatedUser carmen = newUser("Carmen");
        RegistrationDriver coordinator = new RegistrationDriver(telegram, carmen);
        coordinator.registersAsDirector("Carmen Soto");
        new RegistrationDriver(telegram, newUser("Darío")).registersAsDirector("Darío Vera");

        admin.says("/coordinadores");
        admin.taps("Agregar coordinador/a");
        admin.awaitLastContaining("Reenvíame un mensaje");
        admin.says(String.valueOf(carmen.id()));
        assertThat(admin.awaitLastContaining("¿Qué redes coordinará").text()).contains("Carmen Soto");
        admin.taps("Red de Directores");
        admin.awaitLatest(message -> message.button("✅ Red de Directores").isPresent());
        admin.taps("Red EPJA");
        admin.awaitLatest(message -> message.button("✅ Red EPJA").isPresent());
        admin.taps("Listo");
        admin.taps("Confirmar");
        assertThat(admin.awaitLastContaining("ahora coordina").text())
                .contains("Carmen Soto").contains("Red de Directores, Red EPJA");

        ChatMessage notice = coordinator.awaitLastContaining("Desde ahora eres coordinador/a");
        assertThat(notice.text()).contains("Red de Directores, Red EPJA").contains("/participantes");
        assertThat(coordinatedNetworkCodes(carmen)).containsExactly("DIRECTORES", "EPJA");

        coordinator.says("/participantes");
        ChatMessage members = coordinator.awaitLastContaining("Participantes de tus redes");
        int directors = jdbc.queryForObject("""
                SELECT COUNT(*) FROM participant_network pn JOIN network n ON n.id = pn.network_id
                WHERE n.code = 'DIRECTORES'
                """, Integer.class);
        assertThat(directors).isGreaterThanOrEqualTo(2);
        assertThat(members.text())
                .contains("Red de Directores — " + directors + " personas registradas")
                .contains("• Carmen Soto — Colegio Simón Bolívar")
                .contains("• Darío Vera — Colegio Simón Bolívar")
                .contains("Red EPJA — nadie registrado todavía")
                .doesNotContain("Red UTP");

        coordinator.says("/ayuda");
        assertThat(coordinator.awaitLastContaining("Esto es lo que puedes hacer").text())
                .contains("/participantes").doesNotContain("/coordinadores");
        coordinator.says("/coordinadores");
        coordinator.awaitLastContaining("Lo siento, /coordinadores es solo para quienes administran el bot.");
    }

    @Test
    void aHiddenForwardAndBadIdsAreExplainedAndAskedAgainAndCancelLeavesTheFlow() {
        SimulatedUser felipe = newUser("Felipe");
        admin.says("/coordinadores");
        admin.taps("Agregar coordinador/a");
        String question = "Reenvíame un mensaje de la persona";
        admin.awaitLastContaining(question);

        awaitReplyTo(() -> telegram.userForwardsFromHiddenUser(ALICIA, "Persona Reservada", "Hola"), question);
        assertThat(previousText(ALICIA)).contains("oculta su cuenta").contains("Pídele su número de usuario");
        admin.says("12 abc");
        admin.awaitLastContaining(question);
        assertThat(previousText(ALICIA)).contains("«12 abc» no es un número de usuario de Telegram");
        admin.says("-1001234567890");
        admin.awaitLastContaining(question);
        assertThat(previousText(ALICIA)).contains("grupo o canal");
        admin.says(String.valueOf(telegram.id()));
        admin.awaitLastContaining(question);
        assertThat(previousText(ALICIA)).contains("es un bot");
        assertThat(jdbc.queryForObject("SELECT step FROM conversation_state WHERE chat_id = ?", String.class,
                ALICIA.id())).isEqualTo("who");

        admin.says(String.valueOf(felipe.id()));
        admin.awaitLastContaining("¿Qué redes coordinará");
        admin.taps("Red Enlaces");
        admin.awaitLatest(message -> message.button("✅ Red Enlaces").isPresent());
        admin.says("/cancelar");
        admin.awaitLastContaining("cancelé lo que estabas haciendo");

        assertThat(conversationRows(ALICIA)).isZero();
        assertThat(coordinatedNetworkCodes(felipe)).isEmpty();
    }

    @Test
    void everyStaffCommandIsRefusedPolitelyToAParticipantAndNothingElseHappens() {
        SimulatedUser eva = newUser("Eva");
        RegistrationDriver participant = new RegistrationDriver(telegram, eva);
        participant.registersAsDirector("Eva Lagos");
        List<CommandSpec> everyone = commands.availableTo(StaffRole.PARTICIPANT);
        List<CommandSpec> staffOnly = commands.availableTo(StaffRole.ADMIN).stream()
                .filter(spec -> !everyone.contains(spec)).toList();
        assertThat(staffOnly).extracting(CommandSpec::name).contains("coordinadores", "participantes");
        long lastOutboxId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM outbox_message", Long.class);
        int coordinatorRows = jdbc.queryForObject("SELECT COUNT(*) FROM coordinator_network", Integer.class);
        int firstNew = participant.botMessageCount();

        for (CommandSpec spec : staffOnly) {
            participant.says("/" + spec.name());
            participant.awaitLastContaining("Lo siento, /" + spec.name() + " es solo para");
        }
        // Updates of one chat are handled in order: once /ayuda is answered, every refusal's handler has finished.
        participant.says("/ayuda");
        ChatMessage help = participant.awaitLastContaining("Esto es lo que puedes hacer");

        List<ChatMessage> replies = telegram.botMessages(eva.id()).subList(firstNew, participant.botMessageCount());
        assertThat(replies).hasSize(staffOnly.size() + 1);
        for (int i = 0; i < staffOnly.size(); i++) {
            String name = staffOnly.get(i).name();
            assertThat(replies.get(i).text()).isEqualTo(StaffRole.ADMIN == staffOnly.get(i).requiredRole()
                    ? "Lo siento, /" + name + " es solo para quienes administran el bot."
                    : "Lo siento, /" + name + " es solo para coordinadores y coordinadoras de red.");
            assertThat(replies.get(i).hasKeyboard()).isFalse();
        }
        assertThat(help.text()).doesNotContain("/coordinadores").doesNotContain("/participantes");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE id > ? AND chat_id <> ?",
                Integer.class, lastOutboxId, eva.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE id > ? AND chat_id = ?",
                Integer.class, lastOutboxId, eva.id())).isEqualTo(staffOnly.size() + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coordinator_network", Integer.class))
                .isEqualTo(coordinatorRows);
        assertThat(conversationRows(eva)).isZero();
    }

    @Test
    void aLongListOfCoordinatorsIsShownAPageAtATime() {
        List<Long> many = LongStream.rangeClosed(1, COORDINATORS_PER_PAGE + 2)
                .map(i -> newUser("Coordinador" + i).id()).boxed().toList();
        long network = jdbc.queryForObject("SELECT id FROM network WHERE code = 'TP'", Long.class);
        many.forEach(id -> staff.setCoordinatedNetworks(id, Set.of(network)));
        try {
            admin.says("/coordinadores");
            ChatMessage first = admin.awaitLastContaining("Coordinación de redes");
            assertThat(first.text()).contains("Telegram " + many.get(0)).doesNotContain("Telegram " + many.get(many.size() - 1))
                    .containsPattern("Página 1 de \\d");
            assertThat(first.buttons()).hasSizeLessThanOrEqualTo(2 * COORDINATORS_PER_PAGE + 3);
            assertThat(first.buttons()).allSatisfy(button ->
                    assertThat(button.callbackData().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
            admin.taps("Siguientes");
            ChatMessage last = admin.awaitLatest(message -> message.text().contains("Telegram " + many.get(many.size() - 1)));
            assertThat(last.messageId()).isEqualTo(first.messageId());
            assertThat(last.button("Anteriores")).isPresent();
            assertThat(last.button("Quitar Telegram " + many.get(many.size() - 1))).isPresent();
        } finally {
            many.forEach(id -> staff.setCoordinatedNetworks(id, Set.of()));
        }
    }

    @Test
    void helpListsTheStaffCommandsToAnAdmin() {
        admin.says("/ayuda");

        ChatMessage help = admin.awaitLastContaining("Esto es lo que puedes hacer");
        assertThat(help.text()).contains("/coordinadores — Nombrar, cambiar o quitar coordinadores/as de red")
                .contains("/participantes — Ver quiénes están registrados en tus redes");
    }

    /** Acts, then waits for the bot's newest message after it to contain the fragment. */
    private ChatMessage awaitReplyTo(LongSupplier action, String fragment) {
        int before = admin.botMessageCount();
        action.getAsLong();
        return eventually().until(() -> {
            List<ChatMessage> messages = telegram.botMessages(ALICIA.id());
            ChatMessage last = messages.get(messages.size() - 1);
            return messages.size() > before && last.text().contains(fragment) ? last : null;
        }, message -> message != null);
    }

    private String previousText(SimulatedUser user) {
        List<ChatMessage> messages = telegram.botMessages(user.id());
        return messages.get(messages.size() - 2).text();
    }

    private List<String> coordinatedNetworkCodes(SimulatedUser user) {
        return jdbc.queryForList("""
                SELECT n.code FROM coordinator_network c JOIN network n ON n.id = c.network_id
                WHERE c.telegram_user_id = ? ORDER BY n.code
                """, String.class, user.id());
    }

    private int conversationRows(SimulatedUser user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM conversation_state WHERE chat_id = ?", Integer.class, user.id());
    }
}
