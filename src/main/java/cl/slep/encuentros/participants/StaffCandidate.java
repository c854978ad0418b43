package cl.slep.encuentros.participants;

import java.util.Set;

/**
 * A person as the admin saw them when choosing them for a role, to be handed back on confirmation so that a change
 * in between (an erasure above all) is noticed instead of overwritten. Small enough to keep in a conversation.
 */
public record StaffCandidate(long telegramUserId, boolean registered, Set<Long> coordinatedNetworks) {

    public StaffCandidate {
        coordinatedNetworks = Set.copyOf(coordinatedNetworks);
    }
}
