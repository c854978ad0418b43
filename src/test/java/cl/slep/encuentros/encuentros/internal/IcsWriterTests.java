package cl.slep.encuentros.encuentros.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The .ics read back with ical4j: what a calendar application will see. */
class IcsWriterTests {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    private static final List<Duration> ALARMS = List.of(Duration.ofDays(1), Duration.ofHours(2));

    @Test
    void theEventReadsBackInItsZoneWithLocationDescriptionUidSequenceAndTwoAlarms() throws Exception {
        String ics = IcsWriter.write(event(LocalDateTime.parse("2026-04-09T09:00"), LocalDateTime.parse(
                "2026-04-09T11:30"), 3, false), ALARMS, NOW);

        assertThat(ics).contains("METHOD:PUBLISH", "BEGIN:VTIMEZONE", "TZID:America/Santiago",
                "DTSTART;TZID=America/Santiago:20260409T090000", "DTEND;TZID=America/Santiago:20260409T113000",
                "TRIGGER:-P1D", "TRIGGER:-PT2H", "\r\n");
        Calendar calendar = parse(ics);
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, "UID")).isEqualTo("abc-123@encuentros.slep.cl");
        assertThat(Integer.parseInt(value(event, "SEQUENCE"))).isEqualTo(3);
        assertThat(value(event, "SUMMARY")).isEqualTo("Encuentro de la Red UTP; evaluación");
        assertThat(value(event, "LOCATION"))
                .isEqualTo("Liceo Bicentenario, Av. Arturo Prat 1200, Iquique");
        assertThat(value(event, "DESCRIPTION")).isEqualTo(
                "Agenda:\n1. Bienvenida, café\n2. Trabajo en grupos");
        assertThat(instant(start(event)))
                .isEqualTo(Instant.parse("2026-04-09T13:00:00Z"));
        assertThat(instant(end(event)))
                .isEqualTo(Instant.parse("2026-04-09T15:30:00Z"));
        List<VAlarm> alarms = event.getComponents("VALARM");
        assertThat(alarms).extracting(alarm -> value(alarm, "TRIGGER"))
                .containsExactly("-P1D", "-PT2H");
        assertThat(alarms).allSatisfy(alarm -> assertThat(value(alarm, "ACTION"))
                .isEqualTo("DISPLAY"));
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void aroundTheAprilChangeTheZoneSaysMinusThreeBeforeAndMinusFourAfter() throws Exception {
        // Saturday 4 April 2026 at 24:00 the clocks go back to 23:00: an 09:00 on Monday 6 April is UTC-4.
        String ics = IcsWriter.write(event(LocalDateTime.parse("2026-04-06T09:00"),
                LocalDateTime.parse("2026-04-06T11:00"), 0, false), ALARMS, NOW);
        Calendar calendar = parse(ics);

        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(instant(start(event)))
                .isEqualTo(Instant.parse("2026-04-06T13:00:00Z"));
        VTimeZone zone = calendar.<VTimeZone>getComponents("VTIMEZONE").get(0);
        assertThat(zone.getApplicableObservance(Instant.parse("2026-04-04T15:00:00Z"))
                .getRequiredProperty("TZOFFSETTO").getValue()).isEqualTo("-0300");
        assertThat(zone.getApplicableObservance(Instant.parse("2026-04-06T13:00:00Z"))
                .getRequiredProperty("TZOFFSETTO").getValue()).isEqualTo("-0400");
        // The onset is written in the offset before the change: Saturday 24:00 at -03, i.e. Sunday 00:00.
        assertThat(ics).contains("BEGIN:STANDARD\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0400\r\n"
                + "DTSTART:20260405T000000\r\n");
    }

    @Test
    void aroundTheSeptemberChangeTheZoneSaysMinusFourBeforeAndMinusThreeAfter() throws Exception {
        // Saturday 5 September 2026 at 24:00 the clocks go forward to 01:00: Sunday 00:30 does not exist.
        String before = IcsWriter.write(event(LocalDateTime.parse("2026-09-05T18:00"),
                LocalDateTime.parse("2026-09-05T20:00"), 0, false), ALARMS, NOW);
        String after = IcsWriter.write(event(LocalDateTime.parse("2026-09-07T09:00"),
                LocalDateTime.parse("2026-09-07T11:00"), 0, false), ALARMS, NOW);

        assertThat(instant(start(parse(before).<VEvent>getComponents("VEVENT").get(0)))).isEqualTo(Instant.parse("2026-09-05T22:00:00Z"));
        assertThat(instant(start(parse(after).<VEvent>getComponents("VEVENT").get(0)))).isEqualTo(Instant.parse("2026-09-07T12:00:00Z"));
        VTimeZone zone = parse(after).<VTimeZone>getComponents("VTIMEZONE").get(0);
        assertThat(zone.getApplicableObservance(Instant.parse("2026-09-05T22:00:00Z"))
                .getRequiredProperty("TZOFFSETTO").getValue()).isEqualTo("-0400");
        assertThat(zone.getApplicableObservance(Instant.parse("2026-09-07T12:00:00Z"))
                .getRequiredProperty("TZOFFSETTO").getValue()).isEqualTo("-0300");
    }

    @Test
    void aCancellationSaysSoAndHasNoAlarms() throws Exception {
        String ics = IcsWriter.write(event(LocalDateTime.parse("2026-04-09T09:00"),
                LocalDateTime.parse("2026-04-09T11:30"), 4, true), ALARMS, NOW);

        Calendar calendar = parse(ics);
        assertThat(calendar.getRequiredProperty("METHOD").getValue()).isEqualTo("CANCEL");
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(event.getComponents("VALARM")).isEmpty();
        assertThat(Integer.parseInt(value(event, "SEQUENCE"))).isEqualTo(4);
    }

    private static IcsWriter.Event event(LocalDateTime start, LocalDateTime end, int sequence, boolean cancelled) {
        return new IcsWriter.Event("abc-123@encuentros.slep.cl", sequence, "Encuentro de la Red UTP; evaluación",
                "Agenda:\n1. Bienvenida, café\n2. Trabajo en grupos",
                "Liceo Bicentenario, Av. Arturo Prat 1200, Iquique", -20.2208, -70.1431, start, end, SANTIAGO,
                cancelled);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(net.fortuna.ical4j.model.Component component, String property) {
        return component.getRequiredProperty(property).getValue();
    }

    private static Temporal start(VEvent event) {
        return event.getStartDate().orElseThrow().getDate();
    }

    private static Temporal end(VEvent event) {
        return event.getEndDate().orElseThrow().getDate();
    }

    private static Instant instant(Temporal temporal) {
        return ZonedDateTime.from(temporal).toInstant();
    }
}
