package cl.slep.encuentros.bot.internal.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.HarnessTest;
import cl.slep.encuentros.encuentros.EncuentroDraft;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.scheduler.ReminderDispatch;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invitations, answers, the waiting list, reminders and nudges as participants see them in chat. Everyone here is
 * in the Red de Directores, so a newcomer is also invited to the encuentros of earlier tests still ahead (a late
 * joiner): each test counts only the messages about its own encuentro.
 */
class InvitationConversationTests extends HarnessTest {

    private static final AtomicLong nextCoordinator = new AtomicLong(777_900_000L);
    private static final LocalDateTime THURSDAY_NINE = LocalDateTime.parse("2026-05-14T09:00");

    @Autowired
    Encuentros encuentros;

    @Autowired
    StaffDirectory staff;

    /**
     * The harness database is shared by every conversation test: an encuentro left published would invite whoever
     * registers in a later test (a late joiner), and that invitation would land in the middle of its assertions.
     */
    @AfterEach
    void closeTheEncuentrosOfThisTest() {
        jdbc.update("UPDATE encuentro SET status = 'CANCELLED' WHERE status IN ('DRAFT', 'PUBLISHED')");
    }

    @Autowired
    Catalogue catalogue;

    @Autowired
    ReminderDispatch reminders;

    @Test
    void everyMemberIsInvitedAndAnAnswerRedrawsTheInvitationWithAChangeButton() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");

