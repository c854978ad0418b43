package cl.slep.encuentros.participants;

import java.util.List;

/**
 * A role as the catalogue offers it.
 *
 * @param position its place in {@code catalogue/roles.csv}, from 1: the order of the buttons, and what a button
 *         carries (a code may not fit in Telegram's 64 bytes beside the rest)
 * @param label how a person reads it ("Jefe/a UTP")
 * @param networkCodes the networks pre-selected when it is chosen, as codes of {@code catalogue/networks.csv}
 */
public record RoleView(SchoolRole role, int position, String label, List<String> networkCodes) {

    public RoleView {
        networkCodes = List.copyOf(networkCodes);
    }
}
