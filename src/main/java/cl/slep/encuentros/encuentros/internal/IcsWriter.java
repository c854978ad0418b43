package cl.slep.encuentros.encuentros.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * An encuentro as an iCalendar file (RFC 5545) written with ical4j: the event in its zone, with the zone's
 * VTIMEZONE, and an alarm per reminder offset. The VTIMEZONE is built from the JVM's own zone rules, the ones the
 * application plans with, around the event's dates, not from ical4j's bundled (and possibly older) copy: if Chile
 * changes its rules, the calendar file and the reminders agree.
 */
public final class IcsWriter {

    private static final String PROD_ID = "-//SLEP//Encuentros//ES";
    /** Transitions this far around the event are included, so any client resolves its dates. */
    private static final Duration MARGIN = Duration.ofDays(400);

    /** What the file says; {@code cancelled} writes METHOD:CANCEL and STATUS:CANCELLED. */
    public record Event(String uid, int sequence, String title, String description, String location,
            Double latitude, Double longitude, LocalDateTime start, LocalDateTime end, ZoneId zone,
            boolean cancelled) {
    }

    private IcsWriter() {
    }

    public static String write(Event event, List<Duration> alarmsBefore, Instant now) {
        ZonedDateTime start = ZonedDateTime.ofLocal(event.start(), event.zone(), null);
        ZonedDateTime end = ZonedDateTime.ofLocal(event.end(), event.zone(), null);
        VEvent vevent = new VEvent(false);
        vevent.add(new DtStamp(now));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new DtStart<>(start));
        vevent.add(new DtEnd<>(end));
        vevent.add(new Summary(event.title()));
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.latitude() != null && event.longitude() != null) {
            vevent.add(new Geo(BigDecimal.valueOf(event.latitude()), BigDecimal.valueOf(event.longitude())));
        }
        vevent.add(new Status(event.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        if (!event.cancelled()) {
            for (Duration before : alarmsBefore) {
                VAlarm alarm = new VAlarm(negated(before));
                alarm.add(new ImmutableAction(ImmutableAction.VALUE_DISPLAY));
                alarm.add(new Description(event.title()));
                vevent.add(alarm);
            }
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PROD_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(event.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_PUBLISH));
        calendar.add(timeZone(event.zone(), start.toInstant(), end.toInstant()));
        calendar.add(vevent);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid calendar", e);
        }
        return out.toString();
    }

    /** Whole days as days (TRIGGER:-P1D, which clients show as "1 day before"), the rest as a duration. */
    private static TemporalAmount negated(Duration before) {
        if (!before.isZero() && before.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
            return Period.ofDays((int) -before.toDays());
        }
        return before.negated();
    }

    static VTimeZone timeZone(ZoneId zone, Instant from, Instant until) {
        ZoneRules rules = zone.getRules();
        VTimeZone vtimezone = new VTimeZone();
        vtimezone.add(new TzId(zone.getId()));
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition first = rules.previousTransition(from.minus(MARGIN));
        if (first != null) {
            transitions.add(first);
        }
        ZoneOffsetTransition next = rules.nextTransition(from.minus(MARGIN));
        Instant last = until.plus(MARGIN);
        while (next != null && next.getInstant().isBefore(last)) {
            transitions.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(from);
            vtimezone.add(observance(false, offset, offset, LocalDateTime.of(1970, 1, 1, 0, 0)));
        }
        for (ZoneOffsetTransition transition : transitions) {
            vtimezone.add(observance(rules.isDaylightSavings(transition.getInstant()), transition.getOffsetBefore(),
                    transition.getOffsetAfter(), transition.getDateTimeBefore()));
        }
        return vtimezone;
    }

    private static Observance observance(boolean daylight, ZoneOffset from, ZoneOffset to, LocalDateTime onset) {
        Observance observance = daylight ? new Daylight() : new Standard();
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        observance.add(new DtStart<>(onset));
        return observance;
    }
}
