package cl.slep.encuentros.participants;

import java.time.Instant;
import java.util.List;

/** All the module tells others about a registered participant. */
public record ParticipantProfile(
        long id,
        long telegramUserId,
        String fullName,
        EstablishmentView establishment,
        String establishmentFreeText,
        SchoolRole role,
        List<NetworkView> networks,
        Instant consentGivenAt,
        Instant registeredAt,
        Instant lastSeenAt,
        boolean reachable,
        boolean messagesPaused,
        boolean optionalMessagesMuted) {

    /** The establishment as the person gave it. */
    public String establishmentName() {
        return establishment != null ? establishment.name() : establishmentFreeText;
    }
}
