package cl.slep.encuentros.encuentros;

import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.ParticipantDeleted;
import cl.slep.encuentros.participants.ParticipantNetworksChanged;
import cl.slep.encuentros.participants.ParticipantRegistered;
import cl.slep.encuentros.participants.Participants;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps invitations in step with the participants module: someone who registers or joins a network before a
 * published encuentro of that network starts is invited (late joiners); someone who erases their data leaves only
 * anonymous counts. Both are idempotent, as retried events require.
 */
@Component
class InvitationListeners {

    private final Participants participants;
    private final EncuentroRepository encuentros;
    private final InvitationRepository invitations;
    private final Inviter inviter;
    private final Clock clock;

    InvitationListeners(Participants participants, EncuentroRepository encuentros, InvitationRepository invitations,
            Inviter inviter, Clock clock) {
        this.participants = participants;
        this.encuentros = encuentros;
        this.invitations = invitations;
        this.inviter = inviter;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ParticipantRegistered event) {
        inviteToUpcoming(event.participantId());
    }

    @ApplicationModuleListener
    void on(ParticipantNetworksChanged event) {
        inviteToUpcoming(event.participantId());
    }

    @ApplicationModuleListener
    void on(ParticipantDeleted event) {
        if (event.participantId() != null) {
            invitations.anonymise(event.participantId());
        }
        encuentros.forgetCreator(event.telegramUserId());
    }

    private void inviteToUpcoming(long participantId) {
        participants.findById(participantId).ifPresent(profile -> {
            Set<Long> networks = profile.networks().stream().map(NetworkView::id).collect(Collectors.toSet());
            if (networks.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            List<Encuentro> upcoming = encuentros.findByStatusAndAnyNetwork(EncuentroStatus.PUBLISHED, networks);
            upcoming.stream().filter(e -> now.isBefore(e.startInstant())).map(Encuentro::id).sorted()
                    .forEach(id -> inviter.invite(id, List.of(participantId)));
        });
    }
}
