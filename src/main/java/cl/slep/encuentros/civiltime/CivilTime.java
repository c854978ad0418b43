package cl.slep.encuentros.civiltime;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAmount;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What is planned is a local date-time in the zone; instants are derived from it only when needed, so a change of
 * the zone's rules (Chile has changed them at short notice) moves nothing that a person planned.
 *
 * <p>Chile's clock changes: on the first Sunday of April the clocks go back at 24:00 Saturday, so Saturday
 * 23:00–23:59 happens twice; on the first Sunday of September they go forward at 24:00 Saturday, so Sunday
 * 00:00–00:59 does not exist. A planned time in the repeated hour means its first occurrence (the earlier offset);
 * one in the missing hour is shifted forward by the length of the gap (00:30 becomes 01:30), the time the clocks
 * show an hour after 23:30.
 */
@Component
public class CivilTime {

    public static final Locale SPANISH_CHILE = Locale.forLanguageTag("es-CL");

    private final ZoneId zone;
    private final Clock clock;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayWithYear;
    private final DateTimeFormatter time;
    private final String moment;
    private final String range;

    public CivilTime(CivilTimeProperties properties, Clock clock) {
        this.zone = properties.zone();
        this.clock = clock;
        this.day = DateTimeFormatter.ofPattern(properties.day(), SPANISH_CHILE);
        this.dayWithYear = DateTimeFormatter.ofPattern(properties.dayWithYear(), SPANISH_CHILE);
        this.time = DateTimeFormatter.ofPattern(properties.time(), SPANISH_CHILE);
        this.moment = properties.moment();
        this.range = properties.range();
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    /** The instant of a planned local date-time: gap shifted forward, overlap at its earlier offset. */
    public Instant instantOf(LocalDateTime planned) {
        return ZonedDateTime.ofLocal(planned, zone, null).toInstant();
    }

    /**
     * The instant of "this long before" a planned time, counted on the wall clock: a day before 09:00 is 09:00 the
     * day before even when the clocks changed in between (then 23 or 25 hours pass, not 24).
     */
    public Instant instantBefore(LocalDateTime planned, TemporalAmount offset) {
        return instantOf(planned.minus(offset));
    }

    public LocalDateTime localOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** "jueves 9 de abril, 09:00". */
    public String format(LocalDateTime local) {
        return MessageFormat.format(moment, day.format(local), time.format(local));
    }

    public String format(Instant instant) {
        return format(localOf(instant));
    }

    /** "jueves 9 de abril, 09:00 a 11:30"; an end on another day is written in full. */
    public String formatRange(LocalDateTime start, LocalDateTime end) {
        String until = start.toLocalDate().equals(end.toLocalDate()) ? time.format(end) : format(end);
        return MessageFormat.format(range, format(start), until);
    }

    /** "viernes 3 de marzo de 2028": for a day far enough ahead that its year matters. */
    public String formatDate(LocalDate date) {
        return dayWithYear.format(date);
    }

    public String formatDate(Instant instant) {
        return formatDate(localOf(instant).toLocalDate());
    }
}
