package cl.slep.encuentros.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class EncuentrosPropertiesTests {

    @Test
    void defaultsAreAnHourForCheckInADayAndTwoHoursForRemindersTwoDaysForTheNudgeAndQuietNights() {
        EncuentrosProperties properties = bind(Map.of());

        assertThat(properties.checkinOpens()).isEqualTo(Duration.ofHours(1));
        assertThat(properties.reminderOffsets()).containsExactly(Duration.ofDays(1), Duration.ofHours(2));
        assertThat(properties.nudgeBefore()).isEqualTo(Duration.ofDays(2));
        assertThat(properties.quietHoursWindow()).isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)));
        assertThat(properties.startGrace()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theEnvironmentVariablesOfTheReadmeSetThem() {
        EncuentrosProperties properties = bind(Map.of("ENCUENTROS_CHECKIN_OPENS", "PT30M",
                "ENCUENTROS_REMINDER_OFFSETS", "P2D,PT3H,PT30M", "ENCUENTROS_NUDGE_BEFORE", "P3D",
                "ENCUENTROS_QUIET_HOURS", ""));

        assertThat(properties.checkinOpens()).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.reminderOffsets())
                .containsExactly(Duration.ofDays(2), Duration.ofHours(3), Duration.ofMinutes(30));
        assertThat(properties.nudgeBefore()).isEqualTo(Duration.ofDays(3));
        assertThat(properties.quietHoursWindow().isNone()).isTrue();
    }

    @Test
    void nonsenseIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("ENCUENTROS_QUIET_HOURS", "de noche")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("ENCUENTROS_REMINDER_OFFSETS", "-PT1H")))
                .isInstanceOf(BindException.class);
    }

    @Test
    void quietHoursAcrossMidnightAndWithinADay() {
        QuietHours night = QuietHours.parse("22:00-07:00");
        assertThat(night.contains(LocalTime.of(23, 30))).isTrue();
        assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(21, 59))).isFalse();
        assertThat(night.nextAllowed(LocalDateTime.parse("2026-04-08T23:00")))
                .isEqualTo(LocalDateTime.parse("2026-04-09T07:00"));
        assertThat(night.nextAllowed(LocalDateTime.parse("2026-04-09T03:00")))
                .isEqualTo(LocalDateTime.parse("2026-04-09T07:00"));
        assertThat(night.nextAllowed(LocalDateTime.parse("2026-04-09T09:00")))
                .isEqualTo(LocalDateTime.parse("2026-04-09T09:00"));

        QuietHours lunch = QuietHours.parse(" 13:00 - 14:30 ");
        assertThat(lunch.contains(LocalTime.of(13, 0))).isTrue();
        assertThat(lunch.contains(LocalTime.of(14, 30))).isFalse();
        assertThat(lunch.nextAllowed(LocalDateTime.parse("2026-04-09T13:10")))
                .isEqualTo(LocalDateTime.parse("2026-04-09T14:30"));
        assertThat(QuietHours.parse(null).contains(LocalTime.NOON)).isFalse();
    }

    private static EncuentrosProperties bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("encuentros", EncuentrosProperties.class);
    }
}
