package cl.slep.encuentros.bot.internal.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.HarnessTest;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.StaffDirectory;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /nuevo_encuentro step by step, as a coordinator types it. The harness clock is Monday 4 May 2026, 09:00. */
class NewEncuentroConversationTests extends HarnessTest {

    private static final AtomicLong nextCoordinator = new AtomicLong(777_950_000L);

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

    @Test
    void aCoordinatorCreatesPreviewsAndPublishesAnEncuentroAndTheNetworkIsInvited() {
        BotHarness.Person member = registered("Elena", "Elena Castro");
        BotHarness.Person coordinator = coordinatorOf("DIRECTORES", "UTP");

        coordinator.says("/nuevo_encuentro");
        assertThat(coordinator.lastText()).contains("¿Cómo se llama el <b>encuentro</b>?");
        coordinator.says("Encuentro de directores: liderazgo pedagógico");
        assertThat(coordinator.last().labels()).as("only the networks they coordinate")
                .containsExactly("⬜ Red de Directores", "⬜ Red UTP", "Listo ✔");
        coordinator.taps("Red de Directores");
        coordinator.taps("Listo");
        coordinator.says("jueves 14 de mayo 9:00");
        assertThat(coordinator.lastText()).contains("¿A qué hora <b>termina</b>?");
        coordinator.says("2 h 30 min");
        coordinator.says("Liceo Bicentenario Minero, sala de reuniones");
        coordinator.says("Av. Arturo Prat 1200, Iquique");
        coordinator.says("-20.2208, -70.1431");
        coordinator.says("40");
        coordinator.says("1. Bienvenida\n2. Trabajo en grupos\n3. Cierre");

        assertThat(coordinator.lastText()).contains("Así verán la invitación",
                "Encuentro de directores: liderazgo pedagógico", "jueves 14 de mayo, 09:00 a 11:30",
                "Liceo Bicentenario Minero, sala de reuniones, Av. Arturo Prat 1200, Iquique", "Red de Directores",
                "Cupo: 40 personas", "2. Trabajo en grupos");
        assertThat(coordinator.last().labels()).containsExactly("📣 Publicar", "💾 Guardar borrador", "Cancelar");

        coordinator.taps("Publicar");

        assertThat(coordinator.lastText()).contains("<b>Encuentro publicado</b>", "liderazgo pedagógico", "Invité a");
        Map<String, Object> stored = jdbc.queryForMap("SELECT * FROM encuentro WHERE title = ?",
                "Encuentro de directores: liderazgo pedagógico");
        assertThat(stored.get("status")).isEqualTo("PUBLISHED");
        assertThat(stored.get("capacity")).isEqualTo(40);
        await().atMost(Duration.ofSeconds(10)).until(() -> member.messages().stream()
                .anyMatch(message -> message.text().contains("liderazgo pedagógico")));
    }

    @Test
    void theStartIsReadInEveryWayAChileanWritesIt() {
        BotHarness.Person coordinator = coordinatorOf("PIE");
        Map<String, String> typedToStored = Map.of(
                "14/05 9:00", "2026-05-14T09:00",
                "14-05-2026 09:00", "2026-05-14T09:00",
                "14/05/2026 9:00", "2026-05-14T09:00",
                "jueves 14 de mayo 9:00", "2026-05-14T09:00",
                "mañana 15:30", "2026-05-05T15:30",
                "hoy 16:00", "2026-05-04T16:00");
        typedToStored.forEach((typed, expected) -> {
            String title = "Encuentro PIE " + typed;
            coordinator.says("/nuevo_encuentro");
            coordinator.says(title);
            coordinator.taps("Red PIE");
            coordinator.taps("Listo");
            coordinator.says(typed);
            assertThat(coordinator.conversationStep()).as(typed).contains("end");
            coordinator.says("90 min");
            coordinator.says("Escuela Especial Flor del Inca");
            coordinator.says("Los Aromos 123, Alto Hospicio");
            coordinator.taps("Omitir");
            coordinator.taps("Sin cupo");
            coordinator.taps("Omitir");
            coordinator.taps("Guardar borrador");
            assertThat(coordinator.lastText()).contains("Guardé el borrador");
            Map<String, Object> stored = jdbc.queryForMap("SELECT * FROM encuentro WHERE title = ?", title);
            assertThat(stored.get("status")).isEqualTo("DRAFT");
            assertThat(String.valueOf(stored.get("starts_at_local")).replace(' ', 'T')).as(typed).startsWith(expected);
        });
    }

