package cl.slep.encuentros.civiltime;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The zone and how dates read in it. The patterns are Spanish text, so they live in application.yml, not in code.
 *
 * @param zone the zone planned times are lived in (ENCUENTROS_TIME_ZONE, default America/Santiago)
 * @param day a day and month, e.g. "jueves 9 de abril"
 * @param dayWithYear the same with the year, for days far ahead
 * @param time hours and minutes
 * @param moment a day and a time: {0} the day, {1} the time
 * @param range a start and an end: {0} the start, {1} the end
 */
@ConfigurationProperties("encuentros.time")
public record CivilTimeProperties(
        @DefaultValue("America/Santiago") ZoneId zone,
        String day,
        String dayWithYear,
        @DefaultValue("HH:mm") String time,
        String moment,
        String range) {
}
