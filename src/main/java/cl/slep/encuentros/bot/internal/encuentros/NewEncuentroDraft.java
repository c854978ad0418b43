package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.encuentros.EncuentroDraft;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * An encuentro being written in chat, one answer per field. It becomes the encuentros module's draft when the
 * coordinator publishes or saves it.
 */
record NewEncuentroDraft(Set<Long> offered, String title, Set<Long> networks, LocalDateTime start, LocalDateTime end, String venue,
        String address, Double latitude, Double longitude, Integer capacity, String description, boolean publish) {

    NewEncuentroDraft {
        networks = networks == null ? Set.of() : Set.copyOf(networks);
        offered = offered == null ? null : Set.copyOf(offered);
    }

    /** {@code offered}: the networks the person may invite (those they coordinate); null for all (an admin). */
    static NewEncuentroDraft offering(Set<Long> offered) {
        return new NewEncuentroDraft(offered, null, Set.of(), null, null, null, null, null, null, null, null, false);
    }

    NewEncuentroDraft withTitle(String value) {
        return new NewEncuentroDraft(offered, value, networks, start, end, venue, address, latitude, longitude, capacity,
                description, publish);
    }

    NewEncuentroDraft withNetworks(Set<Long> value) {
        return new NewEncuentroDraft(offered, title, value, start, end, venue, address, latitude, longitude, capacity,
                description, publish);
    }

    NewEncuentroDraft withStart(LocalDateTime value) {
        return new NewEncuentroDraft(offered, title, networks, value, end, venue, address, latitude, longitude, capacity,
                description, publish);
    }

    NewEncuentroDraft withEnd(LocalDateTime value) {
        return new NewEncuentroDraft(offered, title, networks, start, value, venue, address, latitude, longitude, capacity,
                description, publish);
    }

    NewEncuentroDraft withVenue(String value) {
        return new NewEncuentroDraft(offered, title, networks, start, end, value, address, latitude, longitude, capacity,
                description, publish);
    }

    NewEncuentroDraft withAddress(String value) {
        return new NewEncuentroDraft(offered, title, networks, start, end, venue, value, latitude, longitude, capacity,
                description, publish);
    }

    NewEncuentroDraft withLocation(Double lat, Double lon) {
        return new NewEncuentroDraft(offered, title, networks, start, end, venue, address, lat, lon, capacity, description,
                publish);
    }

    NewEncuentroDraft withCapacity(Integer value) {
        return new NewEncuentroDraft(offered, title, networks, start, end, venue, address, latitude, longitude, value,
                description, publish);
    }

    NewEncuentroDraft withDescription(String value) {
        return new NewEncuentroDraft(offered, title, networks, start, end, venue, address, latitude, longitude, capacity,
                value, publish);
    }

    NewEncuentroDraft publishing(boolean value) {
        return new NewEncuentroDraft(offered, title, networks, start, end, venue, address, latitude, longitude, capacity,
                description, value);
    }

    EncuentroDraft toDraft() {
        return new EncuentroDraft(title, description, venue, address, latitude, longitude, capacity, start, end,
                networks);
    }
}
