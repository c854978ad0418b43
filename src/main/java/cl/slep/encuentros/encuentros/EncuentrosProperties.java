package cl.slep.encuentros.encuentros;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The encuentros' timing rules; the scheduler reads the reminder ones.
 *
 * @param checkinOpens how long before the start the check-in code works (ENCUENTROS_CHECKIN_OPENS); until the end
 * @param reminderOffsets reminders before the start, counted on the wall clock (ENCUENTROS_REMINDER_OFFSETS)
 * @param nudgeBefore when those who have not answered are nudged (ENCUENTROS_NUDGE_BEFORE)
 * @param quietHours local hours without reminders, "22:00-07:00"; empty for none (ENCUENTROS_QUIET_HOURS)
 * @param startGrace how far in the past a start may be when saved: an encuentro created on the spot to take
 *     attendance by QR starts "now" (ENCUENTROS_START_GRACE)
 */
@ConfigurationProperties("encuentros")
public record EncuentrosProperties(
        @DefaultValue("PT1H") Duration checkinOpens,
        @DefaultValue("P1D,PT2H") List<Duration> reminderOffsets,
        @DefaultValue("P2D") Duration nudgeBefore,
        @DefaultValue("22:00-07:00") String quietHours,
        @DefaultValue("PT10M") Duration startGrace) {

    public EncuentrosProperties {
        reminderOffsets = reminderOffsets == null ? List.of() : List.copyOf(reminderOffsets);
        QuietHours.parse(quietHours);
        if (checkinOpens.isNegative() || startGrace.isNegative() || nudgeBefore.isNegative()
                || reminderOffsets.stream().anyMatch(offset -> offset.isNegative() || offset.isZero())) {
            throw new IllegalArgumentException("Encuentros' durations must be positive");
        }
    }

    public QuietHours quietHoursWindow() {
        return QuietHours.parse(quietHours);
    }
}