    @Test
    void whatCannotBeReadIsRefusedWithAnExampleAndTheQuestionStays() {
        BotHarness.Person coordinator = coordinatorOf("CRA");
        coordinator.says("/nuevo_encuentro");
        coordinator.says("ok");
        assertThat(recent(coordinator)).contains("entre 3 y 200 caracteres");
        coordinator.says("Encuentro CRA: lectura en voz alta");
        coordinator.taps("Listo");
        assertThat(coordinator.toasts()).last().asString().contains("al menos una red");
        coordinator.taps("Red CRA");
        coordinator.taps("Listo");

        coordinator.says("el otro jueves");
        assertThat(recent(coordinator)).contains("No entendí la fecha", "«10/04 9:00»");
        coordinator.says("31/02 9:00");
        assertThat(recent(coordinator)).contains("no existe en el calendario");
        coordinator.says("03/05/2026 9:00");
        assertThat(recent(coordinator)).contains("ya pasaron");
        coordinator.says("14/05");
        assertThat(recent(coordinator)).contains("Me falta la hora");
        assertThat(coordinator.conversationStep()).contains("when");

        coordinator.says("14/05 15:00");
        coordinator.says("14:00");
        assertThat(recent(coordinator)).contains("después del inicio");
        coordinator.says("16:30");
        coordinator.says("Biblioteca municipal");
        coordinator.says("Calle Serrano 450, Iquique");
        coordinator.says("por ahí");
        assertThat(recent(coordinator)).contains("No encontré coordenadas");
        coordinator.taps("Omitir");
        coordinator.says("muchos");
        assertThat(recent(coordinator)).contains("solo el número de personas");
        coordinator.says("0");
        assertThat(recent(coordinator)).contains("al menos 1");
        coordinator.taps("Sin cupo");
        coordinator.taps("Omitir");

        coordinator.taps("Cancelar");

        assertThat(recent(coordinator)).contains("descarté el encuentro");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encuentro WHERE title = 'Encuentro CRA: lectura en voz alta'",
                Integer.class)).isZero();
        assertThat(coordinator.conversationStep()).isEmpty();
    }

    @Test
    void aParticipantWhoCoordinatesNothingCannotCreateOne() {
        BotHarness.Person member = registered("Fabián", "Fabián Ortiz");

        member.says("/nuevo_encuentro");

        assertThat(member.conversationStep()).isEmpty();
        assertThat(member.lastText()).doesNotContain("¿Cómo se llama");
    }

    /** The problem and the question asked again: the last two messages. */
    private static String recent(BotHarness.Person person) {
        java.util.List<BotHarness.BotMessage> messages = person.messages();
        return messages.subList(Math.max(0, messages.size() - 2), messages.size()).stream()
                .map(BotHarness.BotMessage::text).collect(java.util.stream.Collectors.joining("\n"));
    }

    private BotHarness.Person coordinatorOf(String... networkCodes) {
        long id = nextCoordinator.incrementAndGet();
        Set<Long> networks = java.util.Arrays.stream(networkCodes)
                .map(code -> catalogue.networkByCode(code).orElseThrow().id()).collect(java.util.stream.Collectors.toSet());
        staff.setCoordinatedNetworks(id, networks);
        return harness.person(id, "Coordinación");
    }
}
