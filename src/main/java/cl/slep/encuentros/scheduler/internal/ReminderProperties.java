package cl.slep.encuentros.scheduler.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param offsets     how long before an encuentro its reminders go out, ISO-8601 ("P1D", "PT2H"): days on the
 *                    calendar, hours on the wall clock
 * @param nudgeBefore when those who have not answered get a nudge
 * @param quietHours  local hours when reminders wait ("22:00-07:00"); empty for none
 */
@ConfigurationProperties("encuentros.reminders")
record ReminderProperties(
        @DefaultValue({"P1D", "PT2H"}) List<String> offsets,
        @DefaultValue("P2D") String nudgeBefore,
        @DefaultValue("22:00-07:00") String quietHours) {
}
