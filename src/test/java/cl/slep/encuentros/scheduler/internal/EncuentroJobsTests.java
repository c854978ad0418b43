package cl.slep.encuentros.scheduler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.HarnessTest;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.EncuentroDraft;
import cl.slep.encuentros.encuentros.EncuentroPublished;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.scheduler.ReminderDispatch;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An encuentro's jobs in Quartz' store as its life goes on, driven through the encuentros module's services and the
 * chat: planned at publication, re-planned by a reschedule, removed by a cancellation, reaching those who joined
 * late, and at their local moments across Chile's clock changes. Quartz does not run in the harness (its clock is
 * the real one): the tests read the stored triggers and run a stored job's work themselves at its moment.
 */
class EncuentroJobsTests extends HarnessTest {

    private static final AtomicLong nextCoordinator = new AtomicLong(778_900_000L);

    @Autowired
    Encuentros encuentros;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Participants participants;

    @Autowired
    Scheduler scheduler;

    @Autowired
    ReminderReplanner replanner;

    @Autowired
    ReminderPolicy policy;

    @Autowired
    CivilTime civilTime;

    @Autowired
    ObjectProvider<ReminderDispatch> dispatch;

    @Autowired
    EncuentroTimeline timeline;

    /** The harness' database is shared: an encuentro left published would invite later tests' newcomers. */
    @AfterEach
    void closeTheEncuentrosOfThisTest() {
        jdbc.update("UPDATE encuentro SET status = 'CANCELLED' WHERE status IN ('DRAFT', 'PUBLISHED')");
    }

