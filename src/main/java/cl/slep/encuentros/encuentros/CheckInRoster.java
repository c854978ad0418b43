package cl.slep.encuentros.encuentros;

import java.util.Set;

/**
 * Who is on an encuentro's list, for a coordinator marking people present by hand: the participants invited (not
 * guests) and everyone already checked in (guests included).
 */
public record CheckInRoster(Set<Long> invited, Set<Long> present) {

    public CheckInRoster {
        invited = Set.copyOf(invited);
        present = Set.copyOf(present);
    }
}
