package cl.slep.encuentros.encuentros;

import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Creates invitations that do not exist yet and announces them in one {@link InvitationsIssued}. */
@Component
class Inviter {

    private final Participants participants;
    private final InvitationRepository invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inviter(Participants participants, InvitationRepository invitations, ApplicationEventPublisher events,
            Clock clock) {
        this.participants = participants;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** Invites every registered member of these networks not invited yet; returns how many were. */
    int inviteMembers(long encuentroId, Collection<Long> networkIds) {
        Set<Long> members = new LinkedHashSet<>();
        for (Long networkId : networkIds) {
            participants.inNetwork(networkId).stream().map(ParticipantProfile::id).forEach(members::add);
        }
        return invite(encuentroId, members);
    }

    int invite(long encuentroId, Collection<Long> participantIds) {
        Set<Long> already = new java.util.HashSet<>();
        invitations.findByEncuentroIdOrderById(encuentroId).forEach(i -> already.add(i.participantId()));
        List<Long> invited = new ArrayList<>();
        for (Long participantId : participantIds) {
            if (already.add(participantId)) {
                invitations.save(Invitation.invite(encuentroId, participantId, clock.instant()));
                invited.add(participantId);
            }
        }
        if (!invited.isEmpty()) {
            events.publishEvent(new InvitationsIssued(encuentroId, invited));
        }
        return invited.size();
    }
}
