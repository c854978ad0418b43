package cl.slep.encuentros.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.slep.encuentros.participants.ParticipantProfile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CheckInAndAttendanceTests extends EncuentrosDatabaseTest {

    /** Wednesday 1 April 2026 15:00–17:00 local (18:00–20:00 UTC); the code works from 14:00 (PT1H before). */
    private static final LocalDateTime AFTERNOON = local("2026-04-01T15:00");
    private static final Instant OPENS = Instant.parse("2026-04-01T17:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-04-01T20:00:00Z");

    @Autowired
    CheckIns checkIns;

    @Autowired
    Attendance attendance;

    @Test
    void theCodeWorksFromAnHourBeforeTheStartUntilTheEndAndTwiceCountsOnce() {
        ParticipantProfile ana = member("Ana Rojas", "PIE");
        long id = published("PIE", AFTERNOON, null, "PIE");
        String payload = encuentros.find(id).orElseThrow().checkInCode().startPayload();

        clock.set(OPENS.minusSeconds(1));
        assertThat(checkIns.checkIn(payload, ana.id()))
                .isEqualTo(new CheckInResult(CheckInOutcome.NOT_YET_OPEN, id, null, false));

        clock.set(OPENS);
        CheckInResult first = checkIns.checkIn(payload, ana.id());
        assertThat(first).isEqualTo(new CheckInResult(CheckInOutcome.CHECKED_IN, id, OPENS, false));

        clock.set(OPENS.plusSeconds(600));
        assertThat(checkIns.checkIn(payload.substring(3), ana.id()))
                .isEqualTo(new CheckInResult(CheckInOutcome.ALREADY_CHECKED_IN, id, OPENS, false));
        assertThat(rsvp.invitation(id, ana.id()).orElseThrow().checkedInAt()).isEqualTo(OPENS);

        clock.set(ENDS);
        ParticipantProfile late = member("Bruno Díaz", "PIE");
        assertThat(checkIns.checkIn(payload, late.id()).outcome()).isEqualTo(CheckInOutcome.CLOSED);
    }

    @Test
    void malformedUnknownOtherAndCancelledCodesAreRefusedWithAReason() {
        ParticipantProfile ana = member("Ana Rojas", "UTP");
        long id = published("UTP", AFTERNOON, null, "UTP");
        long other = published("UTP 2", AFTERNOON, null, "UTP");
        String otherCode = encuentros.find(other).orElseThrow().checkInCode().value();
        clock.set(OPENS);

        assertThat(checkIns.checkIn("ci_short", ana.id()).outcome()).isEqualTo(CheckInOutcome.MALFORMED);
        assertThat(checkIns.checkIn("ci_" + "!".repeat(16), ana.id()).outcome()).isEqualTo(CheckInOutcome.MALFORMED);
        assertThat(checkIns.checkIn(null, ana.id()).outcome()).isEqualTo(CheckInOutcome.MALFORMED);
        assertThat(checkIns.checkIn("ci_AAAAAAAAAAAAAAAA", ana.id()).outcome())
                .isEqualTo(CheckInOutcome.UNKNOWN_CODE);
        assertThat(checkIns.checkIn(id, otherCode, ana.id()))
                .isEqualTo(new CheckInResult(CheckInOutcome.OTHER_ENCUENTRO, other, null, false));
        assertThat(rsvp.invitation(other, ana.id()).orElseThrow().present()).isFalse();

        long coordinator = coordinator("UTP");
        long cancelled = encuentros.createDraft(coordinator, draft("Cancelado", AFTERNOON, null, "UTP")).id();
        String draftCode = encuentros.find(cancelled).orElseThrow().checkInCode().value();
        assertThat(checkIns.checkIn(draftCode, ana.id()).outcome()).as("a draft's code was never shown")
                .isEqualTo(CheckInOutcome.UNKNOWN_CODE);
        encuentros.publish(coordinator, cancelled);
        encuentros.cancel(coordinator, cancelled);
        assertThat(checkIns.checkIn(draftCode, ana.id()).outcome()).isEqualTo(CheckInOutcome.CANCELLED);
    }

    @Test
    void someoneNotInvitedIsCheckedInAsAGuestAndACoordinatorMarksByHand() {
        ParticipantProfile guest = member("Carla Soto", "EPJA");
        ParticipantProfile invited = member("Diego Paz", "CRA");
        long coordinator = coordinator("CRA");
        long id = encuentros.createDraft(coordinator, draft("CRA", AFTERNOON, null, "CRA")).id();
        encuentros.publish(coordinator, id);
        clock.set(OPENS.plusSeconds(60));

        CheckInResult result = checkIns.checkIn(encuentros.find(id).orElseThrow().checkInCode().value(), guest.id());
        assertThat(result.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(result.guest()).isTrue();
        assertThat(rsvp.invitation(id, guest.id()).orElseThrow().guest()).isTrue();

        assertThatThrownBy(() -> checkIns.checkInByHand(coordinator("UTP"), id, invited.id()))
                .isInstanceOf(EncuentroAccessDenied.class);
        clock.set(ENDS.plusSeconds(3600));
        encuentros.end(id);
        assertThat(checkIns.checkInByHand(coordinator, id, invited.id()).outcome())
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(rsvp.invitation(id, invited.id()).orElseThrow().checkedInAt()).isEqualTo(ENDS.plusSeconds(3600));
    }

    @Test
    void theSummaryCountsAnswersPresenceAndGuestsOverallAndByEstablishment() {
        String network = newNetwork("Red de prueba del resumen");
        long first = establishment(0);
        long second = establishment(1);
        ParticipantProfile ana = member("Ana Rojas", first, network);
        ParticipantProfile bea = member("Beatriz Luna", first, network);
        ParticipantProfile ciro = member("Ciro Vega", second, network);
        ParticipantProfile dora = member("Dora Silva", second, network);
        ParticipantProfile guest = member("Eloy Campos", second, "EPJA");
        long coordinator = coordinator(network);
        long id = encuentros.createDraft(coordinator, draft("Convivencia", AFTERNOON, null, network)).id();
        encuentros.publish(coordinator, id);
        rsvp.answer(id, ana.id(), Answer.YES);
        rsvp.answer(id, bea.id(), Answer.MAYBE);
        rsvp.answer(id, ciro.id(), Answer.NO);
        clock.set(OPENS);
        String code = encuentros.find(id).orElseThrow().checkInCode().value();
        checkIns.checkIn(code, ana.id());
        checkIns.checkIn(code, bea.id());
        checkIns.checkIn(code, guest.id());

        AttendanceSummary summary = attendance.summary(coordinator, id);

        // The network is this test's own: these five are everyone.
        List<Long> invitees = rsvp.invitations(id).stream().map(InvitationView::participantId).toList();
        assertThat(invitees).containsExactlyInAnyOrder(ana.id(), bea.id(), ciro.id(), dora.id(), guest.id());
        assertThat(summary.overall()).isEqualTo(new AttendanceCounts(1, 1, 1, 1, 3, 1));
        assertThat(summary.byEstablishment()).extracting(AttendanceSummary.ByEstablishment::establishmentId,
                AttendanceSummary.ByEstablishment::counts).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first, new AttendanceCounts(1, 1, 0, 0, 2, 0)),
                        org.assertj.core.groups.Tuple.tuple(second, new AttendanceCounts(0, 0, 1, 1, 1, 1)));
        assertThatThrownBy(() -> attendance.summary(coordinator("PIE"), id))
                .isInstanceOf(EncuentroAccessDenied.class);
    }

    @Test
    void theCsvOpensInExcelInChileanSpanishAndReadsBack() throws Exception {
        String network = newNetwork("Red de prueba CSV");
        long first = establishment(0);
        ParticipantProfile ana = member("Ana Rojas", first, network);
        ParticipantProfile bea = member("Beatriz Ñúñez", first, network);
        ParticipantProfile ciro = member("Ciro Vega", first, network);
        long coordinator = coordinator(network);
        long id = encuentros.createDraft(coordinator, draft("Jornada de Enlaces: IA; ética", AFTERNOON, 1,
                network)).id();
        encuentros.publish(coordinator, id);
        rsvp.answer(id, ana.id(), Answer.YES);
        rsvp.answer(id, ciro.id(), Answer.YES);
        rsvp.answer(id, bea.id(), Answer.NO);
        clock.set(Instant.parse("2026-04-01T18:05:00Z"));
        checkIns.checkIn(encuentros.find(id).orElseThrow().checkInCode().value(), ana.id());

        ExportFile file = attendance.csv(coordinator, id);

        assertThat(file.fileName()).isEqualTo("asistencia-jornada-de-enlaces-ia-etica-2026-04-01.csv");
        byte[] bytes = file.content();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n");
        List<CSVRecord> records = CSVFormat.Builder.create().setDelimiter(';').get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).values()).containsExactly("Nombre", "Establecimiento", "RBD", "Cargo", "Redes",
                "Respuesta", "Presente", "Hora de llegada");
        assertThat(records).hasSize(4);
        String establishment = catalogue.establishment(first).orElseThrow().name();
        String rbd = Integer.toString(catalogue.establishment(first).orElseThrow().rbd());
        assertThat(records.get(1).values()).containsExactly("Ana Rojas", establishment, rbd, "Docente",
                "Red de prueba CSV", "Asistirá", "Sí", "miércoles 1 de abril, 15:05");
        assertThat(records.get(2).values()).containsExactly("Beatriz Ñúñez", establishment, rbd, "Docente",
                "Red de prueba CSV", "No podrá", "No", "");
        assertThat(records.get(3).values()).containsExactly("Ciro Vega", establishment, rbd, "Docente",
                "Red de prueba CSV", "En lista de espera", "No", "");
    }
}
