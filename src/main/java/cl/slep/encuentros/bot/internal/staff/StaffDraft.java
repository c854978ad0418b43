package cl.slep.encuentros.bot.internal.staff;

import java.util.Set;
import java.util.TreeSet;

/**
 * An admin naming a coordinator or changing their networks.
 *
 * @param target the person's Telegram user id, once known
 * @param editing the person already coordinated some networks when the flow started
 */
record StaffDraft(Long target, Set<Long> networks, boolean editing) {

    StaffDraft {
        networks = networks == null ? new TreeSet<>() : new TreeSet<>(networks);
    }

    static StaffDraft empty() {
        return new StaffDraft(null, Set.of(), false);
    }

    StaffDraft about(long person, Set<Long> coordinatedNow) {
        return new StaffDraft(person, coordinatedNow, !coordinatedNow.isEmpty());
    }

    StaffDraft withNetworks(Set<Long> chosen) {
        return new StaffDraft(target, chosen, editing);
    }
}
