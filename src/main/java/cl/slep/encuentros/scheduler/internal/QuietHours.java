package cl.slep.encuentros.scheduler.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Hours on the local clock when reminders wait ("22:00-07:00"). The span may cross midnight; a time equal to its
 * end is no longer quiet.
 */
record QuietHours(LocalTime from, LocalTime until) {

    QuietHours {
        if (from.equals(until)) {
            throw new IllegalArgumentException("Quiet hours must not be empty: " + from + "-" + until);
        }
    }

    /** "22:00-07:00"; blank means none. */
    static Optional<QuietHours> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] bounds = text.strip().split("\\s*-\\s*");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("Quiet hours read as HH:MM-HH:MM, not: " + text);
        }
        try {
            return Optional.of(new QuietHours(LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1])));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Quiet hours read as HH:MM-HH:MM, not: " + text, e);
        }
    }

    boolean contains(LocalTime time) {
        return crossesMidnight()
                ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
    }

    /** The moment quiet hours end, if this moment is inside them; the moment itself otherwise. */
    LocalDateTime endOf(LocalDateTime moment) {
        if (!contains(moment.toLocalTime())) {
            return moment;
        }
        LocalDateTime sameDay = moment.toLocalDate().atTime(until);
        return sameDay.isAfter(moment) ? sameDay : sameDay.plusDays(1);
    }

    private boolean crossesMidnight() {
        return from.isAfter(until);
    }
}
