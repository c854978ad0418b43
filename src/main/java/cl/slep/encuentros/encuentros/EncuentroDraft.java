package cl.slep.encuentros.encuentros;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What a coordinator fills in, in chat or on the panel. Start and end are local date-times in the application's zone
 * (DESIGN.md "Time"). Optional: description, venue and address (until publication), coordinates (both or neither),
 * capacity (null: no limit).
 */
public record EncuentroDraft(
        String title,
        String description,
        String venueName,
        String address,
        Double latitude,
        Double longitude,
        Integer capacity,
        LocalDateTime start,
        LocalDateTime end,
        Set<Long> networkIds) {

    public EncuentroDraft {
        networkIds = networkIds == null ? Set.of() : Set.copyOf(networkIds);
    }

    public EncuentroDraft withSchedule(LocalDateTime newStart, LocalDateTime newEnd) {
        return new EncuentroDraft(title, description, venueName, address, latitude, longitude, capacity, newStart,
                newEnd, networkIds);
    }

    public EncuentroDraft withVenue(String newVenueName, String newAddress, Double newLatitude, Double newLongitude) {
        return new EncuentroDraft(title, description, newVenueName, newAddress, newLatitude, newLongitude, capacity,
                start, end, networkIds);
    }

    public EncuentroDraft withCapacity(Integer newCapacity) {
        return new EncuentroDraft(title, description, venueName, address, latitude, longitude, newCapacity, start,
                end, networkIds);
    }

    public EncuentroDraft withNetworks(Set<Long> newNetworkIds) {
        return new EncuentroDraft(title, description, venueName, address, latitude, longitude, capacity, start, end,
                newNetworkIds);
    }
}