    @Test
    void publicationPlansTheMomentsARescheduleMovesThemAllAndACancellationRemovesThem() throws SchedulerException {
        long id = publish("Encuentro que cambia de fecha", "2026-05-14T09:00", "2026-05-14T11:30");

        Map<String, Instant> published = Map.of(
                "reminder:P1D", Instant.parse("2026-05-13T13:00:00Z"),
                "reminder:PT2H", Instant.parse("2026-05-14T11:00:00Z"),
                "nudge", Instant.parse("2026-05-12T13:00:00Z"),
                "end", Instant.parse("2026-05-14T15:30:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> planned(id).equals(published));

        encuentros.reschedule(lastCoordinator, id, LocalDateTime.parse("2026-05-20T15:30"),
                LocalDateTime.parse("2026-05-20T17:00"));

        Map<String, Instant> rescheduled = Map.of(
                "reminder:P1D", Instant.parse("2026-05-19T19:30:00Z"),
                "reminder:PT2H", Instant.parse("2026-05-20T17:30:00Z"),
                "nudge", Instant.parse("2026-05-18T19:30:00Z"),
                "end", Instant.parse("2026-05-20T21:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> planned(id).equals(rescheduled));
        assertThat(jobData(id, "reminder:P1D").getString(ReminderJob.START)).isEqualTo("2026-05-20T15:30");

        encuentros.cancel(lastCoordinator, id);

        await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.getJobKeys(GroupMatcher.jobGroupEquals(
                "encuentro:" + id)).isEmpty() && planned(id).isEmpty());
    }

    @Test
    void whoeverJoinsTheNetworkAfterPublicationIsInvitedAndReminded() throws Exception {
        BotHarness.Person ana = registered("Ana", "Ana Rojas");
        long id = publish("Encuentro con recién llegados", "2026-05-14T09:00", "2026-05-14T11:30");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(ana, "recién llegados").size() == 1);

        clock.advance(Duration.ofDays(2));
        // One registers into the network by chat; another, registered in the Red UTP, adds it in their profile.
        BotHarness.Person bruno = registered("Bruno", "Bruno Díaz");
        BotHarness.Person carla = newPerson("Carla");
        long utp = catalogue.networkByCode("UTP").orElseThrow().id();
        participants.register(new RegistrationForm(carla.id(), "Carla Muñoz", null, "Escuela de prueba",
                SchoolRole.of("JEFE_UTP"), Set.of(utp), clock.instant()));
        participants.changeNetworks(carla.id(), Set.of(utp, directores()));

        await().atMost(Duration.ofSeconds(10)).until(() -> about(bruno, "recién llegados").size() == 1
                && about(carla, "recién llegados").size() == 1);
        assertThat(about(carla, "recién llegados").get(0).text()).contains("¿Asistirás?");
        tap(bruno, "recién llegados", "Asistiré");
        tap(carla, "recién llegados", "Tal vez");
        tap(ana, "recién llegados", "Asistiré");

        clock.set(Instant.parse("2026-05-13T13:00:00Z"));
        runStoredJob(id, "reminder:P1D");

        for (BotHarness.Person person : List.of(ana, bruno, carla)) {
            assertThat(about(person, "Recordatorio:")).as(person.toString()).singleElement()
                    .satisfies(reminder -> assertThat(reminder.text()).contains("Encuentro con recién llegados"));
        }
        assertThat(jdbc.queryForList("SELECT dedup_key FROM outbox_message WHERE dedup_key LIKE ?", String.class,
                "reminder:" + id + ":P1D:%")).hasSize(3);
    }

    @Test
    void theDayBeforeReminderOfASundayAfterTheAprilChangeIsStoredForNineTheDayBefore() throws SchedulerException {
        // Saturday 4 April 2026 at 24:00 Chile goes back to 23:00: Saturday is UTC-3, Sunday UTC-4.
        clock.set(Instant.parse("2026-03-30T12:00:00Z"));
        long id = publish("Encuentro tras el cambio de abril", "2026-04-05T09:00", "2026-04-05T11:00");

        await().atMost(Duration.ofSeconds(10)).until(() -> planned(id).containsKey("reminder:P1D"));
        Instant dayBefore = planned(id).get("reminder:P1D");
        assertThat(dayBefore).isEqualTo(Instant.parse("2026-04-04T12:00:00Z"));
        assertThat(civilTime.localOf(dayBefore)).isEqualTo(LocalDateTime.parse("2026-04-04T09:00"));
        assertThat(Duration.between(dayBefore, planned(id).get("end").minus(Duration.ofHours(2))))
                .as("25 hours pass between the reminder and the start").isEqualTo(Duration.ofHours(25));

        // As if planned under rules without this change (a repeating 24 h trigger, say): 10:00 local.
        moveTrigger(id, "reminder:P1D", Instant.parse("2026-04-04T13:00:00Z"));
        assertThat(replanner.replan()).isPositive();

        assertThat(planned(id).get("reminder:P1D")).isEqualTo(Instant.parse("2026-04-04T12:00:00Z"));
    }

    @Test
    void theDayBeforeReminderOfASundayAfterTheSeptemberChangeIsStoredForNineTheDayBefore() throws SchedulerException {
        // Saturday 5 September 2026 at 24:00 Chile jumps to 01:00: Saturday is UTC-4, Sunday UTC-3.
        clock.set(Instant.parse("2026-08-31T12:00:00Z"));
        long id = publish("Encuentro tras el cambio de septiembre", "2026-09-06T09:00", "2026-09-06T11:00");

        await().atMost(Duration.ofSeconds(10)).until(() -> planned(id).containsKey("reminder:P1D"));
        Instant dayBefore = planned(id).get("reminder:P1D");
        assertThat(dayBefore).isEqualTo(Instant.parse("2026-09-05T13:00:00Z"));
        assertThat(civilTime.localOf(dayBefore)).isEqualTo(LocalDateTime.parse("2026-09-05T09:00"));
        assertThat(planned(id)).containsEntry("end", Instant.parse("2026-09-06T14:00:00Z"));

        moveTrigger(id, "reminder:P1D", Instant.parse("2026-09-05T12:00:00Z"));
        assertThat(replanner.replan()).isPositive();

        assertThat(planned(id).get("reminder:P1D")).isEqualTo(Instant.parse("2026-09-05T13:00:00Z"));
    }

    @Test
    void aMissedMomentThatQuartzSetToFireNowIsLeftToFireAtStartUp() throws SchedulerException {
        long id = publish("Encuentro con recordatorio perdido", "2026-05-14T09:00", "2026-05-14T11:30");
        await().atMost(Duration.ofSeconds(10)).until(() -> planned(id).containsKey("reminder:P1D"));

        // Down from before the day-before reminder (13:00 UTC) until now: at start-up Quartz finds it missed and, as
        // its misfire instruction says, sets it to fire at once, before the re-planning looks at it.
        clock.set(Instant.parse("2026-05-13T20:00:00Z"));
        Instant recovered = Instant.parse("2026-05-13T19:59:59Z");
        moveTrigger(id, "reminder:P1D", recovered);
        replanner.replan();

        assertThat(planned(id).get("reminder:P1D")).as("not taken for a change of the zone's rules")
                .isEqualTo(recovered);
    }

    @Test
    void momentsThatFellDueWhileThePublicationWaitedToBePlannedGoOutAtOnce() throws SchedulerException {
        clock.set(Instant.parse("2026-05-04T15:00:00Z"));
        long id = publish("Encuentro publicado antes de una caída", "2026-05-14T09:00", "2026-05-14T11:30");
        await().atMost(Duration.ofSeconds(10)).until(() -> planned(id).containsKey("reminder:P1D"));

        // As if the application stopped between the publication's commit and its planning, and came back after the
        // nudge and the day-before moment: at start-up the publication is delivered to the planning again.
        scheduler.deleteJobs(List.copyOf(scheduler.getJobKeys(GroupMatcher.jobGroupEquals("encuentro:" + id))));
        Instant back = Instant.parse("2026-05-13T20:00:00Z");
        clock.set(back);
        timeline.on(new EncuentroPublished(id, 1));

        // The listener runs asynchronously, as after a restart.
        await().atMost(Duration.ofSeconds(10)).until(() -> planned(id).equals(Map.of(
                "nudge", back,
                "reminder:P1D", back,
                "reminder:PT2H", Instant.parse("2026-05-14T11:00:00Z"),
                "end", Instant.parse("2026-05-14T15:30:00Z"))));

        // A reschedule is planned from its own moment: a reminder whose time had passed is not sent after the fact.
        encuentros.reschedule(lastCoordinator, id, LocalDateTime.parse("2026-05-14T15:00"),
                LocalDateTime.parse("2026-05-14T17:00"));
        await().atMost(Duration.ofSeconds(10)).until(() -> planned(id).equals(Map.of(
                "reminder:PT2H", Instant.parse("2026-05-14T17:00:00Z"),
                "end", Instant.parse("2026-05-14T21:00:00Z"))));
    }

    private long lastCoordinator;

    private long publish(String title, String start, String end) {
        long coordinator = nextCoordinator.incrementAndGet();
        lastCoordinator = coordinator;
        staff.setCoordinatedNetworks(coordinator, Set.of(directores()));
        long id = encuentros.createDraft(coordinator, new EncuentroDraft(title, "Programa.", "Liceo Bicentenario",
                "Av. Arturo Prat 1200, Iquique", null, null, null, LocalDateTime.parse(start),
                LocalDateTime.parse(end), Set.of(directores()))).id();
        encuentros.publish(coordinator, id);
        return id;
    }

    private long directores() {
        return catalogue.networkByCode("DIRECTORES").orElseThrow().id();
    }

    /** What Quartz' store holds for the encuentro: each trigger's name and next fire time. */
    private Map<String, Instant> planned(long id) throws SchedulerException {
        Map<String, Instant> planned = new HashMap<>();
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("encuentro:" + id))) {
            planned.put(key.getName(), scheduler.getTrigger(key).getNextFireTime().toInstant());
        }
        return planned;
    }

