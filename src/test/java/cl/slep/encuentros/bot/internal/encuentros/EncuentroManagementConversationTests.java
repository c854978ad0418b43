package cl.slep.encuentros.bot.internal.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.HarnessTest;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.encuentros.EncuentroDraft;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.StaffDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator's menu of an encuentro (/encuentros → an encuentro): editing it, with the invitees told of a new
 * date or venue and their invitations redrawn; cancelling it; publishing a saved draft. Everyone registered here
 * is in the Red de Directores, like in the other conversation tests, so counts are read from the database.
 */
class EncuentroManagementConversationTests extends HarnessTest {

    private static final AtomicLong nextCoordinator = new AtomicLong(779_950_000L);
    private static final LocalDateTime THURSDAY_NINE = LocalDateTime.parse("2026-05-14T09:00");

    @Autowired
    Encuentros encuentros;

    @Autowired
    Rsvp rsvp;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Scheduler quartz;

    @Autowired
    cl.slep.encuentros.encuentros.CheckIns checkIns;

    /** Published encuentros would invite the people later tests register (see InvitationConversationTests). */
    @AfterEach
    void closeTheEncuentrosOfThisTest() {
        jdbc.update("UPDATE encuentro SET status = 'CANCELLED' WHERE status IN ('DRAFT', 'PUBLISHED')");
    }

