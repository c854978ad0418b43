package cl.slep.encuentros.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.slep.encuentros.participants.ParticipantProfile;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class EncuentroLifecycleTests extends EncuentrosDatabaseTest {

    private static final LocalDateTime NEXT_WEEK = local("2026-04-08T09:00");

    @Autowired
    ApplicationEvents events;

    @Test
    void aDraftNeedsATitleAnEndAfterItsStartAndAStartNotInThePast() {
        EncuentroDraft good = draft("Encuentro de directores", NEXT_WEEK, null, "DIRECTORES");
        assertThat(encuentros.validate(good)).isEmpty();

        assertThat(encuentros.validate(new EncuentroDraft("  ", null, null, null, null, null, null,
                NEXT_WEEK, NEXT_WEEK, java.util.Set.of()))).containsExactly(DraftProblem.TITLE_MISSING,
                DraftProblem.END_NOT_AFTER_START, DraftProblem.NO_NETWORK);
        assertThat(encuentros.validate(good.withSchedule(local("2026-03-31T09:00"), local("2026-03-31T11:00"))))
                .containsExactly(DraftProblem.START_IN_PAST);
        assertThat(encuentros.validate(good.withVenue("Liceo", "Calle 1", -20.2, null)))
                .containsExactly(DraftProblem.COORDINATES_INCOMPLETE);
        assertThat(encuentros.validate(good.withVenue("Liceo", "Calle 1", -95.0, -70.0)))
                .containsExactly(DraftProblem.COORDINATES_OUT_OF_RANGE);
        assertThat(encuentros.validate(good.withCapacity(0))).containsExactly(DraftProblem.CAPACITY_NOT_POSITIVE);
        assertThat(encuentros.validate(good.withNetworks(java.util.Set.of(999_999L))))
                .containsExactly(DraftProblem.UNKNOWN_NETWORK);
        assertThat(encuentros.validate(new EncuentroDraft("x".repeat(201), "y".repeat(8001), null, null, null,
                null, null, NEXT_WEEK, NEXT_WEEK.plusHours(1), good.networkIds())))
                .containsExactly(DraftProblem.TITLE_TOO_LONG, DraftProblem.DESCRIPTION_TOO_LONG);
    }

    @Test
    void anEncuentroMayStartAFewMinutesAgoToTakeAttendanceOnTheSpot() {
        LocalDateTime now = local("2026-04-01T09:00");
        EncuentroDraft draft = draft("Reunión improvisada", now, null, "UTP");

        assertThat(encuentros.validate(draft.withSchedule(now.minusMinutes(9), now.plusHours(1)))).isEmpty();
        assertThat(encuentros.validate(draft.withSchedule(now.minusMinutes(11), now.plusHours(1))))
                .containsExactly(DraftProblem.START_IN_PAST);
    }

    @Test
    void aCoordinatorCreatesOnlyForTheirOwnNetworksAndAnAdminForAny() {
        long coordinator = coordinator("PIE");

        assertThatThrownBy(() -> encuentros.createDraft(coordinator, draft("Red CRA", NEXT_WEEK, null, "CRA")))
                .isInstanceOf(EncuentroAccessDenied.class);
        assertThatThrownBy(() -> encuentros.createDraft(coordinator, draft("Dos redes", NEXT_WEEK, null, "PIE",
                "CRA"))).isInstanceOf(EncuentroAccessDenied.class);
        EncuentroView byAdmin = encuentros.createDraft(ADMIN, draft("Red CRA", NEXT_WEEK, null, "CRA"));
        assertThatThrownBy(() -> encuentros.publish(coordinator, byAdmin.id()))
                .isInstanceOf(EncuentroAccessDenied.class);

        EncuentroView mine = encuentros.createDraft(coordinator, draft("Red PIE", NEXT_WEEK, 30, "PIE"));
        assertThat(mine.status()).isEqualTo(EncuentroStatus.DRAFT);
        assertThat(mine.createdBy()).isEqualTo(coordinator);
        assertThat(mine.zone().getId()).isEqualTo("America/Santiago");
        assertThat(mine.start()).isEqualTo(NEXT_WEEK);
        assertThat(mine.startInstant()).isEqualTo(java.time.Instant.parse("2026-04-08T13:00:00Z"));
        assertThat(mine.sequence()).isZero();
        assertThat(mine.uid()).endsWith("@encuentros.slep.cl");
        assertThat(mine.checkInCode().startPayload()).matches("ci_[A-Za-z0-9_-]{16}");
        assertThat(encuentros.createDraft(coordinator, draft("Red PIE", NEXT_WEEK, 30, "PIE")).checkInCode())
                .isNotEqualTo(mine.checkInCode());
        assertThatThrownBy(() -> encuentros.createDraft(coordinator,
                draft("", NEXT_WEEK, null, "PIE"))).isInstanceOfSatisfying(InvalidDraftException.class,
                        e -> assertThat(e.problems()).containsExactly(DraftProblem.TITLE_MISSING));
    }

    @Test
    void publishingInvitesEveryRegisteredMemberOfTheChosenNetworksOnce() {
        ParticipantProfile director = member("Ana Rojas", "DIRECTORES");
        ParticipantProfile both = member("Bruno Díaz", "DIRECTORES", "EPJA");
        ParticipantProfile epja = member("Carla Soto", "EPJA");
        ParticipantProfile outsider = member("Diego Paz", "ENLACES");
        long coordinator = coordinator("DIRECTORES", "EPJA");
        long id = encuentros.createDraft(coordinator, draft("Directores y EPJA", NEXT_WEEK, null, "DIRECTORES",
                "EPJA")).id();
        assertThat(rsvp.invitations(id)).isEmpty();

        int invited = encuentros.publish(coordinator, id);

        List<Long> invitees = rsvp.invitations(id).stream().map(InvitationView::participantId).toList();
        assertThat(invitees).contains(director.id(), both.id(), epja.id()).doesNotContain(outsider.id())
                .doesNotHaveDuplicates().hasSize(invited);
        assertThat(rsvp.invitations(id)).allSatisfy(i -> {
            assertThat(i.answer()).isEqualTo(Answer.NONE);
            assertThat(i.invitedAt()).isEqualTo(NOW);
            assertThat(i.guest()).isFalse();
        });
        assertThat(events.stream(EncuentroPublished.class)).containsExactly(new EncuentroPublished(id, invited));
        List<InvitationsIssued> issued = events.stream(InvitationsIssued.class).toList();
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).participantIds()).containsExactlyInAnyOrderElementsOf(invitees);
        assertThat(issued.get(0).correlation()).isEqualTo("invitation:" + id);
        assertThat(encuentros.find(id).orElseThrow().status()).isEqualTo(EncuentroStatus.PUBLISHED);
        assertThat(encuentros.find(id).orElseThrow().publishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> encuentros.publish(coordinator, id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDraftWhoseStartWentByOrWithoutVenueIsNotPublished() {
        long coordinator = coordinator("TP");
        long id = encuentros.createDraft(coordinator, draft("Liceos TP", local("2026-04-01T10:00"), null, "TP"))
                .id();
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> encuentros.publish(coordinator, id)).isInstanceOfSatisfying(
                InvalidDraftException.class,
                e -> assertThat(e.problems()).containsExactly(DraftProblem.START_IN_PAST));

        long noVenue = encuentros.createDraft(coordinator,
                draft("Sin lugar", NEXT_WEEK, null, "TP").withVenue(null, " ", null, null)).id();
        assertThatThrownBy(() -> encuentros.publish(coordinator, noVenue)).isInstanceOfSatisfying(
                InvalidDraftException.class,
                e -> assertThat(e.problems()).containsExactly(DraftProblem.VENUE_MISSING));
    }

    @Test
    void aRescheduleRaisesTheSequenceAndAnnouncesOldAndNewToThoseWhoHaveNotDeclined() {
        String network = newNetwork("Red del cambio de fecha");
        ParticipantProfile yes = member("Elena Vidal", network);
        ParticipantProfile no = member("Felipe Mora", network);
        ParticipantProfile silent = member("Gloria Núñez", network);
        long coordinator = coordinator(network);
        EncuentroDraft draft = draft("Convivencia", NEXT_WEEK, null, network);
        long id = encuentros.createDraft(coordinator, draft).id();
        encuentros.publish(coordinator, id);
        rsvp.answer(id, yes.id(), Answer.YES);
        rsvp.answer(id, no.id(), Answer.NO);

        EncuentroView moved = encuentros.edit(coordinator, id, draft.withSchedule(NEXT_WEEK.plusDays(1).plusHours(1),
                NEXT_WEEK.plusDays(1).plusHours(4)).withVenue("Escuela Chipana", "Los Aromos 300", null, null));

        assertThat(moved.sequence()).isEqualTo(1);
        List<EncuentroRescheduled> announced = events.stream(EncuentroRescheduled.class).toList();
        assertThat(announced).hasSize(1);
        EncuentroRescheduled change = announced.get(0);
        assertThat(change.sequence()).isEqualTo(1);
        assertThat(change.before().start()).isEqualTo(NEXT_WEEK);
        assertThat(change.after().start()).isEqualTo(local("2026-04-09T10:00"));
        assertThat(change.after().end()).isEqualTo(local("2026-04-09T13:00"));
        assertThat(change.before().venueName()).isEqualTo("Liceo Bicentenario");
        assertThat(change.after().venueName()).isEqualTo("Escuela Chipana");
        assertThat(change.after().latitude()).isNull();
        assertThat(change.timeChanged()).isTrue();
        assertThat(change.venueChanged()).isTrue();
        assertThat(rsvp.toNotifyOfChange(id)).containsExactlyInAnyOrder(yes.id(), silent.id());

        EncuentroView retitled = encuentros.edit(coordinator, id, new EncuentroDraft("Convivencia escolar",
                moved.description(), moved.venueName(), moved.address(), null, null, null, moved.start(), moved.end(),
                moved.networkIds()));
        assertThat(retitled.sequence()).isEqualTo(2);
        assertThat(events.stream(EncuentroRescheduled.class)).hasSize(1);

        EncuentroView same = encuentros.edit(coordinator, id, new EncuentroDraft("Convivencia escolar",
                moved.description(), moved.venueName(), moved.address(), null, null, 40, moved.start(), moved.end(),
                moved.networkIds()));
        assertThat(same.sequence()).as("capacity is not on the calendar").isEqualTo(2);

        EncuentroView later = encuentros.reschedule(coordinator, id, local("2026-04-09T11:00"),
                local("2026-04-09T13:00"));
        assertThat(later.sequence()).isEqualTo(3);
        assertThat(later.toDraft().withSchedule(same.start(), same.end())).isEqualTo(same.toDraft());
        EncuentroView elsewhere = encuentros.changeVenue(coordinator, id, "Liceo Comercial", "Sotomayor 400",
                -20.21, -70.15);
        assertThat(elsewhere.sequence()).isEqualTo(4);
        List<EncuentroRescheduled> all = events.stream(EncuentroRescheduled.class).toList();
        assertThat(all).hasSize(3);
        assertThat(all.get(1).timeChanged()).isTrue();
        assertThat(all.get(1).venueChanged()).isFalse();
        assertThat(all.get(2).timeChanged()).isFalse();
        assertThat(all.get(2).after().latitude()).isEqualTo(-20.21);
    }

    @Test
    void addingANetworkInvitesItsMembersAndRemovingOneIsRefused() {
        ParticipantProfile cra = member("Hilda Castro", "CRA");
        long coordinator = coordinator("ENLACES", "CRA");
        EncuentroDraft draft = draft("Enlaces", NEXT_WEEK, null, "ENLACES");
        long id = encuentros.createDraft(coordinator, draft).id();
        encuentros.publish(coordinator, id);
        assertThat(rsvp.invitation(id, cra.id())).isEmpty();

        encuentros.edit(coordinator, id, draft.withNetworks(networks("ENLACES", "CRA")));

        assertThat(rsvp.invitation(id, cra.id())).isPresent();
        assertThat(events.stream(InvitationsIssued.class).filter(e -> e.participantIds().contains(cra.id())))
                .hasSize(1);
        assertThatThrownBy(() -> encuentros.edit(coordinator, id, draft.withNetworks(networks("CRA"))))
                .isInstanceOfSatisfying(InvalidDraftException.class,
                        e -> assertThat(e.problems()).containsExactly(DraftProblem.NETWORK_REMOVED));
    }

    @Test
    void cancellingAPublishedEncuentroIsAnnouncedAndClosesAnswers() {
        ParticipantProfile member = member("Iván Reyes", "PIE");
        long coordinator = coordinator("PIE");
        long id = encuentros.createDraft(coordinator, draft("PIE", NEXT_WEEK, null, "PIE")).id();
        long draftOnly = encuentros.createDraft(coordinator, draft("PIE borrador", NEXT_WEEK, null, "PIE")).id();
        encuentros.publish(coordinator, id);

        assertThat(encuentros.cancel(coordinator, id)).isTrue();
        assertThat(encuentros.cancel(coordinator, id)).isFalse();
        assertThat(encuentros.cancel(coordinator, draftOnly)).isTrue();

        assertThat(events.stream(EncuentroCancelled.class)).containsExactly(new EncuentroCancelled(id));
        assertThat(encuentros.find(id).orElseThrow().status()).isEqualTo(EncuentroStatus.CANCELLED);
        assertThat(rsvp.answer(id, member.id(), Answer.YES).result()).isEqualTo(AnswerOutcome.Result.NOT_OPEN);
        assertThatThrownBy(() -> encuentros.edit(coordinator, id, draft("PIE", NEXT_WEEK, null, "PIE")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEncuentroEndsOnceAtItsEnd() {
        long id = published("Directores", local("2026-04-01T10:00"), null, "DIRECTORES");

        clock.set(java.time.Instant.parse("2026-04-01T14:59:59Z"));
        assertThat(encuentros.end(id)).isFalse();
        assertThat(encuentros.overdueForEnd()).doesNotContain(id);

        clock.set(java.time.Instant.parse("2026-04-01T15:00:00Z"));
        assertThat(encuentros.overdueForEnd()).contains(id);
        assertThat(encuentros.end(id)).isTrue();
        assertThat(encuentros.end(id)).isFalse();

        assertThat(events.stream(EncuentroEnded.class)).containsExactly(new EncuentroEnded(id));
        assertThat(encuentros.find(id).orElseThrow().status()).isEqualTo(EncuentroStatus.ENDED);
        assertThat(encuentros.overdueForEnd()).doesNotContain(id);
    }

    @Test
    void coordinatorsSeeTheirNetworksEncuentrosAndAdminsSeeAll() {
        long epja = coordinator("EPJA");
        long utp = coordinator("UTP");
        long mine = encuentros.createDraft(epja, draft("EPJA", NEXT_WEEK, null, "EPJA")).id();
        long theirs = encuentros.createDraft(utp, draft("UTP", NEXT_WEEK, null, "UTP")).id();
        long cancelled = encuentros.createDraft(epja, draft("EPJA cancelado", NEXT_WEEK, null, "EPJA")).id();
        encuentros.cancel(epja, cancelled);

        assertThat(encuentros.managedBy(epja, false)).extracting(EncuentroView::id).contains(mine)
                .doesNotContain(theirs, cancelled);
        assertThat(encuentros.managedBy(epja, true)).extracting(EncuentroView::id).contains(mine, cancelled);
        assertThat(encuentros.managedBy(ADMIN, false)).extracting(EncuentroView::id).contains(mine, theirs);
        assertThat(encuentros.mayManage(epja, theirs)).isFalse();
        assertThat(encuentros.mayManage(ADMIN, theirs)).isTrue();
        assertThat(encuentros.managedBy(member("Juana Pérez", "EPJA").telegramUserId(), true)).isEmpty();
    }

    @Test
    void aParticipantsUpcomingEncuentrosAreThePublishedOnesNotEndedByStart() {
        String utp = newNetwork("Red UTP de prueba");
        String pie = newNetwork("Red PIE de prueba");
        ParticipantProfile person = member("Karen León", utp, pie);
        long later = published("Después", local("2026-04-20T09:00"), null, utp);
        long sooner = published("Antes", local("2026-04-02T09:00"), null, pie);
        long gone = published("Hoy", local("2026-04-01T09:05"), null, utp);

        assertThat(encuentros.upcomingFor(person.id())).extracting(u -> u.encuentro().id())
                .containsExactly(gone, sooner, later);

        clock.set(java.time.Instant.parse("2026-04-01T14:05:00Z"));
        List<Upcoming> upcoming = encuentros.upcomingFor(person.id());
        assertThat(upcoming).extracting(u -> u.encuentro().id()).containsExactly(sooner, later);
        assertThat(upcoming.get(0).invitation().answer()).isEqualTo(Answer.NONE);
    }
}
