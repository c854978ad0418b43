package cl.slep.encuentros.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.slep.encuentros.participants.ParticipantProfile;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class PastEncuentrosTests extends EncuentrosDatabaseTest {

    /** Tuesday 31 March 2026, 09:00–11:30 local (12:00–14:30 UTC): the day before NOW. */
    private static final LocalDateTime YESTERDAY = local("2026-03-31T09:00");
    private static final Instant PUBLISHED = Instant.parse("2026-03-24T13:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2026-03-26T15:00:00Z");
    private static final Instant ARRIVED = Instant.parse("2026-03-31T11:55:00Z");

    @Autowired
    PastEncuentros past;

    @Autowired
    Attendance attendance;

    @Autowired
    CheckIns checkIns;

    @Autowired
    ApplicationEvents events;

    private String epja;

    @org.junit.jupiter.api.BeforeEach
    void ownNetwork() {
        epja = newNetwork("EPJA de la prueba");
    }

    @Test
    void anEncuentroOfYesterdayIsRecordedEndedWithItsAnswersAndArrivalsAndNothingIsAnnounced() {
        ParticipantProfile came = member("Ana Rojas", epja);
        ParticipantProfile maybe = member("Bruno Díaz", epja);
        ParticipantProfile declined = member("Carla Muñoz", epja);
        ParticipantProfile silent = member("Diego Soto", epja);
        ParticipantProfile guest = member("Elena Vega", "CRA");
        long coordinator = coordinator(epja);

        EncuentroView recorded = past.record(coordinator, yesterday(), PUBLISHED, List.of(
                new PastAttendee(came.id(), Answer.YES, ANSWERED, ARRIVED),
                new PastAttendee(maybe.id(), Answer.MAYBE, ANSWERED, null),
                new PastAttendee(declined.id(), Answer.NO, ANSWERED, null),
                new PastAttendee(silent.id(), Answer.NONE, null, ARRIVED.plusSeconds(300)),
                new PastAttendee(guest.id(), Answer.NONE, null, ARRIVED)));

        assertThat(recorded.status()).isEqualTo(EncuentroStatus.ENDED);
        assertThat(recorded.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(recorded.createdBy()).isEqualTo(coordinator);
        assertThat(encuentros.managedBy(coordinator, true)).extracting(EncuentroView::id).contains(recorded.id());
        assertThat(encuentros.managedBy(coordinator, false)).extracting(EncuentroView::id)
                .doesNotContain(recorded.id());
        assertThat(attendance.summary(coordinator, recorded.id()).overall())
                .isEqualTo(new AttendanceCounts(1, 1, 1, 1, 3, 1));
        InvitationView ana = rsvp.invitation(recorded.id(), came.id()).orElseThrow();
        assertThat(ana.answer()).isEqualTo(Answer.YES);
        assertThat(ana.place()).isEqualTo(Place.CONFIRMED);
        assertThat(ana.invitedAt()).isEqualTo(PUBLISHED);
        assertThat(ana.answeredAt()).isEqualTo(ANSWERED);
        assertThat(ana.checkedInAt()).isEqualTo(ARRIVED);
        assertThat(rsvp.invitation(recorded.id(), guest.id()).orElseThrow().guest()).isTrue();

        assertThat(events.stream(InvitationsIssued.class)).as("nobody is invited to what is over").isEmpty();
        assertThat(events.stream(EncuentroPublished.class)).isEmpty();
        assertThat(events.stream(EncuentroEnded.class)).as("no survey hangs on it").isEmpty();
        assertThat(events.stream(InvitationAnswered.class)).isEmpty();
        assertThat(encuentros.overdueForEnd()).doesNotContain(recorded.id());
        assertThat(encuentros.upcomingFor(came.id())).isEmpty();
        assertThat(rsvp.answer(recorded.id(), maybe.id(), Answer.YES).result())
                .isEqualTo(AnswerOutcome.Result.NOT_OPEN);
        assertThat(checkIns.checkIn(recorded.checkInCode().value(), declined.id()).outcome())
                .isEqualTo(CheckInOutcome.CLOSED);
    }

    @Test
    void onlyWhatIsOverAndFitsItsTimesIsRecordedAndOnlyByWhoMayManageIt() {
        ParticipantProfile ana = member("Ana Rojas", epja);
        ParticipantProfile outsider = member("Otro Miembro", "CRA");
        long coordinator = coordinator(epja);
        long otherCoordinator = coordinator("CRA");
        long before = encuentros.managedBy(coordinator, true).size();

        assertThatThrownBy(() -> past.record(otherCoordinator, yesterday(), PUBLISHED, List.of()))
                .isInstanceOf(EncuentroAccessDenied.class);
        clock.set(Instant.parse("2026-03-31T14:29:59Z"));
        assertThatThrownBy(() -> past.record(coordinator, yesterday(), PUBLISHED, List.of()))
                .as("one minute before its end it is not over").hasMessageContaining("has ended");
        clock.set(NOW);
        assertThatThrownBy(() -> past.record(coordinator, yesterday().withVenue(null, null, null, null), PUBLISHED,
                List.of())).isInstanceOfSatisfying(InvalidDraftException.class,
                        e -> assertThat(e.problems()).containsExactly(DraftProblem.VENUE_MISSING));
        assertThatThrownBy(() -> past.record(coordinator, yesterday(), Instant.parse("2026-03-31T12:00:00Z"),
                List.of())).hasMessageContaining("published before");
        assertThatThrownBy(() -> past.record(coordinator, yesterday(), PUBLISHED, List.of(
                new PastAttendee(ana.id(), Answer.YES, Instant.parse("2026-03-31T12:00:00Z"), null))))
                .as("an answer after the start").hasMessageContaining("answered outside");
        assertThatThrownBy(() -> past.record(coordinator, yesterday(), PUBLISHED, List.of(
                new PastAttendee(ana.id(), Answer.YES, ANSWERED, Instant.parse("2026-03-31T10:59:59Z")))))
                .as("an arrival before the code opened").hasMessageContaining("arrived");
        assertThatThrownBy(() -> past.record(coordinator, yesterday(), PUBLISHED, List.of(
                new PastAttendee(ana.id(), Answer.YES, ANSWERED, Instant.parse("2026-03-31T14:30:00Z")))))
                .as("an arrival at the end").hasMessageContaining("arrived");
        assertThatThrownBy(() -> past.record(coordinator, yesterday(), PUBLISHED, List.of(
                new PastAttendee(ana.id(), Answer.YES, ANSWERED, null),
                new PastAttendee(ana.id(), Answer.NO, ANSWERED, null)))).hasMessageContaining("twice");
        assertThatThrownBy(() -> past.record(coordinator, yesterday(), PUBLISHED, List.of(
                new PastAttendee(outsider.id(), Answer.NONE, null, null)))).hasMessageContaining("not a guest");
        assertThatThrownBy(() -> past.record(coordinator, yesterday(), PUBLISHED, List.of(
                new PastAttendee(987_654_321L, Answer.NONE, null, ARRIVED)))).hasMessageContaining("not registered");
        assertThatThrownBy(() -> new PastAttendee(ana.id(), Answer.YES, null, null))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(encuentros.managedBy(coordinator, true)).as("nothing refused was stored").hasSize((int) before);
    }

    private EncuentroDraft yesterday() {
        return new EncuentroDraft("Jornada EPJA de ayer", "Balance del semestre", "CEIA Iquique",
                "Sotomayor 1200, Iquique", null, null, null, YESTERDAY, YESTERDAY.plusMinutes(150),
                networks(epja));
    }
}