    @Test
    void aNewDateIsAnnouncedOldToNewToThoseWhoDidNotDeclineWithTheirInvitationRedrawnAndANewCalendarFile() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        BotHarness.Person bruno = registered("Bruno", "Bruno Díaz");
        BotHarness.Person carla = registered("Carla", "Carla Muñoz");
        BotHarness.Person coordinator = coordinator();
        long encuentro = publish(coordinator, "Encuentro por mover");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(carla, "Encuentro por mover").size() == 1);
        tap(ana, "Encuentro por mover", "Asistiré");
        tap(bruno, "Encuentro por mover", "No podré");
        telegramDelivered(encuentro);
        String uid = jdbc.queryForObject("SELECT ical_uid FROM encuentro WHERE id = ?", String.class, encuentro);
        // 23:30 in Iquique: inside the quiet hours, yet a change is news they need now.
        clock.set(Instant.parse("2026-05-05T03:30:00Z"));

        coordinator.says("/encuentros");
        assertThat(coordinator.lastText()).contains("Encuentros que gestionas");
        coordinator.taps("Encuentro por mover");
        assertThat(coordinator.lastText()).contains("<b>Gestionar encuentro</b> · 📣 publicado", "Encuentro por mover",
                "jueves 14 de mayo, 09:00 a 11:30", "✅ Asistiré: 1", "❌ No podré: 1");
        assertThat(coordinator.last().labels())
                .containsExactly("📋 Asistencia", "📷 Código QR", "✏️ Editar", "🚫 Cancelar encuentro");
        coordinator.taps("Editar");
        assertThat(coordinator.lastText()).contains("¿Qué quieres cambiar de «Encuentro por mover»?");
        coordinator.taps("Fecha y hora");
        coordinator.says("ayer 10:00");
        assertThat(coordinator.lastText()).contains("día");
        coordinator.says("21/05 10:00");
        coordinator.says("12:30");
        int toTell = rsvp.toNotifyOfChange(encuentro).size();
        assertThat(coordinator.lastText()).contains("Así quedaría el encuentro",
                "Antes: <s>jueves 14 de mayo, 09:00 a 11:30</s>", "Ahora: <b>jueves 21 de mayo, 10:00 a 12:30</b>",
                "avisaré a " + toTell + " personas");
        coordinator.taps("Guardar cambios");

        assertThat(coordinator.lastText()).contains("Guardé los cambios de «Encuentro por mover»",
                "avisando del cambio a " + toTell + " personas");
        assertThat(jdbc.queryForObject("SELECT starts_at_local FROM encuentro WHERE id = ?", LocalDateTime.class,
                encuentro)).isEqualTo(LocalDateTime.parse("2026-05-21T10:00"));

        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Cambio en un encuentro").size() == 1
                && about(carla, "Cambio en un encuentro").size() == 1);
        assertThat(about(ana, "Cambio en un encuentro").get(0).text()).contains(
                "Antes: <s>jueves 14 de mayo, 09:00 a 11:30</s>", "Ahora: <b>jueves 21 de mayo, 10:00 a 12:30</b>",
                "Tu respuesta: ✅ <b>Asistiré</b>");
        assertThat(about(ana, "Cambio en un encuentro").get(0).labels()).containsExactly("Cambiar respuesta");
        assertThat(about(carla, "Cambio en un encuentro").get(0).labels())
                .containsExactly("✅ Asistiré", "❌ No podré", "🤔 Tal vez");
        assertThat(about(bruno, "Cambio en un encuentro")).as("declined: not told").isEmpty();
        assertThat(jdbc.queryForObject("SELECT MAX(not_before) FROM outbox_message WHERE dedup_key LIKE ?",
                Instant.class, "change:" + encuentro + ":%")).isBeforeOrEqualTo(clock.instant());

        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Invitación a un encuentro").get(0).text()
                .contains("jueves 21 de mayo, 10:00 a 12:30"));
        assertThat(about(ana, "Invitación a un encuentro").get(0).labels()).containsExactly("Cambiar respuesta");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(bruno, "Invitación a un encuentro").get(0).text()
                .contains("jueves 21 de mayo"));
        assertThat(about(carla, "Invitación a un encuentro").get(0).labels())
                .containsExactly("✅ Asistiré", "❌ No podré", "🤔 Tal vez", "📆 Agregar a Google Calendar");

        String newCalendar = calendarFile(encuentro, 1, ana);
        assertThat(newCalendar).contains("UID:" + uid, "SEQUENCE:1", "DTSTART;TZID=America/Santiago:20260521T100000");
        assertThat(calendarFile(encuentro, 0, ana)).contains("UID:" + uid, "SEQUENCE:0");
    }

    @Test
    void cancellingTellsThoseWhoDidNotDeclineCrossesOutTheInvitationsAndRemovesTheJobs() throws SchedulerException {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        BotHarness.Person bruno = registered("Bruno", "Bruno Díaz");
        BotHarness.Person coordinator = coordinator();
        long encuentro = publish(coordinator, "Encuentro por cancelar");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(bruno, "Encuentro por cancelar").size() == 1
                && !jobs(encuentro).isEmpty());
        tap(ana, "Encuentro por cancelar", "Asistiré");
        tap(bruno, "Encuentro por cancelar", "No podré");
        telegramDelivered(encuentro);
        int toTell = rsvp.toNotifyOfChange(encuentro).size();

        coordinator.says("/encuentros");
        coordinator.taps("Encuentro por cancelar");
        coordinator.taps("Cancelar encuentro");
        assertThat(coordinator.lastText()).contains("¿Cancelar «Encuentro por cancelar»",
                "Avisaré a " + toTell + " personas", "no se puede deshacer");
        coordinator.taps("No, volver");
        assertThat(coordinator.lastText()).contains("<b>Gestionar encuentro</b>");
        coordinator.taps("Cancelar encuentro");
        coordinator.taps("Sí, cancelar encuentro");

        assertThat(coordinator.lastText()).contains("Cancelaste «Encuentro por cancelar»",
                "avisando a " + toTell + " personas");
        assertThat(jdbc.queryForObject("SELECT status FROM encuentro WHERE id = ?", String.class, encuentro))
                .isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Se canceló el encuentro").size() == 1);
        assertThat(about(ana, "Se canceló el encuentro").get(0).text())
                .contains("«Encuentro por cancelar»", "jueves 14 de mayo, 09:00 a 11:30");
        assertThat(about(bruno, "Se canceló el encuentro")).as("declined: not told").isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Este encuentro fue cancelado").size() == 1);
        assertThat(about(ana, "Este encuentro fue cancelado").get(0).labels()).isEmpty();
        assertThat(calendarFile(encuentro, 1, ana)).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1");
        await().atMost(Duration.ofSeconds(10)).until(() -> jobs(encuentro).isEmpty());

        // A button still on screen somewhere (a reminder, /encuentros) is refused with the reason.
        ana.presses(about(ana, "Este encuentro fue cancelado").get(0).id(),
                ButtonCodec.encode(new RsvpButtons.Reply(encuentro, cl.slep.encuentros.encuentros.Answer.NO,
                        RsvpButtons.Card.INVITATION)));
        assertThat(ana.toasts()).last().asString().contains("cancel");
    }

    @Test
    void aNewVenueWithCoordinatesIsAnnouncedWithThePlaceOnTheMap() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        BotHarness.Person coordinator = coordinator();
        long encuentro = publish(coordinator, "Encuentro por trasladar");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Encuentro por trasladar").size() == 1);
        tap(ana, "Encuentro por trasladar", "Tal vez");

        coordinator.says("/encuentros");
        coordinator.taps("Encuentro por trasladar");
        coordinator.taps("Editar");
        coordinator.taps("Lugar");
        coordinator.says("Escuela Arturo Prat");
        coordinator.says("Av. La Tirana 3900, Alto Hospicio");
        coordinator.says("-20.2700, -70.1000");
        assertThat(coordinator.lastText()).contains(
                "Antes: <s>Liceo Bicentenario, Av. Arturo Prat 1200, Iquique</s>",
                "Ahora: <b>Escuela Arturo Prat, Av. La Tirana 3900, Alto Hospicio</b>");
        coordinator.taps("Guardar cambios");

        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Cambio en un encuentro").size() == 1);
        assertThat(about(ana, "Cambio en un encuentro").get(0).text()).contains("Tu respuesta: 🤔 <b>Tal vez</b>")
                .doesNotContain("🗓 Antes");
        long participant = jdbc.queryForObject("SELECT id FROM participant WHERE telegram_user_id = ?", Long.class,
                ana.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "SELECT payload FROM outbox_message WHERE chat_id = ? AND kind = 'VENUE'", String.class, ana.id())
                .size() == 1);
        assertThat(jdbc.queryForObject("SELECT payload FROM outbox_message WHERE chat_id = ? AND kind = 'VENUE'",
                String.class, ana.id())).contains("\"latitude\":-20.27", "\"title\":\"Escuela Arturo Prat\"",
                        "Alto Hospicio");
        assertThat(calendarFile(encuentro, 1, ana)).contains("Escuela Arturo Prat");
        assertThat(participant).isPositive();
    }

    @Test
    void whenItEndsTheCoordinatorWhoCreatedItIsToldHowManyCame() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        BotHarness.Person coordinator = coordinator();
        long encuentro = publish(coordinator, "Encuentro que termina");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Encuentro que termina").size() == 1);
        tap(ana, "Encuentro que termina", "Asistiré");
        long participant = jdbc.queryForObject("SELECT id FROM participant WHERE telegram_user_id = ?", Long.class,
                ana.id());
        clock.set(Instant.parse("2026-05-14T13:30:00Z"));
        checkIns.checkInByHand(coordinator.id(), encuentro, participant);
        clock.set(Instant.parse("2026-05-14T15:31:00Z"));

        assertThat(encuentros.end(encuentro)).isTrue();
        assertThat(encuentros.end(encuentro)).as("once").isFalse();

        await().atMost(Duration.ofSeconds(10)).until(() -> about(coordinator, "Terminó").size() == 1);
        assertThat(about(coordinator, "Terminó").get(0).text()).contains("«Encuentro que termina»", "Presentes: 1",
                "confirmadas: 1");
        coordinator.taps("Asistencia");
        assertThat(coordinator.lastText()).contains("<b>Asistencia: Encuentro que termina</b>");
    }

    @Test
    void aSavedDraftIsReopenedEditedAndPublished() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        BotHarness.Person coordinator = coordinator();
        long draft = encuentros.createDraft(coordinator.id(), draft("Borrador de jornada")).id();

        coordinator.says("/encuentros");
        assertThat(coordinator.last().labels()).anyMatch(label -> label.startsWith("📝 Borrador de jornada"));
        coordinator.taps("Borrador de jornada");
        assertThat(coordinator.lastText()).contains("borrador (aún no invitas a nadie)");
        assertThat(coordinator.last().labels()).containsExactly("📣 Publicar", "✏️ Editar", "🗑 Descartar borrador");
        long menu = coordinator.last().id();
        coordinator.taps("Editar");
        coordinator.taps("Nombre");
        coordinator.says("Jornada de directores: convivencia");
        assertThat(coordinator.lastText()).contains("Nombre: <s>Borrador de jornada</s> → <b>Jornada de directores: convivencia</b>")
                .doesNotContain("avisaré");
        coordinator.taps("Guardar cambios");
        assertThat(coordinator.lastText()).contains("Guardé los cambios de «Jornada de directores: convivencia»");
        assertThat(about(ana, "Jornada de directores")).as("a draft invites nobody").isEmpty();

        coordinator.presses(menu, coordinator.messages().stream().filter(message -> message.id() == menu)
                .findFirst().orElseThrow().callbackData("Publicar").orElseThrow());

        int invited = rsvp.invitations(draft).size();
        assertThat(invited).isPositive();
        assertThat(coordinator.messages().stream().filter(message -> message.id() == menu).findFirst().orElseThrow()
                .text()).contains("Encuentro publicado", "«Jornada de directores: convivencia»");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Jornada de directores: convivencia").size() == 1);
    }

    @Test
    void aDraftIsDiscardedAfterAskingAndAnotherCoordinatorsEncuentroCannotBeTouched() {
        BotHarness.Person coordinator = coordinator();
        long draft = encuentros.createDraft(coordinator.id(), draft("Borrador descartable")).id();
        coordinator.says("/encuentros");
        coordinator.taps("Borrador descartable");
        coordinator.taps("Descartar borrador");
        assertThat(coordinator.lastText()).contains("¿Descartar el borrador «Borrador descartable»?");
        coordinator.taps("Sí, descartar");
        assertThat(coordinator.lastText()).contains("Descarté el borrador «Borrador descartable»");
        assertThat(jdbc.queryForObject("SELECT status FROM encuentro WHERE id = ?", String.class, draft))
                .isEqualTo("CANCELLED");

        long other = encuentros.createDraft(coordinator.id(), draft("Encuentro ajeno al CRA")).id();
        long stranger = nextCoordinator.incrementAndGet();
        staff.setCoordinatedNetworks(stranger, Set.of(catalogue.networkByCode("CRA").orElseThrow().id()));
        BotHarness.Person cra = harness.person(stranger, "Coordinación CRA");
        cra.presses(1, ButtonCodec.encode(new ManageButtons.ConfirmCancel(other)));
        cra.presses(1, ButtonCodec.encode(new ManageButtons.Edit(other)));

        assertThat(cra.toasts()).hasSize(2).allSatisfy(toast -> assertThat(toast).contains("ya no está entre los que gestionas"));
        assertThat(jdbc.queryForObject("SELECT status FROM encuentro WHERE id = ?", String.class, other))
                .isEqualTo("DRAFT");
        assertThat(cra.conversationStep()).isEmpty();
    }

    @Test
    void aNetworkIsAddedToAPublishedEncuentroAndItsMembersInvitedWhileAnInvitedOneStays() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        BotHarness.Person ursula = registered("Úrsula", "Úrsula Vega");
        // Only in the Red UTP: not invited until the coordinator adds it.
        long ursulaId = jdbc.queryForObject("SELECT id FROM participant WHERE telegram_user_id = ?", Long.class,
                ursula.id());
        jdbc.update("DELETE FROM participant_network WHERE participant_id = ?", ursulaId);
        jdbc.update("INSERT INTO participant_network (participant_id, network_id) VALUES (?, ?)", ursulaId, utp());
        BotHarness.Person coordinator = coordinator();
        staff.setCoordinatedNetworks(coordinator.id(), Set.of(directores(), utp()));
        long encuentro = publish(coordinator, "Encuentro que suma una red");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "Encuentro que suma una red").size() == 1);
        assertThat(about(ursula, "Encuentro que suma una red")).isEmpty();

        coordinator.says("/encuentros");
        coordinator.taps("Encuentro que suma una red");
        coordinator.taps("Editar");
        coordinator.taps("Redes invitadas");
        assertThat(coordinator.lastText()).contains("Las que ya están invitadas se mantienen");
        coordinator.taps("Red de Directores");
        assertThat(coordinator.toasts()).last().asString().contains("Esa red ya está invitada y se mantiene");
        coordinator.taps("Red UTP");
        coordinator.taps("Listo");
        assertThat(coordinator.lastText()).contains("Así quedaría el encuentro",
                "Redes: Red de Directores → <b>Red de Directores, Red UTP</b>",
                "invitaré a quienes integran las redes agregadas");
        int invitedBefore = rsvp.invitations(encuentro).size();
        coordinator.taps("Guardar cambios");

        int added = rsvp.invitations(encuentro).size() - invitedBefore;
        assertThat(added).isPositive();
        assertThat(coordinator.lastText()).contains("Guardé los cambios de «Encuentro que suma una red»",
                added == 1 ? "Invité a 1 persona de las redes agregadas" : "Invité a " + added + " personas");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ursula, "Encuentro que suma una red").size() == 1);
        assertThat(about(ursula, "Encuentro que suma una red").get(0).labels())
                .contains("✅ Asistiré", "❌ No podré", "🤔 Tal vez");
        assertThat(about(ana, "Invitación a un encuentro")).as("invited once").hasSize(1);
        assertThat(jdbc.queryForList("SELECT n.code FROM encuentro_network en JOIN network n ON n.id = en.network_id "
                + "WHERE en.encuentro_id = ?", String.class, encuentro)).containsExactlyInAnyOrder("DIRECTORES", "UTP");
    }

    @Test
    void aParticipantWhoIsNotStaffSeesNoManagementAndSomeoneUnregisteredIsSentToRegister() {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        ana.says("/encuentros");
        assertThat(ana.messages()).noneMatch(message -> message.text().contains("Encuentros que gestionas"));

        BotHarness.Person stranger = newPerson("Pedro");
        stranger.says("/encuentros");
        assertThat(stranger.lastText()).contains("primero necesito registrarte");
    }

    private BotHarness.Person coordinator() {
        long id = nextCoordinator.incrementAndGet();
        staff.setCoordinatedNetworks(id, Set.of(directores()));
        return harness.person(id, "Coordinación");
    }

    private long utp() {
        return catalogue.networkByCode("UTP").orElseThrow().id();
    }

    private long directores() {
        return catalogue.networkByCode("DIRECTORES").orElseThrow().id();
    }

    private EncuentroDraft draft(String title) {
        return new EncuentroDraft(title, "Agenda: 1. Bienvenida", "Liceo Bicentenario", "Av. Arturo Prat 1200, Iquique",
                null, null, null, THURSDAY_NINE, THURSDAY_NINE.plusMinutes(150), Set.of(directores()));
    }

    private long publish(BotHarness.Person coordinator, String title) {
        long id = encuentros.createDraft(coordinator.id(), draft(title)).id();
        encuentros.publish(coordinator.id(), id);
        return id;
    }

    /** What the sender does once Telegram accepted them: the outbox row carries the message's id. */
    private void telegramDelivered(long encuentro) {
        jdbc.update("UPDATE outbox_message SET status = 'SENT', telegram_message_id = id, sent_at = CURRENT_TIMESTAMP"
                + " WHERE correlation = ?", "invitation:" + encuentro);
    }

    private String calendarFile(long encuentro, int sequence, BotHarness.Person person) {
        long participant = jdbc.queryForObject("SELECT id FROM participant WHERE telegram_user_id = ?", Long.class,
                person.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE dedup_key = ?", Integer.class,
                "invitation-ics:" + encuentro + ":" + sequence + ":" + participant) == 1);
        byte[] file = jdbc.queryForObject("SELECT attachment FROM outbox_message WHERE dedup_key = ?", byte[].class,
                "invitation-ics:" + encuentro + ":" + sequence + ":" + participant);
        return new String(file, StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    private List<?> jobs(long encuentro) {
        try {
            return List.copyOf(quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals("encuentro:" + encuentro)));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void tap(BotHarness.Person person, String fragment, String label) {
        List<BotHarness.BotMessage> messages = about(person, fragment);
        for (int i = messages.size() - 1; i >= 0; i--) {
            Optional<String> data = messages.get(i).callbackData(label);
            if (data.isPresent()) {
                person.presses(messages.get(i).id(), data.get());
                return;
            }
        }
        throw new AssertionError("No button '" + label + "' on messages about '" + fragment + "': " + messages);
    }

    private static List<BotHarness.BotMessage> about(BotHarness.Person person, String fragment) {
        return person.messages().stream().filter(message -> message.text().contains(fragment)).toList();
    }
}
