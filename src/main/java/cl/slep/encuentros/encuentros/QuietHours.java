package cl.slep.encuentros.encuentros;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Local hours in which no reminder goes out, e.g. 22:00–07:00 (across midnight) or 13:00–14:00; {@link #NONE} for
 * none. Essential changes ignore them.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** "22:00-07:00"; blank or null is {@link #NONE}. */
    public static QuietHours parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Quiet hours must read like 22:00-07:00: " + text);
        }
        try {
            return new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Quiet hours must read like 22:00-07:00: " + text, e);
        }
    }

    public boolean isNone() {
        return from.equals(until);
    }

    public boolean contains(LocalTime time) {
        if (isNone()) {
            return false;
        }
        if (from.isBefore(until)) {
            return !time.isBefore(from) && time.isBefore(until);
        }
        return !time.isBefore(from) || time.isBefore(until);
    }

    /** When something due at {@code due} may go out: {@code due} itself, or the end of the quiet hours it falls in. */
    public LocalDateTime nextAllowed(LocalDateTime due) {
        if (!contains(due.toLocalTime())) {
            return due;
        }
        LocalDateTime end = due.toLocalDate().atTime(until);
        return end.isBefore(due) ? end.plusDays(1) : end;
    }
}
