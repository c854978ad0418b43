package cl.slep.encuentros.encuentros;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The capacity and the waiting list. Callers hold the encuentro's lock ({@link #lock}) from before they read
 * anything until their transaction ends, so places are counted and given one change at a time.
 */
@Component
class Places {

    private final EncuentroLock lock;
    private final InvitationRepository invitations;
    private final ApplicationEventPublisher events;

    Places(EncuentroLock lock, InvitationRepository invitations, ApplicationEventPublisher events) {
        this.lock = lock;
        this.invitations = invitations;
        this.events = events;
    }

    void lock(long encuentroId) {
        lock.lock(encuentroId);
    }

    /** The place a new YES gets now, and its turn if waitlisted. */
    PlaceFor placeForNewYes(Encuentro encuentro) {
        long encuentroId = encuentro.id();
        Integer capacity = encuentro.capacity();
        if (capacity == null || invitations.countByEncuentroIdAndPlace(encuentroId, Place.CONFIRMED) < capacity) {
            return new PlaceFor(Place.CONFIRMED, null);
        }
        return new PlaceFor(Place.WAITLISTED, invitations.maxWaitlistOrder(encuentroId) + 1);
    }

    /** Gives free places to the first in line, each told by {@link PlaceOffered}. */
    void fill(Encuentro encuentro) {
        Integer capacity = encuentro.capacity();
        long encuentroId = encuentro.id();
        while (true) {
            long confirmed = invitations.countByEncuentroIdAndPlace(encuentroId, Place.CONFIRMED);
            if (capacity != null && confirmed >= capacity) {
                return;
            }
            Optional<Invitation> first =
                    invitations.findFirstByEncuentroIdAndPlaceOrderByWaitlistOrderAsc(encuentroId, Place.WAITLISTED);
            if (first.isEmpty()) {
                return;
            }
            first.get().promote();
            invitations.flush();
            if (first.get().participantId() != null) {
                events.publishEvent(new PlaceOffered(encuentroId, first.get().participantId()));
            }
        }
    }

    InvitationView view(Invitation invitation) {
        Integer position = null;
        if (invitation.place() == Place.WAITLISTED) {
            position = (int) invitations.waitlistPosition(invitation.encuentroId(), Place.WAITLISTED,
                    invitation.waitlistOrder());
        }
        return invitation.view(position);
    }

    record PlaceFor(Place place, Long waitlistOrder) {
    }
}
