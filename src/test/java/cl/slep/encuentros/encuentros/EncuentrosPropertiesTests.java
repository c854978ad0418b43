package cl.slep.encuentros.encuentros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class EncuentrosPropertiesTests {

    @Test
    void defaultsAreAnHourForCheckInAndADayAndTwoHoursForReminders() {
        EncuentrosProperties properties = bind(Map.of());

        assertThat(properties.checkinOpens()).isEqualTo(Duration.ofHours(1));
        assertThat(properties.reminderOffsets()).containsExactly(Duration.ofDays(1), Duration.ofHours(2));
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
    }

    @Test
    void nonsenseIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("ENCUENTROS_REMINDER_OFFSETS", "-PT1H")))
                .isInstanceOf(BindException.class);
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
