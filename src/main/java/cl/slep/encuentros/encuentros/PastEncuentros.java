package cl.slep.encuentros.encuentros;

import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Encuentros that took place before they were recorded here (a paper list typed in afterwards, the demo's
 * encuentro of yesterday): the lifecycle cannot create them, since it refuses a start in the past and takes answers
 * and arrivals only as they happen. Such an encuentro is stored as ended, with its answers and arrivals as given,
 * and nothing is announced: nobody is invited, reminded or asked about it now.
 */
@Service
public class PastEncuentros {

    private final EncuentroRepository encuentros;
    private final InvitationRepository invitations;
    private final Encuentros lifecycle;
    private final Participants participants;
    private final StaffAccess access;
    private final CivilTime civilTime;
    private final EncuentrosProperties properties;
    private final Clock clock;

    PastEncuentros(EncuentroRepository encuentros, InvitationRepository invitations, Encuentros lifecycle,
            Participants participants, StaffAccess access, CivilTime civilTime, EncuentrosProperties properties,
            Clock clock) {
        this.encuentros = encuentros;
        this.invitations = invitations;
        this.lifecycle = lifecycle;
        this.participants = participants;
        this.access = access;
        this.civilTime = civilTime;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records an encuentro that is over, published at {@code publishedAt} (when its invitations went out) and ended
     * at its end. Those who were not members of its networks and came are its guests. Refused with the draft's
     * problems (as for publication, except that the start is in the past), or with an
     * {@link IllegalArgumentException} if it has not ended, or an answer or arrival falls outside its time (an
     * answer between publication and start, an arrival while the check-in code was valid), or someone is listed
     * twice or is not registered.
     */
    @Transactional
    public EncuentroView record(long actorTelegramId, EncuentroDraft draft, Instant publishedAt,
            List<PastAttendee> attendees) {
        if (!access.mayManage(actorTelegramId, draft.networkIds())) {
            throw new EncuentroAccessDenied(actorTelegramId, null);
        }
        List<DraftProblem> problems = new ArrayList<>(lifecycle.validate(draft));
        problems.remove(DraftProblem.START_IN_PAST);
        if (draft.venueName() == null || draft.venueName().isBlank() || draft.address() == null
                || draft.address().isBlank()) {
            problems.add(DraftProblem.VENUE_MISSING);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        Instant now = clock.instant();
        Instant start = civilTime.instantOf(draft.start());
        Instant end = civilTime.instantOf(draft.end());
        if (end.isAfter(now)) {
            throw new IllegalArgumentException("A past encuentro has ended: it ends at " + end);
        }
        if (!publishedAt.isBefore(start)) {
            throw new IllegalArgumentException("A past encuentro was published before it started");
        }
        checkAttendees(draft, publishedAt, start, end, attendees);

        Encuentro encuentro = new Encuentro(draft, civilTime.zone(), actorTelegramId, now, Encuentros.UID_DOMAIN);
        encuentro.publish(publishedAt);
        encuentro.end(end);
        long encuentroId = encuentros.save(encuentro).id();
        for (PastAttendee attendee : attendees) {
            invitations.save(invitation(encuentroId, draft.networkIds(), publishedAt, attendee));
        }
        return encuentro.view();
    }

    private Invitation invitation(long encuentroId, Set<Long> networkIds, Instant publishedAt, PastAttendee attendee) {
        if (!member(attendee.participantId(), networkIds)) {
            return Invitation.guest(encuentroId, attendee.participantId(), attendee.checkedInAt());
        }
        Invitation invitation = Invitation.invite(encuentroId, attendee.participantId(), publishedAt);
        if (attendee.answer() != Answer.NONE) {
            // What the records say: a YES held a place, whatever the capacity (nobody waits for a past encuentro).
            invitation.answer(attendee.answer(), attendee.answer() == Answer.YES ? Place.CONFIRMED : null, null,
                    attendee.answeredAt());
        }
        if (attendee.checkedInAt() != null) {
            invitation.checkIn(attendee.checkedInAt());
        }
        return invitation;
    }

    private void checkAttendees(EncuentroDraft draft, Instant publishedAt, Instant start, Instant end,
            List<PastAttendee> attendees) {
        Set<Long> seen = new HashSet<>();
        Instant checkInOpens = start.minus(properties.checkinOpens());
        for (PastAttendee attendee : attendees) {
            long participantId = attendee.participantId();
            if (!seen.add(participantId)) {
                throw new IllegalArgumentException("Participant " + participantId + " is listed twice");
            }
            if (participants.findById(participantId).isEmpty()) {
                throw new IllegalArgumentException("Participant " + participantId + " is not registered");
            }
            Instant answered = attendee.answeredAt();
            if (answered != null && (answered.isBefore(publishedAt) || !answered.isBefore(start))) {
                throw new IllegalArgumentException("Participant " + participantId
                        + " answered outside the time between publication and start");
            }
            Instant arrived = attendee.checkedInAt();
            if (arrived != null && (arrived.isBefore(checkInOpens) || !arrived.isBefore(end))) {
                throw new IllegalArgumentException("Participant " + participantId
                        + " arrived while the check-in code was not valid");
            }
            if (arrived == null && !member(participantId, draft.networkIds())) {
                throw new IllegalArgumentException("Participant " + participantId
                        + " is in none of the networks and did not come: not a guest either");
            }
        }
    }

    private boolean member(long participantId, Set<Long> networkIds) {
        return participants.findById(participantId).map(ParticipantProfile::networks).orElse(List.of()).stream()
                .map(NetworkView::id).anyMatch(networkIds::contains);
    }
}
