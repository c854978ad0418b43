package cl.slep.encuentros.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import cl.slep.encuentros.simulator.StandaloneEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application killed (SIGKILL, not a graceful close) around a reminder's due time, then started again on the
 * same database: a reminder missed while it was down goes out once if it is back before the encuentro starts and is
 * dropped after; a kill in the middle of sending the reminders leaves each person with exactly one. The application
 * runs in child JVMs ({@link KillableApplication}) against this JVM's Bot API emulator; Quartz runs on the system
 * clock, so the offsets are seconds and the tests wait for real time to pass.
 */
class ReminderKillTests {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    // Quartz' misfireThreshold (application.yml) is 5 s: a restart later than that past the due time finds it missed.
    private static final Duration MISSED = Duration.ofSeconds(6);
    private static final AtomicLong nextUser = new AtomicLong(860_000_000L + (System.nanoTime() % 1000) * 1000);

    private final StandaloneEmulator emulator = StandaloneEmulator.shared();
    private final String token = (6_100_000 + System.nanoTime() % 100_000) + ":AAE-kill-"
            + Long.toHexString(System.nanoTime());
    private final EmulatedBot telegram = emulator.emulator().bot(token);
    private final List<ChildApplication> children = new ArrayList<>();

    @TempDir
    Path dataDir;

    @AfterEach
    void killWhatIsStillRunning() {
        children.forEach(ChildApplication::kill);
        telegram.faults().clear();
    }

    @Test
    void aReminderMissedWhileTheApplicationWasKilledGoesOutOnceWhenItIsBackBeforeTheStart() throws IOException {
        List<SimulatedUser> people = peopleWhoWroteToTheBot(3);
        ChildApplication first = start("first", "PT40S");
        Instant startsAt = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        Instant due = startsAt.minusSeconds(40);
        long encuentro = first.publish(local(startsAt), 60, coordinator(), ids(people));
        awaitInvitations(people);

        first.kill();
        assertThat(Instant.now()).as("killed before the due time").isBefore(due);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Instant.now().isAfter(due.plus(MISSED)));
        assertThat(people).allSatisfy(person -> assertThat(reminders(person)).isEmpty());

        ChildApplication second = start("second", "PT40S");
        eventually().until(() -> second.status(encuentro),
                status -> status.triggers() == 0 && status.queued() == 0 && status.sent() == people.size());

        assertThat(people).allSatisfy(person -> assertThat(reminders(person)).singleElement().satisfies(reminder -> {
            assertThat(reminder.text()).contains("Encuentro que sobrevive a un corte");
            assertThat(reminder.date()).isAfter(due.plus(MISSED)).isBefore(startsAt);
        }));
        assertThat(second.status(encuentro).rows()).as("one outbox row per person").isEqualTo(people.size());
        assertThat(second.log()).as("a missed reminder is no change of the zone's rules")
                .doesNotContain("re-planned under the current time-zone rules");
    }

    @Test
    void aReminderMissedWhileTheApplicationWasKilledIsDroppedWhenItIsBackAfterTheStart() throws IOException {
        List<SimulatedUser> people = peopleWhoWroteToTheBot(2);
        ChildApplication first = start("first", "PT20S");
        Instant startsAt = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        Instant due = startsAt.minusSeconds(20);
        long encuentro = first.publish(local(startsAt), 60, coordinator(), ids(people));

        first.kill();
        assertThat(Instant.now()).as("killed before the due time").isBefore(due);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Instant.now().isAfter(startsAt.plusSeconds(1)));

        ChildApplication second = start("second", "PT20S");
        eventually().until(() -> second.status(encuentro).triggers() == 0
                && second.logContains("dropped, the encuentro has started"));

        assertThat(second.status(encuentro).rows()).as("no reminder queued").isZero();
        assertThat(people).allSatisfy(person -> assertThat(reminders(person)).isEmpty());
    }

    @Test
    void aKillWhileTheRemindersAreBeingSentLeavesEachPersonWithOneReminder() throws IOException {
        List<SimulatedUser> people = peopleWhoWroteToTheBot(6);
        // One call to Telegram at a time, so that the kill can land between two of them (see below).
        ChildApplication first = start("first", "PT25S", "--encuentros.messaging.workers=1");
        Instant startsAt = Instant.now().plusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
        long encuentro = first.publish(local(startsAt), 60, coordinator(), ids(people));
        awaitInvitations(people);
        telegram.faults().latency(Duration.ofMillis(300));
        eventually().until(() -> people.stream().filter(person -> !reminders(person).isEmpty()).count() >= 2);

        // Telegram answers 429 from now on: the sender pauses with nothing in flight, and the kill lands in the
        // pause. (A kill during a call that Telegram has carried out cannot be told from one it has not: the row
        // goes back to the queue and is sent again; no outbox key can prevent that.)
        telegram.faults().failNext("sendMessage", 1000, 429, null, 2);
        eventually().until(() -> telegram.calls("sendMessage").stream().anyMatch(call -> call.httpStatus() == 429));
        first.kill();
        long remindedBeforeTheKill = people.stream().filter(person -> !reminders(person).isEmpty()).count();
        assertThat(remindedBeforeTheKill).as("the kill landed in the middle of the batch").isBetween(2L, 5L);
        telegram.faults().clear();

        ChildApplication second = start("second", "PT25S", "--encuentros.messaging.workers=1");
        eventually().until(() -> second.status(encuentro),
                status -> status.queued() == 0 && status.sent() == people.size());

        assertThat(people).allSatisfy(person -> assertThat(reminders(person)).hasSize(1));
        assertThat(second.status(encuentro).rows()).isEqualTo(people.size());
    }

    private ChildApplication start(String name, String offset, String... more) throws IOException {
        List<String> settings = new ArrayList<>(List.of(
                // application.yml's default URL (the tests' own properties would give an in-memory database).
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("encuentros").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "--spring.quartz.scheduler-name=kill-test",
                "--encuentros.telegram.token=" + token,
                "--encuentros.telegram.api-url=" + emulator.baseUrl(),
                "--server.address=127.0.0.1",
                "--encuentros.reminders.offsets=" + offset,
                "--encuentros.reminders.quiet-hours=",
                "--encuentros.reminders.nudge-before=P30D",
                // The same name in both runs: the second takes the sender's lease and the claims of the killed one
                // at once, instead of after the lease expires.
                "--encuentros.messaging.instance-name=kill-test"));
        settings.addAll(List.of(more));
        ChildApplication child = ChildApplication.start(dataDir.resolve(name + ".log"), settings);
        children.add(child);
        return child;
    }

    private List<SimulatedUser> peopleWhoWroteToTheBot(int count) {
        List<SimulatedUser> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = nextUser.incrementAndGet();
            SimulatedUser person = new SimulatedUser(id, "Docente" + i, "Prueba", null);
            // Telegram lets a bot write only to those who wrote to it first.
            telegram.userOpensChat(person);
            people.add(person);
        }
        return people;
    }

    private void awaitInvitations(List<SimulatedUser> people) {
        eventually().until(() -> people.stream().allMatch(person -> telegram.botMessages(person.id()).stream()
                .anyMatch(message -> message.text() != null && message.text().contains("Asistirás"))));
    }

    private List<ChatMessage> reminders(SimulatedUser person) {
        return telegram.botMessages(person.id()).stream()
                .filter(message -> message.text() != null && message.text().contains("Recordatorio:")).toList();
    }

    private static long coordinator() {
        return nextUser.incrementAndGet();
    }

    private static List<Long> ids(List<SimulatedUser> people) {
        return people.stream().map(SimulatedUser::id).toList();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, SANTIAGO);
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200));
    }
}
