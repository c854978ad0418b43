package cl.slep.encuentros.participants;

import java.time.Instant;
import java.util.List;

/**
 * All the module tells others about a registered participant.
 *
 * @param roleOther what the person wrote as their role, with {@link SchoolRole#OTHER}; otherwise null. How the role
 *         reads, either way, is {@link Participants#roleLabel(ParticipantProfile)}
 * @param networks in the catalogue's order
 */
public record ParticipantProfile(
        long id,
        long telegramUserId,
        String fullName,
        EstablishmentView establishment,
        String establishmentFreeText,
        SchoolRole role,
        String roleOther,
        List<NetworkView> networks,
        Instant consentGivenAt,
        Instant registeredAt,
        Instant lastSeenAt,
        boolean reachable,
        boolean messagesPaused,
        boolean optionalMessagesMuted) {

    /** A profile with a role from the list. */
    public ParticipantProfile(long id, long telegramUserId, String fullName, EstablishmentView establishment,
            String establishmentFreeText, SchoolRole role, List<NetworkView> networks, Instant consentGivenAt,
            Instant registeredAt, Instant lastSeenAt, boolean reachable, boolean messagesPaused,
            boolean optionalMessagesMuted) {
        this(id, telegramUserId, fullName, establishment, establishmentFreeText, role, null, networks, consentGivenAt,
                registeredAt, lastSeenAt, reachable, messagesPaused, optionalMessagesMuted);
    }

    /** The establishment as the person gave it. */
    public String establishmentName() {
        return establishment != null ? establishment.name() : establishmentFreeText;
    }
}
