package cl.slep.encuentros.civiltime;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

/** Pinned to Chile's 2026 clock changes, as the JDK's time-zone database has them. */
class CivilTimeTests {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final CivilTime civilTime = new CivilTime(fromApplicationYml(), clock);

    @Test
    void theJdkKnowsChilesTwoThousandTwentySixChanges() {
        ZoneOffsetTransition april = SANTIAGO.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(april.getInstant()).isEqualTo(Instant.parse("2026-04-05T03:00:00Z"));
        assertThat(april.getDateTimeBefore()).isEqualTo(LocalDateTime.parse("2026-04-05T00:00"));
        assertThat(april.getDateTimeAfter()).isEqualTo(LocalDateTime.parse("2026-04-04T23:00"));
        assertThat(april.isOverlap()).isTrue();
        assertThat(april.getDateTimeBefore().toLocalDate()).isEqualTo(firstSunday(2026, 4));

        ZoneOffsetTransition september = SANTIAGO.getRules().nextTransition(april.getInstant());
        assertThat(september.getInstant()).isEqualTo(Instant.parse("2026-09-06T04:00:00Z"));
        assertThat(september.getDateTimeBefore()).isEqualTo(LocalDateTime.parse("2026-09-06T00:00"));
        assertThat(september.getDateTimeAfter()).isEqualTo(LocalDateTime.parse("2026-09-06T01:00"));
        assertThat(september.isGap()).isTrue();
        assertThat(september.getDateTimeBefore().toLocalDate()).isEqualTo(firstSunday(2026, 9));
    }

    @Test
    void aTimeInAprilsRepeatedHourMeansItsFirstOccurrence() {
        Instant first = civilTime.instantOf(LocalDateTime.parse("2026-04-04T23:30"));

        assertThat(first).isEqualTo(Instant.parse("2026-04-05T02:30:00Z"));
        assertThat(civilTime.localOf(first.plus(Duration.ofHours(1))))
                .as("an hour later the clocks show the same time again")
                .isEqualTo(LocalDateTime.parse("2026-04-04T23:30"));
    }

    @Test
    void aTimeInSeptembersMissingHourIsShiftedForwardByTheGap() {
        Instant instant = civilTime.instantOf(LocalDateTime.parse("2026-09-06T00:30"));

        assertThat(instant).isEqualTo(Instant.parse("2026-09-06T04:30:00Z"));
        assertThat(civilTime.localOf(instant)).isEqualTo(LocalDateTime.parse("2026-09-06T01:30"));
        assertThat(civilTime.instantOf(LocalDateTime.parse("2026-09-05T23:30")))
                .isEqualTo(Instant.parse("2026-09-06T03:30:00Z"));
    }

    @Test
    void aDayBeforeIsTheSameWallClockTimeAcrossAprilsChange() {
        LocalDateTime encuentro = LocalDateTime.parse("2026-04-05T09:00");

        Instant reminder = civilTime.instantBefore(encuentro, Period.ofDays(1));

        assertThat(civilTime.localOf(reminder)).isEqualTo(LocalDateTime.parse("2026-04-04T09:00"));
        assertThat(Duration.between(reminder, civilTime.instantOf(encuentro))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aDayBeforeIsTheSameWallClockTimeAcrossSeptembersChange() {
        LocalDateTime encuentro = LocalDateTime.parse("2026-09-07T09:00");

        Instant reminder = civilTime.instantBefore(encuentro, Duration.ofHours(24));

        assertThat(civilTime.localOf(reminder)).isEqualTo(LocalDateTime.parse("2026-09-06T09:00"));
        assertThat(civilTime.instantBefore(LocalDateTime.parse("2026-09-06T09:00"), Period.ofDays(1)))
                .isEqualTo(Instant.parse("2026-09-05T13:00:00Z"));
        assertThat(Duration.between(civilTime.instantBefore(LocalDateTime.parse("2026-09-06T09:00"), Period.ofDays(1)),
                civilTime.instantOf(LocalDateTime.parse("2026-09-06T09:00")))).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void datesReadInChileanSpanish() {
        assertThat(civilTime.format(LocalDateTime.parse("2026-04-09T09:00"))).isEqualTo("jueves 9 de abril, 09:00");
        assertThat(civilTime.formatRange(LocalDateTime.parse("2026-04-09T09:00"), LocalDateTime.parse("2026-04-09T11:30")))
                .isEqualTo("jueves 9 de abril, 09:00 a 11:30");
        assertThat(civilTime.formatRange(LocalDateTime.parse("2026-04-09T17:00"), LocalDateTime.parse("2026-04-10T09:00")))
                .isEqualTo("jueves 9 de abril, 17:00 a viernes 10 de abril, 09:00");
        assertThat(civilTime.format(Instant.parse("2026-09-10T12:00:00Z"))).isEqualTo("jueves 10 de septiembre, 09:00");
        assertThat(civilTime.formatDate(LocalDate.parse("2028-03-03"))).isEqualTo("viernes 3 de marzo de 2028");
    }

    @Test
    void todayIsTheLocalDateNotTheUtcOne() {
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));

        assertThat(civilTime.today()).isEqualTo(LocalDate.parse("2026-03-01"));
    }

    private static LocalDate firstSunday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
    }

    /** The formats people read are the ones in application.yml, so the test binds that file. */
    static CivilTimeProperties fromApplicationYml() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        java.util.Map<Object, Object> values = new java.util.HashMap<>(yaml.getObject());
        values.put("encuentros.time.zone", "America/Santiago");
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("encuentros.time", CivilTimeProperties.class);
    }
}
