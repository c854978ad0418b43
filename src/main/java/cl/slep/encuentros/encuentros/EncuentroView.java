package cl.slep.encuentros.encuentros;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * An encuentro as other modules see it. {@code start} and {@code end} are the planned local date-times in
 * {@code zone}; {@code startInstant}/{@code endInstant} are derived with the zone rules in force now.
 */
public record EncuentroView(
        long id,
        String uid,
        String title,
        String description,
        String venueName,
        String address,
        Double latitude,
        Double longitude,
        Integer capacity,
        LocalDateTime start,
        LocalDateTime end,
        ZoneId zone,
        EncuentroStatus status,
        int sequence,
        Set<Long> networkIds,
        Long createdBy,
        Instant createdAt,
        Instant publishedAt,
        CheckInCode checkInCode) {

    public Instant startInstant() {
        return Schedule.instantOf(start, zone);
    }

    public Instant endInstant() {
        return Schedule.instantOf(end, zone);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** The fields as a draft, to change a few and hand to {@link Encuentros#edit}. */
    public EncuentroDraft toDraft() {
        return new EncuentroDraft(title, description, venueName, address, latitude, longitude, capacity, start, end,
                networkIds);
    }

    public Schedule schedule() {
        return new Schedule(start, end, venueName, address, latitude, longitude);
    }
}
