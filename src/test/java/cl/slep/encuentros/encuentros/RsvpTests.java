package cl.slep.encuentros.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.participants.ParticipantProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class RsvpTests extends EncuentrosDatabaseTest {

    private static final LocalDateTime TOMORROW = local("2026-04-02T09:00");

    @Autowired
    ApplicationEvents events;

    @Test
    void theThreeAnswersAreRecordedAndAPersonMayChangeTheirMindUntilTheStart() {
        ParticipantProfile ana = member("Ana Rojas", "UTP");
        ParticipantProfile bea = member("Beatriz Luna", "UTP");
        ParticipantProfile ciro = member("Ciro Vega", "UTP");
        long id = published("UTP", TOMORROW, null, "UTP");

        AnswerOutcome yes = rsvp.answer(id, ana.id(), Answer.YES);
        assertThat(yes.result()).isEqualTo(AnswerOutcome.Result.RECORDED);
        assertThat(yes.invitation().place()).isEqualTo(Place.CONFIRMED);
        assertThat(yes.invitation().answeredAt()).isEqualTo(NOW);
        assertThat(rsvp.answer(id, bea.id(), Answer.MAYBE).invitation().place()).isNull();
        assertThat(rsvp.answer(id, ciro.id(), Answer.NO).invitation().answer()).isEqualTo(Answer.NO);
        assertThat(rsvp.answer(id, ana.id(), Answer.YES).result()).isEqualTo(AnswerOutcome.Result.UNCHANGED);
        assertThat(events.stream(InvitationAnswered.class)).containsExactly(
                new InvitationAnswered(id, ana.id(), Answer.YES, Place.CONFIRMED, NOW),
                new InvitationAnswered(id, bea.id(), Answer.MAYBE, null, NOW),
                new InvitationAnswered(id, ciro.id(), Answer.NO, null, NOW));
        assertThat(rsvp.toRemind(id)).containsExactlyInAnyOrder(ana.id(), bea.id());

        clock.set(Instant.parse("2026-04-02T11:59:59Z"));
        assertThat(rsvp.answer(id, ciro.id(), Answer.YES).result()).isEqualTo(AnswerOutcome.Result.RECORDED);

        clock.set(Instant.parse("2026-04-02T12:00:00Z"));
        AnswerOutcome late = rsvp.answer(id, ana.id(), Answer.NO);
        assertThat(late.result()).isEqualTo(AnswerOutcome.Result.STARTED);
        assertThat(late.accepted()).isFalse();
        assertThat(rsvp.invitation(id, ana.id()).orElseThrow().answer()).isEqualTo(Answer.YES);
    }

    @Test
    void someoneNotInvitedCannotAnswerAndNoneIsNotAnAnswer() {
        ParticipantProfile outsider = member("Dalia Fuentes", "EPJA");
        long id = published("UTP", TOMORROW, null, "UTP");

        assertThat(rsvp.answer(id, outsider.id(), Answer.YES).result()).isEqualTo(AnswerOutcome.Result.NOT_INVITED);
        assertThat(rsvp.answer(987_654_321L, outsider.id(), Answer.YES).result())
                .isEqualTo(AnswerOutcome.Result.NOT_INVITED);
        assertThatThrownBy(() -> rsvp.answer(id, outsider.id(), Answer.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void beyondTheCapacityConfirmationsWaitInLineAndAFreedPlaceGoesToTheFirst() {
        ParticipantProfile ana = member("Ana Rojas", "CRA");
        ParticipantProfile bea = member("Beatriz Luna", "CRA");
        ParticipantProfile ciro = member("Ciro Vega", "CRA");
        ParticipantProfile dora = member("Dora Silva", "CRA");
        ParticipantProfile eloy = member("Eloy Campos", "CRA");
        long id = published("CRA", TOMORROW, 2, "CRA");

        rsvp.answer(id, eloy.id(), Answer.MAYBE);
        assertThat(rsvp.answer(id, ana.id(), Answer.YES).invitation().place()).isEqualTo(Place.CONFIRMED);
        assertThat(rsvp.answer(id, bea.id(), Answer.YES).invitation().place()).isEqualTo(Place.CONFIRMED);
        InvitationView third = rsvp.answer(id, ciro.id(), Answer.YES).invitation();
        assertThat(third.place()).isEqualTo(Place.WAITLISTED);
        assertThat(third.waitlistPosition()).isEqualTo(1);
        assertThat(rsvp.answer(id, dora.id(), Answer.YES).invitation().waitlistPosition()).isEqualTo(2);
        assertThat(rsvp.toRemind(id)).as("those waiting get no reminder")
                .containsExactlyInAnyOrder(ana.id(), bea.id(), eloy.id());

        rsvp.answer(id, bea.id(), Answer.NO);

        assertThat(rsvp.invitation(id, ciro.id()).orElseThrow().place()).isEqualTo(Place.CONFIRMED);
        assertThat(rsvp.invitation(id, ciro.id()).orElseThrow().waitlistPosition()).isNull();
        assertThat(rsvp.invitation(id, dora.id()).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThat(events.stream(PlaceOffered.class)).containsExactly(new PlaceOffered(id, ciro.id()));

        // The promoted person may still decline: the place passes on.
        rsvp.answer(id, ciro.id(), Answer.NO);
        assertThat(rsvp.invitation(id, dora.id()).orElseThrow().place()).isEqualTo(Place.CONFIRMED);
        assertThat(events.stream(PlaceOffered.class)).containsExactly(new PlaceOffered(id, ciro.id()),
                new PlaceOffered(id, dora.id()));

        // A MAYBE takes no place, and someone waiting who declines frees none.
        rsvp.answer(id, bea.id(), Answer.YES);
        assertThat(rsvp.invitation(id, bea.id()).orElseThrow().place()).isEqualTo(Place.WAITLISTED);
        rsvp.answer(id, bea.id(), Answer.MAYBE);
        assertThat(rsvp.invitation(id, bea.id()).orElseThrow().place()).isNull();
        assertThat(events.stream(PlaceOffered.class)).hasSize(2);
    }

    @Test
    void aLargerCapacityGivesPlacesToThoseWaitingInOrder() {
        ParticipantProfile ana = member("Ana Rojas", "TP");
        ParticipantProfile bea = member("Beatriz Luna", "TP");
        ParticipantProfile ciro = member("Ciro Vega", "TP");
        long coordinator = coordinator("TP");
        EncuentroDraft draft = draft("TP", TOMORROW, 1, "TP");
        long id = encuentros.createDraft(coordinator, draft).id();
        encuentros.publish(coordinator, id);
        rsvp.answer(id, ana.id(), Answer.YES);
        rsvp.answer(id, bea.id(), Answer.YES);
        rsvp.answer(id, ciro.id(), Answer.YES);

        encuentros.edit(coordinator, id, draft.withCapacity(2));

        assertThat(rsvp.invitation(id, bea.id()).orElseThrow().place()).isEqualTo(Place.CONFIRMED);
        assertThat(rsvp.invitation(id, ciro.id()).orElseThrow().place()).isEqualTo(Place.WAITLISTED);
        assertThat(events.stream(PlaceOffered.class)).containsExactly(new PlaceOffered(id, bea.id()));

        encuentros.edit(coordinator, id, draft.withCapacity(null));
        assertThat(rsvp.invitation(id, ciro.id()).orElseThrow().place()).isEqualTo(Place.CONFIRMED);
    }

    @Test
    void whoHasNotAnsweredIsNudgedAndWhoDeclinedIsNotToldOfChanges() {
        ParticipantProfile ana = member("Ana Rojas", "ENLACES");
        ParticipantProfile bea = member("Beatriz Luna", "ENLACES");
        long id = published("Enlaces", TOMORROW, null, "ENLACES");

        rsvp.answer(id, ana.id(), Answer.NO);

        assertThat(rsvp.toNudge(id)).contains(bea.id()).doesNotContain(ana.id());
        assertThat(rsvp.toNotifyOfChange(id)).contains(bea.id()).doesNotContain(ana.id());
    }

    @Test
    void someoneWhoRegistersOrJoinsANetworkBeforeTheStartIsInvited() {
        long id = published("Convivencia", TOMORROW, null, "CONVIVENCIA");
        long other = published("PIE", TOMORROW, null, "PIE");

        ParticipantProfile newcomer = member("Fabiola Ortiz", "CONVIVENCIA");
        await().atMost(Duration.ofSeconds(10)).until(() -> rsvp.invitation(id, newcomer.id()).isPresent());
        assertThat(rsvp.invitation(other, newcomer.id())).isEmpty();

        participants.changeNetworks(newcomer.telegramUserId(), Set.of(network("CONVIVENCIA"), network("PIE")));
        await().atMost(Duration.ofSeconds(10)).until(() -> rsvp.invitation(other, newcomer.id()).isPresent());

        // Once it has started, joining no longer invites. The CRA encuentro's invitation, made in the same listener
        // run, tells when the listener is done.
        long started = published("UTP hoy", local("2026-04-01T09:05"), null, "UTP");
        long craLater = published("CRA", TOMORROW, null, "CRA");
        clock.set(Instant.parse("2026-04-01T12:06:00Z"));
        participants.changeNetworks(newcomer.telegramUserId(), Set.of(network("CONVIVENCIA"), network("PIE"),
                network("UTP"), network("CRA")));
        await().atMost(Duration.ofSeconds(10)).until(() -> rsvp.invitation(craLater, newcomer.id()).isPresent());
        assertThat(rsvp.invitation(started, newcomer.id())).isEmpty();
        assertThat(rsvp.invitations(id)).filteredOn(i -> newcomer.id() == i.participantId()).hasSize(1);
    }

    @Test
    void anErasureLeavesOnlyAnonymousCounts() {
        ParticipantProfile ana = member("Ana Rojas", "DIRECTORES");
        long id = published("Directores", TOMORROW, null, "DIRECTORES");
        rsvp.answer(id, ana.id(), Answer.YES);
        int before = rsvp.invitations(id).size();

        participants.erase(ana.telegramUserId());

        await().atMost(Duration.ofSeconds(10)).until(() -> rsvp.invitation(id, ana.id()).isEmpty());
        List<InvitationView> rows = rsvp.invitations(id);
        assertThat(rows).hasSize(before);
        assertThat(rows).filteredOn(i -> i.participantId() == null).singleElement()
                .satisfies(i -> assertThat(i.answer()).isEqualTo(Answer.YES));
        assertThat(encuentros.upcomingFor(ana.id())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation WHERE participant_id = ?", Integer.class,
                ana.id())).isZero();
    }

    @Test
    void anErasedCoordinatorIsNoLongerNamedAsCreator() {
        long coordinator = coordinator("EPJA");
        long id = encuentros.createDraft(coordinator, draft("EPJA", TOMORROW, null, "EPJA")).id();

        participants.erase(coordinator);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> encuentros.find(id).orElseThrow().createdBy() == null);
    }
}
