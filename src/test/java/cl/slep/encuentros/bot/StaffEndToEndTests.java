package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
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
        admin.awaitLastContaining("Reenvíame un mensaje de la persona, escribe su nombre si ya se registró");
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
        assertThat(admin.awaitAny(message -> message.text().startsWith("No pude avisarle")).text())
                .contains("Telegram " + beatrizId).contains("que ahora coordina Red PIE, Red CRA")
                .contains("Telegram no le entregó el mensaje");

        admin.says("/coordinadores");
        assertThat(admin.awaitLastContaining("Coordinación de redes").text())
                .contains("Telegram " + beatrizId + " (sin registro) — Red PIE, Red CRA");
        admin.taps("Cambiar redes de Telegram " + beatrizId);
        ChatMessage current = admin.awaitLastContaining("¿Qué redes coordinará");
        assertThat(current.text()).contains("Dejé marcadas las redes que ya coordina");
        assertThat(current.button("✅ Red PIE")).isPresent();
        assertThat(current.button("✅ Red CRA")).isPresent();
        admin.taps("Red CRA");
        admin.awaitLatest(message -> message.button("⬜ Red CRA").isPresent());
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
                .contains("• Carmen Soto (Director/a) — Colegio Simón Bolívar")
                .contains("• Darío Vera (Director/a) — Colegio Simón Bolívar")
                .contains("Red EPJA — nadie registrado todavía")
                .doesNotContain("Red UTP");

        coordinator.says("/ayuda");
        assertThat(coordinator.awaitLastContaining("Esto es lo que puedes hacer").text())
                .contains("/participantes").doesNotContain("/coordinadores");
        coordinator.says("/coordinadores");
        coordinator.awaitLastContaining("Lo siento, /coordinadores es solo para quienes administran el bot.");
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
