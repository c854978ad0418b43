package cl.slep.encuentros.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.MutableClock;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.ParticipantDeleted;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

/** The jobs the scheduler stores, and the resubmission of an event whose listener failed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000004:scheduler-test", "encuentros.telegram.api-url=http://127.0.0.1:9",
        // The test runs the resubmission itself.
        "encuentros.scheduler.resubmit-events-every=1h"})
class SchedulerJobsTests {

    private static final Instant START = Instant.parse("2026-05-04T15:00:00Z");

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(START);
        }

        @Bean
        FlakyErasureListener flakyErasureListener() {
            return new FlakyErasureListener();
        }
    }

    /** Stands for a module whose erasure listener meets a passing fault (a database hiccup) the first time. */
    static class FlakyErasureListener {

        private final AtomicInteger attempts = new AtomicInteger();
        private final AtomicInteger erased = new AtomicInteger();

        // Read through methods: the bean is a proxy (asynchronous, transactional), its own fields are not set.
        int attempts() {
            return attempts.get();
        }

        int erased() {
            return erased.get();
        }

        @ApplicationModuleListener
        void on(ParticipantDeleted event) {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("passing fault");
            }
            erased.incrementAndGet();
        }
    }

    @Autowired
    Scheduler scheduler;

    @Autowired
    EventResubmission resubmission;

    @Autowired
    FlakyErasureListener flaky;

    @Autowired
    MutableClock clock;

    @Autowired
    Participants participants;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDailyJobsAreStoredAtTheirLocalTimes() throws SchedulerException {
        Map<String, String> expected = Map.of(
                "participants-retention", "0 30 3 ? * *",
                "messaging-outbox-cleanup", "0 20 4 ? * *",
                "bot-inbox-cleanup", "0 10 4 ? * *");
        expected.forEach((name, cron) -> {
            try {
                CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(name));
                assertThat(trigger.getCronExpression()).as(name).isEqualTo(cron);
                assertThat(trigger.getTimeZone().getID()).isEqualTo("America/Santiago");
                assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
                assertThat(scheduler.getJobDetail(JobKey.jobKey(name)).requestsRecovery()).isTrue();
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(scheduler.checkExists(JobKey.jobKey(EventResubmission.JOB))).isTrue();
    }

    @Test
    void anErasureWhoseListenerFailedCompletesWhenTheJobResubmitsIt() {
        long user = 920_000_001L;
        Long network = catalogue.networkByCode("UTP").orElseThrow().id();
        participants.register(new RegistrationForm(user, "Ana Soto", null, "Escuela de prueba", SchoolRole.of("JEFE_UTP"),
                Set.of(network), clock.instant()));

        participants.erase(user);

        await().atMost(Duration.ofSeconds(10)).until(() -> flaky.attempts() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> incompleteErasures() == 1);
        assertThat(jdbc.queryForObject("SELECT status FROM event_publication", String.class)).isEqualTo("FAILED");

        clock.advance(Duration.ofMinutes(3));
        resubmission.resubmit();

        await().atMost(Duration.ofSeconds(10)).until(() -> flaky.erased() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> incompleteErasures() == 0);
        assertThat(flaky.attempts()).isEqualTo(2);
    }

    private int incompleteErasures() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND event_type LIKE '%ParticipantDeleted'", Integer.class);
    }
}
