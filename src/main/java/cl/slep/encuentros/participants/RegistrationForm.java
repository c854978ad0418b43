package cl.slep.encuentros.participants;

import java.time.Instant;
import java.util.Set;

/**
 * What the registration conversation gathered. Either {@code establishmentId} (from the catalogue) or
 * {@code establishmentFreeText} (not in the list, for an admin to resolve) is set.
 */
public record RegistrationForm(long telegramUserId, String fullName, Long establishmentId,
        String establishmentFreeText, SchoolRole role, Set<Long> networkIds, Instant consentGivenAt) {

    public RegistrationForm {
        networkIds = Set.copyOf(networkIds);
    }
}
