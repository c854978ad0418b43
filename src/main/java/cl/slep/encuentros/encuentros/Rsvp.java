package cl.slep.encuentros.encuentros;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to invitations. With a capacity, a YES beyond it waits in line; a confirmed person who changes to MAYBE or
 * NO frees their place for the first in line ({@link PlaceOffered}), who may still decline. Answers may change until
 * the start.
 */
@Service
public class Rsvp {

    private final EncuentroRepository encuentros;
    private final InvitationRepository invitations;
    private final Places places;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rsvp(EncuentroRepository encuentros, InvitationRepository invitations, Places places,
            ApplicationEventPublisher events, Clock clock) {
        this.encuentros = encuentros;
        this.invitations = invitations;
        this.places = places;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AnswerOutcome answer(long encuentroId, long participantId, Answer answer) {
        if (answer == null || answer == Answer.NONE) {
            throw new IllegalArgumentException("An answer is YES, MAYBE or NO");
        }
        places.lock(encuentroId);
        Optional<Encuentro> found = encuentros.findById(encuentroId);
        Optional<Invitation> mine = invitations.findByEncuentroIdAndParticipantId(encuentroId, participantId);
        if (found.isEmpty() || mine.isEmpty()) {
            return new AnswerOutcome(AnswerOutcome.Result.NOT_INVITED, null);
        }
        Encuentro encuentro = found.get();
        Invitation invitation = mine.get();
        Instant now = clock.instant();
        if (encuentro.status() != EncuentroStatus.PUBLISHED) {
            return new AnswerOutcome(AnswerOutcome.Result.NOT_OPEN, places.view(invitation));
        }
        if (!now.isBefore(encuentro.startInstant())) {
            return new AnswerOutcome(AnswerOutcome.Result.STARTED, places.view(invitation));
        }
        if (invitation.answer() == answer) {
            return new AnswerOutcome(AnswerOutcome.Result.UNCHANGED, places.view(invitation));
        }
        boolean heldPlace = invitation.place() == Place.CONFIRMED;
        if (answer == Answer.YES) {
            Places.PlaceFor place = places.placeForNewYes(encuentro);
            invitation.answer(answer, place.place(), place.waitlistOrder(), now);
        } else {
            invitation.answer(answer, null, null, now);
        }
        invitations.flush();
        events.publishEvent(new InvitationAnswered(encuentroId, participantId, answer, invitation.place(), now));
        if (heldPlace) {
            places.fill(encuentro);
        }
        return new AnswerOutcome(AnswerOutcome.Result.RECORDED, places.view(invitation));
    }

    @Transactional(readOnly = true)
    public Optional<InvitationView> invitation(long encuentroId, long participantId) {
        return invitations.findByEncuentroIdAndParticipantId(encuentroId, participantId).map(places::view);
    }

    /** Every invitation of the encuentro, guests and anonymised ones included, in the order they were made. */
    @Transactional(readOnly = true)
    public List<InvitationView> invitations(long encuentroId) {
        return invitations.findByEncuentroIdOrderById(encuentroId).stream().map(places::view).toList();
    }

    /** Who is told of a change or a cancellation: everyone invited who has not declined. */
    @Transactional(readOnly = true)
    public List<Long> toNotifyOfChange(long encuentroId) {
        return invitations.participantsExcept(encuentroId, Answer.NO);
    }

    /** Those a reminder goes to: YES (confirmed, not waiting) or MAYBE. */
    @Transactional(readOnly = true)
    public List<Long> toRemind(long encuentroId) {
        return invitations.findByEncuentroIdOrderById(encuentroId).stream()
                .filter(i -> i.participantId() != null)
                .filter(i -> i.answer() == Answer.MAYBE || i.place() == Place.CONFIRMED)
                .map(Invitation::participantId).toList();
    }

    /** Those a nudge goes to: invited and not answered. */
    @Transactional(readOnly = true)
    public List<Long> toNudge(long encuentroId) {
        return invitations.findByEncuentroIdOrderById(encuentroId).stream()
                .filter(i -> i.participantId() != null && !i.guest() && i.answer() == Answer.NONE)
                .map(Invitation::participantId).toList();
    }
}
