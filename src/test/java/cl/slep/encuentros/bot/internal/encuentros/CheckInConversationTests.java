package cl.slep.encuentros.bot.internal.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.HarnessTest;
import cl.slep.encuentros.encuentros.EncuentroDraft;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import cl.slep.encuentros.participants.StaffDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The QR code's deep link, {@code /start ci_<code>}, as people see it in chat. The harness clock starts at 09:00 in
 * Iquique on Monday 4 May 2026; the encuentros here run 10:00 to 12:00 that day, so their codes open at 09:00.
 * Encuentros of the Red CRA invite nobody of these tests (everyone registers in the Red de Directores): who checks
 * in there is a guest, and no invitation arrives in the middle of the assertions.
 */
class CheckInConversationTests extends HarnessTest {

    private static final AtomicLong nextCoordinator = new AtomicLong(779_700_000L);
    private static final LocalDateTime TEN = LocalDateTime.parse("2026-05-04T10:00");
    /** 09:30 in Iquique (UTC-4 in May): inside the window of an encuentro at 10:00. */
    private static final Instant HALF_PAST_NINE = Instant.parse("2026-05-04T13:30:00Z");

    @Autowired
    Encuentros encuentros;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Participants participants;

    @Autowired
    PendingCheckInCleanup dailyCleanup;

    @Autowired
    CheckInQr qr;

    @AfterEach
    void closeTheEncuentrosOfThisTest() {
        jdbc.update("UPDATE encuentro SET status = 'CANCELLED' WHERE status IN ('DRAFT', 'PUBLISHED')");
    }

