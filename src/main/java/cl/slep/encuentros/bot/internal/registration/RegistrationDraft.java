package cl.slep.encuentros.bot.internal.registration;

import cl.slep.encuentros.bot.internal.buttons.StepButtons.ProfileField;
import cl.slep.encuentros.participants.SchoolRole;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What registration has gathered so far; also the state of a profile edit ({@code editing} names the field).
 * Either {@code establishmentId} (from the catalogue) or {@code establishmentFreeText} is set.
 *
 * @param roleOther what the person wrote as their role after choosing "Otro"; null with any other role
 * @param fixing the person is correcting a field from the summary: the step goes back to the summary
 */
record RegistrationDraft(Instant consentAt, String name, Long establishmentId, String establishmentFreeText,
        SchoolRole role, String roleOther, Set<Long> networks, boolean fixing, ProfileField editing) {

    RegistrationDraft {
        networks = networks == null ? new LinkedHashSet<>() : new LinkedHashSet<>(networks);
    }

    static RegistrationDraft empty() {
        return new RegistrationDraft(null, null, null, null, null, null, Set.of(), false, null);
    }

    RegistrationDraft consented(Instant at) {
        return new RegistrationDraft(at, name, establishmentId, establishmentFreeText, role, roleOther, networks,
                fixing, editing);
    }

    RegistrationDraft withName(String fullName) {
        return new RegistrationDraft(consentAt, fullName, establishmentId, establishmentFreeText, role, roleOther,
                networks, fixing, editing);
    }

    RegistrationDraft withEstablishment(long id) {
        return new RegistrationDraft(consentAt, name, id, null, role, roleOther, networks, fixing, editing);
    }

    RegistrationDraft withEstablishmentNotListed(String freeText) {
        return new RegistrationDraft(consentAt, name, null, freeText, role, roleOther, networks, fixing, editing);
    }

    /** A new role; unless the person is correcting it, the networks that usually fit it are pre-selected. */
    RegistrationDraft withRole(SchoolRole chosen, Set<Long> usualNetworks) {
        Set<Long> next = fixing && !networks.isEmpty() ? networks : usualNetworks;
        return new RegistrationDraft(consentAt, name, establishmentId, establishmentFreeText, chosen, null, next,
                fixing, editing);
    }

    RegistrationDraft withRoleOther(String written) {
        return new RegistrationDraft(consentAt, name, establishmentId, establishmentFreeText, role, written, networks,
                fixing, editing);
    }

    RegistrationDraft withNetworks(Set<Long> chosen) {
        return new RegistrationDraft(consentAt, name, establishmentId, establishmentFreeText, role, roleOther, chosen,
                fixing, editing);
    }

    RegistrationDraft correcting() {
        return new RegistrationDraft(consentAt, name, establishmentId, establishmentFreeText, role, roleOther, networks,
                true, editing);
    }
}
