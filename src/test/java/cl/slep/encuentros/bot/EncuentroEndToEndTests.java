package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A coordinator creates and publishes an encuentro by chat and a member of the network answers the invitation,
 * through the real TelegramBots client and the emulator, as in Telegram.
 */
class EncuentroEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
    }

    private final EmulatedBot telegram = bot(TOKEN);

    @Autowired
    Participants participants;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Catalogue catalogue;

    @Test
    void aCoordinatorPublishesByChatAndAMemberAnswersTheInvitation() {
        long enlaces = catalogue.networkByCode("ENLACES").orElseThrow().id();
        SimulatedUser gloria = newUser("Gloria");
        participants.register(new RegistrationForm(gloria.id(), "Gloria Paz Núñez", null, "Escuela de prueba",
                SchoolRole.of("DOCENTE"), Set.of(enlaces), Instant.now()));
        SimulatedUser coordinator = newUser("Coordinación");
        staff.setCoordinatedNetworks(coordinator.id(), Set.of(enlaces));
        RegistrationDriver coordination = new RegistrationDriver(telegram, coordinator);
        RegistrationDriver member = new RegistrationDriver(telegram, gloria);
        // Telegram lets a bot write only to those who wrote to it first.
        member.says("/ayuda");
        member.awaitLastContaining("/encuentros");

        coordination.says("/nuevo_encuentro");
        coordination.awaitLastContaining("¿Cómo se llama el encuentro?");
        coordination.says("Encuentro Enlaces: ciudadanía digital");
        coordination.awaitLastContaining("¿A qué redes invitas?");
        coordination.taps("Red Enlaces");
        coordination.awaitLatest(message -> message.button("✅ Red Enlaces").isPresent());
        coordination.taps("Listo");
        coordination.awaitLastContaining("¿Qué día y a qué hora empieza?");
        coordination.says("pasado mañana 10:00");
        coordination.awaitLastContaining("¿A qué hora termina?");
        coordination.says("2 h");
        coordination.awaitLastContaining("¿Dónde será?");
        coordination.says("Liceo Politécnico, laboratorio de computación");
        coordination.awaitLastContaining("dirección");
        coordination.says("Av. Los Aromos 3000, Alto Hospicio");
        coordination.awaitLastContaining("coordenadas");
        coordination.taps("Omitir");
        coordination.awaitLastContaining("cupo máximo");
        coordination.taps("Sin cupo");
        coordination.awaitLastContaining("descripción o el programa");
        coordination.says("Taller práctico de ciudadanía digital para el aula.");
        ChatMessage preview = coordination.awaitLastContaining("Así verán la invitación");
        assertThat(preview.text()).contains("Encuentro Enlaces: ciudadanía digital", "10:00 a 12:00",
                "Liceo Politécnico, laboratorio de computación, Av. Los Aromos 3000, Alto Hospicio", "Red Enlaces");
        coordination.taps("Publicar");
        coordination.awaitLastContaining("Encuentro publicado");

        ChatMessage invitation = member.awaitAny(message -> message.text() != null
                && message.text().contains("Encuentro Enlaces: ciudadanía digital"));
        assertThat(invitation.buttons()).extracting(ChatMessage.Button::text)
                .contains("✅ Asistiré", "❌ No podré", "🤔 Tal vez", "📆 Agregar a Google Calendar");
        eventually().until(() -> telegram.calls("sendDocument").stream()
                .anyMatch(call -> call.chatId() == gloria.id() && call.succeeded()));
        assertThat(telegram.botMessages(gloria.id())).as("the calendar file follows the invitation")
                .anyMatch(message -> "document".equals(message.kind()) && message.caption() != null
                        && message.caption().contains("calendario"));

        member.taps("Asistiré");

        member.awaitAny(message -> message.messageId() == invitation.messageId() && message.text() != null
                && message.text().contains("Tu respuesta: ✅ Asistiré"));
        assertThat(telegram.calls("sendDocument")).filteredOn(call -> call.chatId() == gloria.id())
                .singleElement().extracting(RecordedCall::httpStatus).isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                SELECT i.answer FROM invitation i JOIN participant p ON p.id = i.participant_id
                WHERE p.telegram_user_id = ?""", String.class, gloria.id())).isEqualTo("YES");
    }
}