    @Test
    void anInviteeWhoScansIsPresentAndScanningTwiceCountsOnce() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas Vega");
        long encuentro = publish("Encuentro de directores: liderazgo", "DIRECTORES", TEN, TEN.plusHours(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> ana.messages().stream()
                .anyMatch(message -> message.text().contains("directores: liderazgo")));
        clock.set(HALF_PAST_NINE);

        ana.says("/start " + payload(encuentro));

        assertThat(ana.lastText()).contains("Llegada registrada", "Encuentro de directores: liderazgo",
                "lunes 4 de mayo, 09:30").doesNotContain("invitada/o");
        assertThat(presence(encuentro, ana)).containsEntry("guest", false);

        clock.set(HALF_PAST_NINE.plusSeconds(600));
        ana.says("/start " + payload(encuentro));

        assertThat(ana.lastText()).contains("Ya habías registrado tu llegada", "a las 09:30");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation i JOIN participant p ON p.id = i.participant_id"
                + " WHERE i.encuentro_id = ? AND p.telegram_user_id = ?", Integer.class, encuentro, ana.id())).isOne();
        assertThat(presence(encuentro, ana).get("checked_in_at").toString()).startsWith("2026-05-04");
    }

    @Test
    void someoneNotInvitedIsCheckedInAsAGuest() {
        BotHarness.Person bruno = registered("Bruno", "Bruno Díaz Soto");
        long encuentro = publish("Encuentro CRA: lectura", "CRA", TEN, TEN.plusHours(2));
        clock.set(HALF_PAST_NINE);

        bruno.says("/start " + payload(encuentro));

        assertThat(bruno.lastText()).contains("Llegada registrada", "Encuentro CRA: lectura", "invitada/o");
        assertThat(presence(encuentro, bruno)).containsEntry("guest", true);
    }

    @Test
    void tooEarlyIsRefusedSayingWhenTheCodeOpens() {
        BotHarness.Person carla = registered("Carla", "Carla Muñoz Paz");
        long encuentro = publish("Encuentro CRA: temprano", "CRA", TEN, TEN.plusHours(2));
        clock.set(Instant.parse("2026-05-04T12:00:00Z"));

        carla.says("/start " + payload(encuentro));

        assertThat(carla.lastText()).contains("Aún no se puede registrar la llegada", "Encuentro CRA: temprano",
                "se abre el lunes 4 de mayo, 09:00", "empieza el lunes 4 de mayo, 10:00");
        assertThat(checkedIn(encuentro)).isZero();
    }

    @Test
    void afterTheEndIsRefused() {
        BotHarness.Person dario = registered("Darío", "Darío Soto Rivas");
        long encuentro = publish("Encuentro CRA: tarde", "CRA", TEN, TEN.plusHours(2));
        clock.set(Instant.parse("2026-05-04T16:00:00Z"));

        dario.says("/start " + payload(encuentro));

        assertThat(dario.lastText()).contains("«Encuentro CRA: tarde» ya terminó");
        assertThat(checkedIn(encuentro)).isZero();
    }

    @Test
    void theCodeOfAnotherEncuentroThatEndedIsRefusedWhileTheCurrentOneWorks() {
        BotHarness.Person elena = registered("Elena", "Elena Torres Mella");
        long morning = publish("Encuentro CRA: primera jornada", "CRA", TEN, TEN.plusHours(1));
        long noon = publish("Encuentro CRA: segunda jornada", "CRA", TEN.plusMinutes(90), TEN.plusHours(3));
        clock.set(Instant.parse("2026-05-04T15:45:00Z"));

        elena.says("/start " + payload(morning));
        assertThat(elena.lastText()).contains("«Encuentro CRA: primera jornada» ya terminó");

        elena.says("/start " + payload(noon));
        assertThat(elena.lastText()).contains("Llegada registrada", "segunda jornada");
        assertThat(checkedIn(morning)).isZero();
        assertThat(checkedIn(noon)).isOne();
    }

    @Test
    void aMalformedOrUnknownCodeAndACancelledEncuentroAreRefusedClearly() {
        BotHarness.Person fabian = registered("Fabián", "Fabián Rojo Pinto");
        long encuentro = publish("Encuentro CRA: suspendido", "CRA", TEN, TEN.plusHours(2));
        clock.set(HALF_PAST_NINE);

        fabian.says("/start ci_roto");
        assertThat(fabian.lastText()).contains("Ese código de llegada no es válido");
        fabian.says("/start ci_AAAAAAAAAAAAAAAA");
        assertThat(fabian.lastText()).contains("Ese código de llegada no es válido");

        encuentros.cancel(lastCoordinator, encuentro);
        fabian.says("/start " + payload(encuentro));
        assertThat(fabian.lastText()).contains("«Encuentro CRA: suspendido» fue cancelado");
        assertThat(checkedIn(encuentro)).isZero();
    }

    @Test
    void someoneNewRegistersFirstAndIsCheckedInWhenTheRegistrationCompletes() {
        long encuentro = publish("Encuentro CRA: recién llegados", "CRA", TEN, TEN.plusHours(2));
        clock.set(HALF_PAST_NINE);
        BotHarness.Person gloria = newPerson("Gloria");

        gloria.says("/start " + payload(encuentro));

        assertThat(gloria.messages()).extracting(BotHarness.BotMessage::text).anyMatch(text -> text.contains(
                "Escaneaste el código de llegada de «Encuentro CRA: recién llegados»"));
        assertThat(gloria.conversationStep()).contains("consent");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pending_checkin WHERE telegram_user_id = ?",
                Integer.class, gloria.id())).as("kept in the database, so a restart does not lose it").isOne();
        gloria.taps("Acepto");
        gloria.says("Gloria Paz Núñez");
        gloria.says("/start " + payload(encuentro));
        assertThat(gloria.messages()).extracting(BotHarness.BotMessage::text).anyMatch(text -> text.contains(
                "Termina tu registro y tu llegada quedará registrada"));
        assertThat(gloria.conversationStep()).as("the registration goes on where it was").contains("est");
        gloria.says("simon bolivar");
        gloria.taps("Colegio Simón Bolívar");
        gloria.taps("Director/a");
        gloria.taps("Listo");
        gloria.taps("Confirmar");

        List<String> texts = gloria.messages().stream().map(BotHarness.BotMessage::text).toList();
        assertThat(texts.get(texts.size() - 2)).contains("Tu registro quedó listo");
        assertThat(texts.get(texts.size() - 1)).contains("Llegada registrada", "recién llegados", "invitada/o");
        assertThat(presence(encuentro, gloria)).containsEntry("guest", true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pending_checkin WHERE telegram_user_id = ?",
                Integer.class, gloria.id())).isZero();
    }

    @Test
    void someoneInTheMiddleOfAnotherConversationIsCheckedInAndTheQuestionIsAskedAgain() {
        BotHarness.Person hilda = registered("Hilda", "Hilda Vera Castro");
        staff.setCoordinatedNetworks(hilda.id(), Set.of(catalogue.networkByCode("CRA").orElseThrow().id()));
        long encuentro = publish("Encuentro CRA: en medio", "CRA", TEN, TEN.plusHours(2));
        clock.set(HALF_PAST_NINE);
        hilda.says("/nuevo_encuentro");
        String step = hilda.conversationStep().orElseThrow();

        hilda.says("/start " + payload(encuentro));

        List<String> texts = hilda.messages().stream().map(BotHarness.BotMessage::text).toList();
        assertThat(texts.get(texts.size() - 2)).contains("Llegada registrada", "en medio");
        assertThat(texts.get(texts.size() - 1)).contains("¿Cómo se llama el <b>encuentro</b>?");
        assertThat(hilda.conversationStep()).contains(step);
        assertThat(checkedIn(encuentro)).isOne();
    }

    @Test
    void aCoordinatorMarksPeoplePresentByHandFindingThemByPartOfTheirName() {
        BotHarness.Person zoila = registered("Zoila", "Zoila Íñiguez Araya");
        long alba = 777_960_001L;
        participants.register(new RegistrationForm(alba, "Alba Iñiguez Rojas", null, "Escuela de prueba",
                SchoolRole.of("DOCENTE"), Set.of(catalogue.networkByCode("CRA").orElseThrow().id()), START));
        long encuentro = publish("Encuentro de directores: a mano", "DIRECTORES", TEN, TEN.plusHours(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> zoila.messages().stream()
                .anyMatch(message -> message.text().contains("directores: a mano")));
        BotHarness.Person coordinator = harness.person(lastCoordinator, "Coordinación");
        clock.set(HALF_PAST_NINE);
        coordinator.says("/asistencia");
        coordinator.taps("Encuentro de directores: a mano");
        assertThat(coordinator.last().labels()).containsExactly("📷 Código QR", "✍️ Marcar presente");

        coordinator.taps("Marcar presente");
        assertThat(coordinator.lastText()).contains("Marcar presente: Encuentro de directores: a mano");
        coordinator.says("Xochitl");
        assertThat(texts(coordinator)).element(texts(coordinator).size() - 2).asString()
                .contains("No encontré a nadie registrado con «Xochitl»");

        coordinator.says("iniguez");
        assertThat(coordinator.lastText()).contains("Coincidencias con «iniguez»");
        assertThat(coordinator.last().labels()).as("the invitee first, though the other comes first by name")
                .containsExactly("Zoila Íñiguez Araya (Colegio Simón Bolívar)", "Alba Iñiguez Rojas (Escuela de prueba)");
        coordinator.taps("Zoila");

        assertThat(coordinator.toasts()).last().isEqualTo("Presente ✓");
        assertThat(texts(coordinator)).element(texts(coordinator).size() - 2).asString()
                .contains("Zoila Íñiguez Araya quedó presente.");
        assertThat(presence(encuentro, zoila)).containsEntry("guest", false);
        coordinator.taps("Alba");
        assertThat(texts(coordinator)).element(texts(coordinator).size() - 2).asString()
                .contains("Alba Iñiguez Rojas quedó presente, como invitada/o");
        coordinator.taps("Zoila");
        assertThat(texts(coordinator)).element(texts(coordinator).size() - 2).asString()
                .contains("Zoila Íñiguez Araya ya estaba presente desde las 09:30");
        assertThat(checkedIn(encuentro)).isEqualTo(2);

        coordinator.says("ÍÑIGUEZ");
        assertThat(coordinator.last().labels()).allMatch(label -> label.startsWith("✓ "));
        coordinator.taps("Terminar");
        assertThat(coordinator.lastText()).contains("Listo ✅");
        assertThat(coordinator.conversationStep()).isEmpty();
    }

    @Test
    void aCoordinatorOfOtherNetworksGetsNeitherTheCodeNorTheList() {
        long encuentro = publish("Encuentro CRA: ajeno", "CRA", TEN, TEN.plusHours(2));
        long stranger = nextCoordinator.incrementAndGet();
        staff.setCoordinatedNetworks(stranger, Set.of(catalogue.networkByCode("ENLACES").orElseThrow().id()));
        BotHarness.Person other = harness.person(stranger, "Otra coordinación");

        other.presses(1, ButtonCodec.encode(new CheckInButtons(encuentro, CheckInButtons.Action.QR)));
        assertThat(other.lastText()).contains("no está entre los que coordinas");
        other.presses(1, ButtonCodec.encode(new CheckInButtons(encuentro, CheckInButtons.Action.BY_HAND)));
        assertThat(other.lastText()).contains("no está entre los que coordinas");
        assertThat(other.conversationStep()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ? AND payload LIKE ?",
                Integer.class, stranger, "%\"type\":\"photo\"%")).isZero();
    }

    @Test
    void theCodeOfSomeoneWhoNeverFinishedRegisteringIsForgottenWhenTheEncuentroEnds() {
        long encuentro = publish("Encuentro CRA: sin terminar", "CRA", TEN, TEN.plusHours(2));
        clock.set(HALF_PAST_NINE);
        BotHarness.Person ines = newPerson("Inés");
        ines.says("/start " + payload(encuentro));
        BotHarness.Person julia = newPerson("Julia");
        julia.says("/start ci_AAAAAAAAAAAAAAAA");
        assertThat(jdbc.queryForList("SELECT telegram_user_id FROM pending_checkin WHERE telegram_user_id IN (?, ?)",
                Long.class, ines.id(), julia.id())).as("an unknown code waits for nothing").containsExactly(ines.id());

        clock.set(Instant.parse("2026-05-04T15:59:00Z"));
        dailyCleanup.run();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pending_checkin WHERE telegram_user_id = ?",
                Integer.class, ines.id())).as("kept until the end").isOne();
        clock.set(Instant.parse("2026-05-04T16:00:00Z"));
        dailyCleanup.run();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pending_checkin WHERE telegram_user_id IN (?, ?)",
                Integer.class, ines.id(), julia.id())).isZero();
    }

    @Test
    void theQrStarterForTheLeadsMenuRefusesWhoMayNotManageTheEncuentroAndWaitsForTheBotsUsername() {
        long encuentro = publish("Encuentro CRA: menú", "CRA", TEN, TEN.plusHours(2));
        long stranger = nextCoordinator.incrementAndGet();
        staff.setCoordinatedNetworks(stranger, Set.of(catalogue.networkByCode("ENLACES").orElseThrow().id()));

        qr.send(stranger, stranger, encuentro);
        qr.send(lastCoordinator, lastCoordinator, encuentro);

        assertThat(harness.person(stranger, "Otra").lastText()).contains("no está entre los que coordinas");
        // The harness never reaches Telegram's getMe: without the username there is no link to draw.
        assertThat(harness.person(lastCoordinator, "Coordinación").lastText())
                .contains("Aún no sé el nombre de usuario del bot");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private long lastCoordinator;

    private static List<String> texts(BotHarness.Person person) {
        return person.messages().stream().map(BotHarness.BotMessage::text).toList();
    }

    private long publish(String title, String network, LocalDateTime start, LocalDateTime end) {
        long coordinator = nextCoordinator.incrementAndGet();
        lastCoordinator = coordinator;
        Set<Long> networks = Set.of(catalogue.networkByCode(network).orElseThrow().id());
        staff.setCoordinatedNetworks(coordinator, networks);
        long id = encuentros.createDraft(coordinator, new EncuentroDraft(title, "Programa", "Liceo Bicentenario",
                "Av. Arturo Prat 1200, Iquique", null, null, null, start, end, networks)).id();
        encuentros.publish(coordinator, id);
        return id;
    }

    private String payload(long encuentro) {
        return encuentros.find(encuentro).orElseThrow().checkInCode().startPayload();
    }

    private Map<String, Object> presence(long encuentro, BotHarness.Person person) {
        return jdbc.queryForMap("SELECT i.checked_in_at, i.guest FROM invitation i JOIN participant p"
                + " ON p.id = i.participant_id WHERE i.encuentro_id = ? AND p.telegram_user_id = ?"
                + " AND i.checked_in_at IS NOT NULL", encuentro, person.id());
    }

    private int checkedIn(long encuentro) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM invitation WHERE encuentro_id = ? AND checked_in_at IS NOT NULL",
                Integer.class, encuentro);
    }
}
