package cl.slep.encuentros.encuentros;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The encuentros' timing rules. When reminders and nudges go out, and quiet hours, are the scheduler's
 * ({@code encuentros.reminders.*}); the offsets are read here too, for the alarms of the .ics file.
 *
 * @param checkinOpens how long before the start the check-in code works (ENCUENTROS_CHECKIN_OPENS); until the end
 * @param reminderOffsets reminders before the start, counted on the wall clock (ENCUENTROS_REMINDER_OFFSETS)
 * @param startGrace how far in the past a start may be when saved: an encuentro created on the spot to take
 *     attendance by QR starts "now" (ENCUENTROS_START_GRACE)
 */
@ConfigurationProperties("encuentros")
public record EncuentrosProperties(
        @DefaultValue("PT1H") Duration checkinOpens,
        @DefaultValue("P1D,PT2H") List<Duration> reminderOffsets,
        @DefaultValue("PT10M") Duration startGrace) {

    public EncuentrosProperties {
        reminderOffsets = reminderOffsets == null ? List.of() : List.copyOf(reminderOffsets);
        if (checkinOpens.isNegative() || startGrace.isNegative()
                || reminderOffsets.stream().anyMatch(offset -> offset.isNegative() || offset.isZero())) {
            throw new IllegalArgumentException("Encuentros' durations must be positive");
        }
    }
}
