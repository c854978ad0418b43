package cl.slep.encuentros.participants;

import java.time.Instant;
import java.util.Set;

/**
 * What the registration conversation gathered. Either {@code establishmentId} (from the catalogue) or
 * {@code establishmentFreeText} (not in the list, for an admin to resolve) is set.
 *
 * @param roleOther what the person wrote as their role after choosing "Otro" ({@link SchoolRole#OTHER}); ignored
 *         with any other role
 */
public record RegistrationForm(long telegramUserId, String fullName, Long establishmentId,
        String establishmentFreeText, SchoolRole role, String roleOther, Set<Long> networkIds, Instant consentGivenAt) {

    public RegistrationForm {
        networkIds = Set.copyOf(networkIds);
    }

    /** A role from the list, with nothing written. */
    public RegistrationForm(long telegramUserId, String fullName, Long establishmentId, String establishmentFreeText,
            SchoolRole role, Set<Long> networkIds, Instant consentGivenAt) {
        this(telegramUserId, fullName, establishmentId, establishmentFreeText, role, null, networkIds, consentGivenAt);
    }
}