        long encuentro = publish("Encuentro de directores: convivencia", null);

        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "directores: convivencia").size() == 1);
        assertThat(about(ana, "directores: convivencia").get(0).text()).contains("Invitación a un encuentro de tu red",
                "Encuentro de directores: convivencia", "jueves 14 de mayo, 09:00 a 11:30",
                "Liceo Bicentenario, Av. Arturo Prat 1200, Iquique", "Red de Directores", "1. Bienvenida",
                "¿Asistirás?");
        assertThat(about(ana, "directores: convivencia").get(0).labels())
                .containsExactly("✅ Asistiré", "❌ No podré", "🤔 Tal vez", "📆 Agregar a Google Calendar");
        assertThat(about(ana, "directores: convivencia").get(0).keyboard().get(1).get(0).path("url").asText())
                .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE");
        assertThat(jdbc.queryForList("SELECT payload FROM outbox_message WHERE chat_id = ? AND dedup_key LIKE ?",
                String.class, ana.id(), "invitation-ics:" + encuentro + ":%")).singleElement().asString()
                .contains("\"type\":\"document\"", ".ics");

        tap(ana, "directores: convivencia", "Asistiré");

        assertThat(about(ana, "directores: convivencia")).as("edited in place").hasSize(1);
        assertThat(about(ana, "directores: convivencia").get(0).text()).contains("Tu respuesta: ✅ <b>Asistiré</b>")
                .doesNotContain("¿Asistirás?");
        assertThat(about(ana, "directores: convivencia").get(0).labels()).containsExactly("Cambiar respuesta");
        assertThat(ana.toasts()).last().isEqualTo("¡Listo, anotado! 👍");
        assertThat(answerOf(encuentro, ana)).isEqualTo("YES");

        tap(ana, "directores: convivencia", "Cambiar respuesta");
        assertThat(about(ana, "directores: convivencia").get(0).labels()).containsExactly("✅ Asistiré", "❌ No podré", "🤔 Tal vez");
        tap(ana, "directores: convivencia", "Tal vez");
        assertThat(about(ana, "directores: convivencia").get(0).text()).contains("Tu respuesta: 🤔 <b>Tal vez</b>");
        assertThat(answerOf(encuentro, ana)).isEqualTo("MAYBE");
    }

    @Test
    void aFullEncuentroPutsTheNextYesOnTheWaitingListAndAFreedPlaceGoesToTheFirstInLine() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        BotHarness.Person bruno = registered("Bruno", "Bruno Díaz");
        publish("Encuentro con cupo", 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> about(bruno, "Encuentro con cupo").size() == 1
                && about(ana, "Encuentro con cupo").size() == 1);

        tap(ana, "Encuentro con cupo", "Asistiré");
        tap(bruno, "Encuentro con cupo", "Asistiré");

        assertThat(about(bruno, "Encuentro con cupo").get(0).text()).contains("lista de espera</b> (lugar 1)");

        tap(ana, "Encuentro con cupo", "Cambiar respuesta");
        tap(ana, "Encuentro con cupo", "No podré");

        await().atMost(Duration.ofSeconds(10)).until(() -> about(bruno, "Encuentro con cupo").size() == 2);
        assertThat(about(bruno, "Encuentro con cupo").get(1).text()).contains("¡Se liberó un cupo y es tuyo!");
        assertThat(about(bruno, "Encuentro con cupo").get(1).labels()).containsExactly("Cambiar respuesta");
    }

    @Test
    void remindersGoOnceToThoseWhoSaidYesOrMaybeBeforeTheirMomentAndTheNudgeToThoseWhoDidNotAnswer() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        BotHarness.Person bruno = registered("Bruno", "Bruno Díaz");
        BotHarness.Person carla = registered("Carla", "Carla Muñoz");
        BotHarness.Person dario = registered("Darío", "Darío Soto");
        long encuentro = publish("Encuentro recordado", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> about(dario, "Encuentro recordado").size() == 1
                && about(ana, "Encuentro recordado").size() == 1 && about(bruno, "Encuentro recordado").size() == 1
                && about(carla, "Encuentro recordado").size() == 1);
        tap(ana, "Encuentro recordado", "Asistiré");
        tap(bruno, "Encuentro recordado", "No podré");
        tap(carla, "Encuentro recordado", "Tal vez");
        Instant dayBefore = Instant.parse("2026-05-13T13:00:00Z");
        reminders.remind(encuentro, "P1D", dayBefore);
        reminders.remind(encuentro, "P1D", dayBefore);

        assertThat(about(ana, "Recordatorio:")).singleElement().satisfies(reminder -> {
            assertThat(reminder.text()).contains("Encuentro recordado", "jueves 14 de mayo, 09:00 a 11:30");
            assertThat(reminder.labels()).containsExactly("✅ Sigo asistiendo", "❌ Ya no podré");
        });
        assertThat(about(carla, "Recordatorio:")).hasSize(1);
        assertThat(about(bruno, "Recordatorio:")).as("said no").isEmpty();
        assertThat(about(dario, "Recordatorio:")).as("did not answer").isEmpty();

        reminders.remind(encuentro, "PT2H", clock.instant().minusSeconds(1));
        assertThat(about(ana, "Recordatorio:")).as("answered after the moment the offset names").hasSize(1);

        reminders.nudge(encuentro, Instant.parse("2026-05-12T13:00:00Z"));
        assertThat(about(dario, "Aún no me dices si vas")).singleElement()
                .satisfies(nudge -> assertThat(nudge.text()).contains("Encuentro recordado"));
        assertThat(about(ana, "Aún no me dices si vas")).isEmpty();

        tap(ana, "Recordatorio:", "Ya no podré");
        assertThat(answerOf(encuentro, ana)).isEqualTo("NO");
        assertThat(about(ana, "Recordatorio:").get(0).text()).contains("Tu respuesta: ❌ <b>No podré</b>");
    }

    @Test
    void answersCloseWhenTheEncuentroStartsAndEncuentrosListsWhatIsAhead() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        long encuentro = publish("Encuentro por empezar", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Encuentro por empezar").size() == 1);

        ana.says("/encuentros");
        assertThat(about(ana, "Encuentro por empezar")).hasSize(2).last()
                .satisfies(shown -> assertThat(shown.text()).contains("¿Asistirás?"));
        tap(ana, "Encuentro por empezar", "Asistiré");
        ana.says("/encuentros");
        assertThat(about(ana, "Encuentro por empezar")).hasSize(3).last()
                .satisfies(shown -> assertThat(shown.text()).contains("Tu respuesta: ✅ <b>Asistiré</b>"));

        clock.set(Instant.parse("2026-05-14T13:00:00Z"));
        tap(ana, "Encuentro por empezar", "Cambiar respuesta");

        assertThat(ana.toasts()).last().asString().contains("ya comenzó");
        assertThat(answerOf(encuentro, ana)).isEqualTo("YES");
    }

    @Test
    void theCoordinatorSeesTheCountsAndGetsTheListForExcel() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        BotHarness.Person bruno = registered("Bruno", "Bruno Díaz");
        publish("Encuentro con asistencia", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Encuentro con asistencia").size() == 1
                && about(bruno, "Encuentro con asistencia").size() == 1);
        tap(ana, "Encuentro con asistencia", "Asistiré");
        tap(bruno, "Encuentro con asistencia", "No podré");
        BotHarness.Person coordinator = harness.person(lastCoordinator, "Coordinación");

        coordinator.says("/asistencia");
        assertThat(coordinator.lastText()).contains("¿De qué encuentro quieres ver la asistencia?");
        coordinator.taps("Encuentro con asistencia");

        assertThat(coordinator.lastText()).contains("<b>Asistencia: Encuentro con asistencia</b>",
                "jueves 14 de mayo, 09:00 a 11:30", "✅ Asistiré: 1", "❌ No podré: 1", "Presentes: 0",
                "Por establecimiento", "Colegio Simón Bolívar");
        assertThat(jdbc.queryForList("SELECT payload FROM outbox_message WHERE chat_id = ?", String.class,
                coordinator.id())).anyMatch(payload -> payload.contains("\"type\":\"document\"")
                        && payload.contains(".csv"));
    }

    @Test
    void someoneWhoCoordinatesOtherNetworksCannotOpenTheAttendance() {
        publish("Encuentro ajeno", null);
        long encuentroOfOthers = lastEncuentro;
        long stranger = nextCoordinator.incrementAndGet();
        staff.setCoordinatedNetworks(stranger, Set.of(catalogue.networkByCode("CRA").orElseThrow().id()));
        BotHarness.Person other = harness.person(stranger, "Otra coordinación");

        other.presses(1, cl.slep.encuentros.bot.internal.buttons.ButtonCodec.encode(
                new AttendanceButtons(encuentroOfOthers)));

        assertThat(other.toasts()).last().asString().contains("ya no está entre los que coordinas");
        assertThat(other.messageCount()).isZero();
    }

    private long lastCoordinator;
    private long lastEncuentro;

    private long publish(String title, Integer capacity) {
        long coordinator = nextCoordinator.incrementAndGet();
        lastCoordinator = coordinator;
        Set<Long> directores = Set.of(catalogue.networkByCode("DIRECTORES").orElseThrow().id());
        staff.setCoordinatedNetworks(coordinator, directores);
        long id = encuentros.createDraft(coordinator, new EncuentroDraft(title,
                "Agenda: 1. Bienvenida 2. Trabajo en grupos", "Liceo Bicentenario", "Av. Arturo Prat 1200, Iquique",
                null, null, capacity, THURSDAY_NINE, THURSDAY_NINE.plusMinutes(150), directores)).id();
        encuentros.publish(coordinator, id);
        lastEncuentro = id;
        return id;
    }

    /** Taps a button on the newest message about this encuentro that has it. */
    private static void tap(BotHarness.Person person, String fragment, String label) {
        java.util.List<BotHarness.BotMessage> messages = about(person, fragment);
        for (int i = messages.size() - 1; i >= 0; i--) {
            java.util.Optional<String> data = messages.get(i).callbackData(label);
            if (data.isPresent()) {
                person.presses(messages.get(i).id(), data.get());
                return;
            }
        }
        throw new AssertionError("No button '" + label + "' on messages about '" + fragment + "': " + messages);
    }

    private static java.util.List<BotHarness.BotMessage> about(BotHarness.Person person, String fragment) {
        return person.messages().stream().filter(message -> message.text().contains(fragment)).toList();
    }

    private String answerOf(long encuentro, BotHarness.Person person) {
        return jdbc.queryForObject("SELECT i.answer FROM invitation i JOIN participant p ON p.id = i.participant_id"
                + " WHERE i.encuentro_id = ? AND p.telegram_user_id = ?", String.class, encuentro, person.id());
    }
}
