package cl.slep.encuentros.encuentros;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When and where: what a reschedule changes and what the people invited are told about. */
public record Schedule(LocalDateTime start, LocalDateTime end, String venueName, String address, Double latitude,
        Double longitude) {

    public boolean timeChanged(Schedule other) {
        return !start.equals(other.start) || !end.equals(other.end);
    }

    public boolean venueChanged(Schedule other) {
        return !java.util.Objects.equals(venueName, other.venueName)
                || !java.util.Objects.equals(address, other.address)
                || !java.util.Objects.equals(latitude, other.latitude)
                || !java.util.Objects.equals(longitude, other.longitude);
    }

    /** Same rule as CivilTime: a time in the spring-forward gap moves forward, one in the overlap takes the earlier. */
    static Instant instantOf(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }
}
