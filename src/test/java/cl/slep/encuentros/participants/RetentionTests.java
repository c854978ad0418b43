package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.MutableClock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** Retention at exact instants: the warning a notice period before the limit, the erasure after it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000002:retention-test", "encuentros.telegram.api-url=http://127.0.0.1:9",
        "encuentros.intake.enabled=false", "encuentros.messaging.sender-enabled=false"})
class RetentionTests {

    private static final Instant REGISTERED = Instant.parse("2026-03-02T13:00:00Z");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(REGISTERED);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    Participants participants;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Retention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Scheduler scheduler;

    @Test
    void anInactiveParticipantIsWarnedThenErasedAndActivityStartsThePeriodOver() {
        clock.set(REGISTERED);
        long quiet = 910_000_001L;
        long active = 910_000_002L;
        register(quiet, "Marta Quiroga");
        register(active, "Hugo Araya");

        clock.set(ZonedDateTime.parse("2028-02-01T10:00:00-03:00[America/Santiago]").toInstant());
        assertThat(retention.apply()).isEqualTo(new Retention.Outcome(0, 0));

        // 24 months minus 30 days after the last activity: the warning.
        clock.set(ZonedDateTime.parse("2028-02-02T10:00:00-03:00[America/Santiago]").toInstant());
        assertThat(retention.apply()).isEqualTo(new Retention.Outcome(2, 0));
        String warning = jdbc.queryForObject("SELECT payload FROM outbox_message WHERE chat_id = ? AND dedup_key LIKE 'retention-warning:%'",
                String.class, quiet);
        assertThat(warning).contains("Marta Quiroga").contains("los borraré a partir del viernes 3 de marzo de 2028");
        assertThat(retention.apply()).as("warned once only").isEqualTo(new Retention.Outcome(0, 0));

        participants.touch(active);

        clock.set(ZonedDateTime.parse("2028-03-03T09:59:00-03:00[America/Santiago]").toInstant());
        assertThat(retention.apply()).as("not before the notice has run").isEqualTo(new Retention.Outcome(0, 0));
        clock.set(ZonedDateTime.parse("2028-03-03T10:01:00-03:00[America/Santiago]").toInstant());
        assertThat(retention.apply()).isEqualTo(new Retention.Outcome(0, 1));
        assertThat(participants.findByTelegramUserId(quiet)).isEmpty();
        assertThat(participants.findByTelegramUserId(active)).isPresent();
    }

    @Test
    void retentionRunsDailyAtHalfPastThreeChileanTime() throws SchedulerException {
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(RetentionSchedule.JOB));
        assertThat(trigger.getCronExpression()).isEqualTo("0 30 3 ? * *");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("America/Santiago");
        // Across September's change (the 00:00 hour is skipped), it still fires at 03:30 local.
        var fire = trigger.getFireTimeAfter(java.util.Date.from(Instant.parse("2026-09-06T01:00:00Z")));
        assertThat(fire.toInstant().atZone(Retention.CHILE).toLocalTime().toString()).isEqualTo("03:30");
    }

    private void register(long userId, String name) {
        Long network = catalogue.networkByCode("UTP").orElseThrow().id();
        participants.register(new RegistrationForm(userId, name, null, "Escuela de prueba", SchoolRole.JEFE_UTP,
                Set.of(network), clock.instant()));
    }

}