    private JobDataMap jobData(long id, String name) throws SchedulerException {
        return scheduler.getJobDetail(JobKey.jobKey(name, "encuentro:" + id)).getJobDataMap();
    }

    private void moveTrigger(long id, String name, Instant at) throws SchedulerException {
        scheduler.rescheduleJob(TriggerKey.triggerKey(name, "encuentro:" + id),
                ReminderPlanner.trigger(scheduler.getJobDetail(JobKey.jobKey(name, "encuentro:" + id)), at));
    }

    /** What Quartz would run at the trigger's moment: the stored job with its stored data. */
    private void runStoredJob(long id, String name) throws Exception {
        JobDataMap data = jobData(id, name);
        new ReminderJob(policy, dispatch, clock).run(data.getLong(ReminderJob.ENCUENTRO),
                ReminderPolicy.Kind.valueOf(data.getString(ReminderJob.KIND)),
                CivilOffset.parse(data.getString(ReminderJob.OFFSET)),
                LocalDateTime.parse(data.getString(ReminderJob.START)));
    }

    private static void tap(BotHarness.Person person, String fragment, String label) {
        List<BotHarness.BotMessage> messages = about(person, fragment);
        for (int i = messages.size() - 1; i >= 0; i--) {
            var data = messages.get(i).callbackData(label);
            if (data.isPresent()) {
                person.presses(messages.get(i).id(), data.get());
                return;
            }
        }
        throw new AssertionError("No button '" + label + "' on messages about '" + fragment + "': " + messages);
    }

    private static List<BotHarness.BotMessage> about(BotHarness.Person person, String fragment) {
        return person.messages().stream().filter(message -> message.text().contains(fragment)).toList();
    }
}
