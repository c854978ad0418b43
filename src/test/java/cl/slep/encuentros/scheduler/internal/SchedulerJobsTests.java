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
import cl.slep.encuentros.scheduler.ReminderDispatch;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.quartz.SimpleTrigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.ObjectProvider;
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

/** The jobs the scheduler stores, encuentros' reminders among them, and the resubmission of a failed event. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000004:scheduler-test", "encuentros.telegram.api-url=http://127.0.0.1:9",
        // The test runs the resubmission itself.
        "encuentros.scheduler.resubmit-events-every=1h",
        // Quiet hours are the policy's unit tests' matter; here a reminder must be able to fall due at any hour.
        "encuentros.reminders.quiet-hours="})
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

        /** In place of the bot's, which would queue real reminders. */
        @Bean
        @Primary
        RecordingDispatch recordingDispatch() {
            return new RecordingDispatch();
        }
    }

    /** Stands for the bot: records what the scheduler found due. */
    static class RecordingDispatch implements ReminderDispatch {

        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void remind(long encuentroId, String offset, Instant answeredBefore) {
            calls.add("remind " + encuentroId + " " + offset + " answered before " + answeredBefore);
        }

        @Override
        public void nudge(long encuentroId, Instant invitedBefore) {
            calls.add("nudge " + encuentroId + " invited before " + invitedBefore);
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

    @Autowired
    ReminderPlanner planner;

    @Autowired
    ReminderReplanner replanner;

    @Autowired
    ReminderPolicy policy;

    @Autowired
    ObjectProvider<ReminderDispatch> dispatch;

    @Autowired
    RecordingDispatch recorded;

    @Test
    void anEncuentrosRemindersAndNudgeAreOneShotTriggersAtTheirLocalMoments() throws SchedulerException {
        clock.set(Instant.parse("2026-05-04T15:00:00Z"));

        planner.plan(41, LocalDateTime.parse("2026-05-14T09:00"), LocalDateTime.parse("2026-05-14T11:30"));

        assertThat(plannedFor(41)).containsOnly(
                Map.entry("reminder:P1D", Instant.parse("2026-05-13T13:00:00Z")),
                Map.entry("reminder:PT2H", Instant.parse("2026-05-14T11:00:00Z")),
                Map.entry("nudge", Instant.parse("2026-05-12T13:00:00Z")),
                Map.entry("end", Instant.parse("2026-05-14T15:30:00Z")));
        JobKey dayBefore = JobKey.jobKey("reminder:P1D", "encuentro:41");
        assertThat(scheduler.getJobDetail(dayBefore).requestsRecovery()).isTrue();
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("reminder:P1D", "encuentro:41")).getMisfireInstruction())
                .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);

        planner.plan(41, LocalDateTime.parse("2026-05-15T10:30"), LocalDateTime.parse("2026-05-15T12:00"));
        assertThat(plannedFor(41)).containsOnly(
                Map.entry("reminder:P1D", Instant.parse("2026-05-14T14:30:00Z")),
                Map.entry("reminder:PT2H", Instant.parse("2026-05-15T12:30:00Z")),
                Map.entry("nudge", Instant.parse("2026-05-13T14:30:00Z")),
                Map.entry("end", Instant.parse("2026-05-15T16:00:00Z")));

        planner.cancel(41);
        assertThat(plannedFor(41)).isEmpty();
    }

    @Test
    void anEncuentroPublishedLateGetsOnlyTheMomentsStillAhead() throws SchedulerException {
        clock.set(Instant.parse("2026-05-14T08:00:00Z"));

        planner.plan(42, LocalDateTime.parse("2026-05-14T09:00"), LocalDateTime.parse("2026-05-14T10:00"));

        assertThat(plannedFor(42)).containsOnly(Map.entry("reminder:PT2H", Instant.parse("2026-05-14T11:00:00Z")),
                Map.entry("end", Instant.parse("2026-05-14T14:00:00Z")));
        planner.cancel(42);
    }

    @Test
    void aDueReminderReachesTheDispatchThroughQuartz() throws SchedulerException {
        Instant now = Instant.now();
        clock.set(now);
        LocalDateTime start = LocalDateTime.ofInstant(now.plus(Duration.ofHours(2)).plusSeconds(2),
                ZoneId.of("America/Santiago")).withNano(0);

        planner.plan(43, start, start.plusHours(2));

        await().atMost(Duration.ofSeconds(20)).until(() -> recorded.calls.stream()
                .anyMatch(call -> call.startsWith("remind 43 PT2H")));
        assertThat(recorded.calls).filteredOn(call -> call.startsWith("remind 43")).hasSize(1);
        planner.cancel(43);
    }

    @Test
    void aReminderFoundDueAfterTheStartIsDroppedAndOneBeforeItIsSent() throws Exception {
        ReminderJob job = new ReminderJob(policy, dispatch, clock);
        LocalDateTime start = LocalDateTime.parse("2026-06-10T09:00");

        clock.set(Instant.parse("2026-06-10T13:00:00Z"));
        job.run(44, ReminderPolicy.Kind.REMINDER, CivilOffset.parse("PT2H"), start);
        assertThat(recorded.calls).noneMatch(call -> call.startsWith("remind 44"));

        clock.set(Instant.parse("2026-06-10T12:59:00Z"));
        job.run(44, ReminderPolicy.Kind.REMINDER, CivilOffset.parse("PT2H"), start);
        job.run(44, ReminderPolicy.Kind.NUDGE, CivilOffset.parse("P2D"), start);
        assertThat(recorded.calls).filteredOn(call -> call.contains(" 44 ")).containsExactly(
                "remind 44 PT2H answered before 2026-06-10T11:00:00Z",
                "nudge 44 invited before 2026-06-08T13:00:00Z");
    }

    @Test
    void aReminderPlannedUnderOtherTimeZoneRulesIsMovedToItsLocalMomentAtStartUp() throws SchedulerException {
        clock.set(Instant.parse("2026-05-04T15:00:00Z"));
        planner.plan(45, LocalDateTime.parse("2026-05-14T09:00"), LocalDateTime.parse("2026-05-14T11:00"));
        // As if planned while Chile kept summer time in May (UTC-3): an hour early under today's rules.
        TriggerKey key = TriggerKey.triggerKey("reminder:P1D", "encuentro:45");
        scheduler.rescheduleJob(key, ReminderPlanner.trigger(scheduler.getJobDetail(JobKey.jobKey("reminder:P1D",
                "encuentro:45")), Instant.parse("2026-05-13T12:00:00Z")));

        assertThat(replanner.replan()).isEqualTo(1);

        assertThat(plannedFor(45)).containsEntry("reminder:P1D", Instant.parse("2026-05-13T13:00:00Z"));
        assertThat(replanner.replan()).isZero();
        planner.cancel(45);
    }

    private Map<String, Instant> plannedFor(long encuentroId) throws SchedulerException {
        Map<String, Instant> planned = new java.util.HashMap<>();
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("encuentro:" + encuentroId))) {
            planned.put(key.getName(), scheduler.getTrigger(key).getNextFireTime().toInstant());
        }
        return planned;
    }

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
