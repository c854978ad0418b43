package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.participants.StaffCandidate;
import java.util.Set;
import java.util.TreeSet;

/**
 * An admin naming a coordinator or changing their networks.
 *
 * @param target the person's Telegram user id, once known
 * @param networks the networks the admin has ticked so far
 * @param seen the person as the admin found them (registered? which networks?), handed back on confirmation so an
 *             erasure or another admin's change in between is noticed instead of overwritten
 */
record StaffDraft(Long target, Set<Long> networks, StaffCandidate seen) {

    StaffDraft {
        networks = networks == null ? new TreeSet<>() : new TreeSet<>(networks);
    }

    static StaffDraft empty() {
        return new StaffDraft(null, Set.of(), null);
    }

    /** The person is chosen: the networks they coordinate now start ticked. */
    StaffDraft about(StaffCandidate candidate) {
        return new StaffDraft(candidate.telegramUserId(), candidate.coordinatedNetworks(), candidate);
    }

    StaffDraft withNetworks(Set<Long> chosen) {
        return new StaffDraft(target, chosen, seen);
    }

    /** The person coordinated some networks already when the admin chose them. */
    boolean editing() {
        return seen != null && !seen.coordinatedNetworks().isEmpty();
    }
}
