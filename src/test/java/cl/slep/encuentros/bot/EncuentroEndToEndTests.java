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
import cl.slep.encuentros.encuentros.EncuentroDraft;
import cl.slep.encuentros.encuentros.Encuentros;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

    @Autowired
    Encuentros encuentros;

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

    @Test
    void aCoordinatorMovesTheEncuentroThenCancelsItAndTheMemberSeesBothInTheirChat() {
        long cra = catalogue.networkByCode("CRA").orElseThrow().id();
        SimulatedUser hugo = newUser("Hugo");
        participants.register(new RegistrationForm(hugo.id(), "Hugo Salas Vera", null, "Escuela de prueba",
                SchoolRole.of("DOCENTE"), Set.of(cra), Instant.now()));
        SimulatedUser coordinator = newUser("Coordinación CRA");
        staff.setCoordinatedNetworks(coordinator.id(), Set.of(cra));
        RegistrationDriver coordination = new RegistrationDriver(telegram, coordinator);
        RegistrationDriver member = new RegistrationDriver(telegram, hugo);
        member.says("/ayuda");
        member.awaitLastContaining("/encuentros");
        LocalDateTime start = LocalDate.now(ZoneId.of("America/Santiago")).plusDays(3).atTime(9, 0);
        long id = encuentros.createDraft(coordinator.id(), new EncuentroDraft("Encuentro CRA: lectura en voz alta",
                null, "Biblioteca Municipal", "Calle Tarapacá 500, Iquique", null, null, null, start,
                start.plusHours(2), Set.of(cra))).id();
        encuentros.publish(coordinator.id(), id);
        ChatMessage invitation = member.awaitAny(message -> message.text() != null
                && message.text().contains("Encuentro CRA: lectura en voz alta"));
        member.taps("Asistiré");
        member.awaitAny(message -> message.messageId() == invitation.messageId()
                && message.text().contains("Tu respuesta: ✅ Asistiré"));

        coordination.says("/encuentros");
        coordination.awaitLastContaining("Encuentros que gestionas");
        coordination.taps("Encuentro CRA");
        coordination.awaitLastContaining("Gestionar encuentro");
        coordination.taps("Editar");
        coordination.awaitLastContaining("¿Qué quieres cambiar");
        coordination.taps("Lugar");
        coordination.awaitLastContaining("¿Dónde será?");
        coordination.says("Escuela Santa María");
        coordination.awaitLastContaining("dirección");
        coordination.says("Calle Sotomayor 800, Iquique");
        coordination.awaitLastContaining("coordenadas");
        coordination.says("-20.2141, -70.1524");
        coordination.awaitLastContaining("¿Guardo los cambios?");
        coordination.taps("Guardar cambios");
        coordination.awaitLastContaining("Guardé los cambios");

        member.awaitAny(message -> message.text() != null && message.text().contains("Cambio en un encuentro")
                && message.text().contains("Escuela Santa María, Calle Sotomayor 800, Iquique"));
        member.awaitAny(message -> message.messageId() == invitation.messageId()
                && message.text().contains("Escuela Santa María") && message.text().contains("Tu respuesta: ✅ Asistiré"));
        eventually().until(() -> telegram.calls("sendVenue").stream()
                .anyMatch(call -> call.chatId() == hugo.id() && call.httpStatus() == 200));
        eventually().until(() -> telegram.calls("sendDocument").stream()
                .filter(call -> call.chatId() == hugo.id() && call.httpStatus() == 200).count() == 2);

        coordination.says("/encuentros");
        coordination.awaitLastContaining("Encuentros que gestionas");
        coordination.taps("Encuentro CRA");
        coordination.awaitLastContaining("Gestionar encuentro");
        coordination.taps("Cancelar encuentro");
        // The question takes the menu's place, and so does the answer.
        coordination.awaitLatest(message -> message.text().contains("no se puede deshacer"));
        coordination.taps("Sí, cancelar encuentro");
        coordination.awaitLatest(message -> message.text().contains("Cancelaste"));

        member.awaitAny(message -> message.text() != null && message.text().contains("Se canceló el encuentro"));
        member.awaitAny(message -> message.messageId() == invitation.messageId()
                && message.text().contains("Este encuentro fue cancelado") && message.buttons().isEmpty());
        eventually().until(() -> telegram.calls("sendDocument").stream()
                .filter(call -> call.chatId() == hugo.id() && call.httpStatus() == 200).count() == 3);
        assertThat(jdbc.queryForObject("SELECT status FROM encuentro WHERE id = ?", String.class, id))
                .isEqualTo("CANCELLED");
    }
}
