package cl.slep.encuentros.bot.internal.registration;

import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.EstablishmentView;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.RoleView;
import cl.slep.encuentros.participants.SchoolRole;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The parts of the catalogue registration's steps read; unit tests give them lists instead of a database. */
record CatalogueView(BiFunction<String, Integer, List<EstablishmentView>> search,
        LongFunction<Optional<EstablishmentView>> establishment, Supplier<List<NetworkView>> networks,
        Supplier<List<RoleView>> roles) {

    static CatalogueView of(Catalogue catalogue) {
        return new CatalogueView(catalogue::searchEstablishments, catalogue::establishment, catalogue::networks,
                catalogue::roles);
    }

    /** The networks that usually fit a role, in the catalogue's order. */
    Set<Long> usualNetworks(RoleView role) {
        return networks.get().stream().filter(network -> role.networkCodes().contains(network.code()))
                .map(NetworkView::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    boolean offers(SchoolRole role) {
        return roles.get().stream().anyMatch(known -> known.role().equals(role));
    }

    /** How a role reads; for "Otro", what the person wrote, if they did. */
    String roleLabel(SchoolRole role, String other) {
        if (role.isOther() && other != null) {
            return other;
        }
        return roles.get().stream().filter(known -> known.role().equals(role)).map(RoleView::label).findFirst()
                .orElse(role.code());
    }
}
