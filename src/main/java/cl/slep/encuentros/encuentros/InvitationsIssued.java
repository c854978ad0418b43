package cl.slep.encuentros.encuentros;

import java.util.List;

/**
 * These participants were just invited: at publication, when a network is added, or as late joiners (registered or
 * joined a network before the start). The bot sends one invitation to each, correlated by {@link #correlation()}.
 * Carries ids only (events are stored).
 */
public record InvitationsIssued(long encuentroId, List<Long> participantIds) {

    public InvitationsIssued {
        participantIds = List.copyOf(participantIds);
    }

    /** Groups the outgoing invitations of one encuentro for reports and later edits. */
    public String correlation() {
        return correlationOf(encuentroId);
    }

    public static String correlationOf(long encuentroId) {
        return "invitation:" + encuentroId;
    }
}
