package cl.slep.encuentros.scheduler.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * "This long before" as a person means it: the days are counted on the calendar and the hours on the wall clock,
 * so a day before 09:00 is 09:00 the day before even across a clock change (23 or 25 hours then pass).
 *
 * @param text the ISO-8601 form it was configured with ("P1D", "PT2H"); it names the reminder in its outbox key
 */
record CivilOffset(String text, Period days, Duration time) {

    CivilOffset {
        if (days.isNegative() || time.isNegative() || (days.isZero() && time.isZero())) {
            throw new IllegalArgumentException("An offset before an encuentro must be positive: " + text);
        }
    }

    /** ISO-8601: "P1D", "PT2H", "P1DT12H", "PT90M". */
    static CivilOffset parse(String iso) {
        String text = iso.strip().toUpperCase(Locale.ROOT);
        int timePart = text.indexOf('T');
        try {
            Period days = timePart < 0 ? Period.parse(text)
                    : timePart == 1 ? Period.ZERO : Period.parse(text.substring(0, timePart));
            Duration time = timePart < 0 ? Duration.ZERO : Duration.parse("P" + text.substring(timePart));
            return new CivilOffset(text, days, time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 duration: " + iso, e);
        }
    }

    LocalDateTime before(LocalDateTime planned) {
        return planned.minus(days).minus(time);
    }

    @Override
    public String toString() {
        return text;
    }
}
