package cl.slep.encuentros.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.MutableClock;
import cl.slep.encuentros.messaging.Category;
import cl.slep.encuentros.messaging.DeliveryPreferences;
import cl.slep.encuentros.messaging.Envelope;
import cl.slep.encuentros.messaging.MessagingProperties;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The queue's statements and the outbox's rules, on H2, with this instance's sender turned off. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000004:queue-test", "encuentros.telegram.api-url=http://127.0.0.1:9",
        "encuentros.messaging.sender-enabled=false"})
class OutboxQueueTests {

    private static final AtomicLong nextChat = new AtomicLong(900_000_000);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    DeliveryPreferences preferences;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxWakeUp wakeUp;

    @Test
    void theCategoryIsStoredAndThePersonsChoicesDecideWhatIsDroppedIndependentlyOfPriority() {
        long paused = nextChat.incrementAndGet();
        long muted = nextChat.incrementAndGet();
        preferences.set(paused, true, false);
        preferences.set(muted, false, true);

        outbox.enqueue(Envelope.of(text(paused, "respuesta"), Priority.DIRECT, Category.ESSENTIAL, "m:p:direct"));
        outbox.enqueue(Envelope.of(text(paused, "recordatorio"), Priority.REMINDER, Category.ESSENTIAL, "m:p:reminder"));
        outbox.enqueue(Envelope.of(text(paused, "aviso legal"), Priority.BULK, Category.LEGAL, "m:p:legal"));
        outbox.enqueue(Envelope.of(text(muted, "encuesta"), Priority.REMINDER, Category.OPTIONAL, "m:m:survey"));
        outbox.enqueue(Envelope.of(text(muted, "recordatorio"), Priority.REMINDER, Category.ESSENTIAL, "m:m:reminder"));
        outbox.enqueue(text(muted, "difusión"), Priority.BULK, "m:m:legacy-bulk");

        assertThat(statusOf("m:p:direct")).isEqualTo("PENDING");
        assertThat(statusOf("m:p:reminder")).isEqualTo("DROPPED");
        assertThat(statusOf("m:p:legal")).isEqualTo("PENDING");
        assertThat(statusOf("m:m:survey")).isEqualTo("DROPPED");
        assertThat(statusOf("m:m:reminder")).isEqualTo("PENDING");
        assertThat(statusOf("m:m:legacy-bulk")).isEqualTo("DROPPED");
        assertThat(jdbc.queryForObject("SELECT category FROM outbox_message WHERE dedup_key = 'm:m:legacy-bulk'",
                String.class)).isEqualTo("OPTIONAL");
        assertThat(jdbc.queryForObject("SELECT category FROM outbox_message WHERE dedup_key = 'm:p:legal'",
                String.class)).isEqualTo("LEGAL");
    }

    @Test
    void pausingDropsWhatIsQueuedExceptDirectAnswersAndLegalNotices() {
        long chat = nextChat.incrementAndGet();
        outbox.enqueue(Envelope.of(text(chat, "a"), Priority.DIRECT, Category.ESSENTIAL, "q:direct:" + chat));
        outbox.enqueue(Envelope.of(text(chat, "b"), Priority.REMINDER, Category.ESSENTIAL, "q:reminder:" + chat));
        outbox.enqueue(Envelope.of(text(chat, "c"), Priority.REMINDER, Category.OPTIONAL, "q:survey:" + chat));
        outbox.enqueue(Envelope.of(text(chat, "d"), Priority.BULK, Category.LEGAL, "q:legal:" + chat));

        preferences.set(chat, false, true);
        assertThat(statusOf("q:survey:" + chat)).isEqualTo("DROPPED");
        assertThat(statusOf("q:reminder:" + chat)).isEqualTo("PENDING");

        preferences.set(chat, true, false);
        assertThat(statusOf("q:direct:" + chat)).isEqualTo("PENDING");
        assertThat(statusOf("q:reminder:" + chat)).isEqualTo("DROPPED");
        assertThat(statusOf("q:legal:" + chat)).isEqualTo("PENDING");
    }

    @Test
    void anOptionalSurveyDoesNotQueueBehindATenThousandRecipientBroadcast() {
        List<Long> chats = LongStream.range(0, 10_000).map(i -> nextChat.incrementAndGet()).boxed().toList();
        outbox.enqueueAll(chats.stream()
                .map(chat -> Envelope.of(text(chat, "Difusión"), Priority.BULK, Category.OPTIONAL, "big:" + chat)
                        .withCorrelation("broadcast:big"))
                .toList());
        // Surveys to two people the broadcast has not reached yet (the last ones queued) and to one it did not include.
        long outsider = nextChat.incrementAndGet();
        List<Long> surveyed = List.of(chats.get(9_998), chats.get(9_999), outsider);
        outbox.enqueueAll(surveyed.stream()
                .map(chat -> Envelope.of(text(chat, "Encuesta"), Priority.REMINDER, Category.OPTIONAL, "survey:" + chat))
                .toList());

        List<OutboxStore.QueuedRow> firstDue = store.dueHeads(Instant.now().plusSeconds(1), 3);

        // The surveyed people's broadcast row is raised so that their chat keeps its order and the survey follows it.
        assertThat(firstDue).extracting(OutboxStore.QueuedRow::chatId).containsExactlyInAnyOrderElementsOf(surveyed);
        assertThat(jdbc.queryForObject("SELECT priority FROM outbox_message WHERE dedup_key = ?", Integer.class,
                "big:" + chats.get(9_999))).isEqualTo(Priority.REMINDER.rank());
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED' WHERE correlation = 'broadcast:big'");
    }

    @Test
    void enqueueAllInsertsTenThousandRowsInOneBatchAndSkipsKnownKeys() {
        List<Envelope> envelopes = IntStream.range(0, 10_000)
                .mapToObj(i -> Envelope.of(text(nextChat.incrementAndGet(), "Recordatorio del encuentro " + i),
                        Priority.REMINDER, Category.ESSENTIAL, "batch:" + i).withCorrelation("invitation:7"))
                .toList();
        outbox.enqueueAll(envelopes.subList(0, 10)); // warm-up of the statements

        long start = System.nanoTime();
        int inserted = outbox.enqueueAll(envelopes);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf("enqueueAll: 10,000 rows on H2 in %d ms%n", took.toMillis());
        assertThat(inserted).isEqualTo(9_990);
        assertThat(outbox.enqueueAll(envelopes)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE correlation = 'invitation:7'",
                Integer.class)).isEqualTo(10_000);
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED' WHERE correlation = 'invitation:7'");
    }

    @Test
    void twoThousandBackedOffRowsDoNotHideANewerDueRow() {
        Instant now = Instant.now();
        List<Envelope> backedOff = LongStream.range(0, 2_000)
                .mapToObj(i -> Envelope.of(text(nextChat.incrementAndGet(), "reintento"), Priority.DIRECT,
                        Category.ESSENTIAL, "backoff:" + i).withCorrelation("backoff"))
                .toList();
        outbox.enqueueAll(backedOff);
        jdbc.update("UPDATE outbox_message SET not_before = ? WHERE correlation = 'backoff'",
                Timestamp.from(now.plus(Duration.ofHours(1))));
        long chat = nextChat.incrementAndGet();
        outbox.enqueue(Envelope.of(text(chat, "aviso"), Priority.BULK, Category.OPTIONAL, "due:" + chat));

        List<OutboxStore.QueuedRow> due = store.dueHeads(now.plusSeconds(1), 1_000);

        assertThat(due).extracting(OutboxStore.QueuedRow::chatId).contains(chat)
                .doesNotContainAnyElementsOf(jdbc.queryForList(
                        "SELECT chat_id FROM outbox_message WHERE correlation = 'backoff'", Long.class));
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED' WHERE correlation = 'backoff' OR chat_id = ?", chat);
    }

    @Test
    void theSendersCopyOfTheHeadsIsReadAgainWhenThisInstanceQueuesRowsOrWhenItAges() {
        long maxAge = Duration.ofMillis(250).toNanos();
        DueHeads heads = new DueHeads(store, wakeUp, 10_000, maxAge);
        Instant now = Instant.now().plusSeconds(1);
        long first = nextChat.incrementAndGet();
        outbox.enqueue(Envelope.of(text(first, "primero"), Priority.DIRECT, Category.ESSENTIAL, "copy:" + first));
        assertThat(heads.current(now, 0)).extracting(OutboxStore.QueuedRow::chatId).contains(first);

        // Queued by another instance: this one's outbox did not commit it, so only the copy's age brings it in.
        long other = nextChat.incrementAndGet();
        store.insert("copy:" + other, other, Priority.DIRECT.rank(), "TEXT", "{}", null, "PENDING", false,
                Instant.now());
        assertThat(heads.current(now, maxAge - 1)).extracting(OutboxStore.QueuedRow::chatId).doesNotContain(other);
        assertThat(heads.current(now, maxAge)).extracting(OutboxStore.QueuedRow::chatId).contains(other);

        long third = nextChat.incrementAndGet();
        outbox.enqueue(Envelope.of(text(third, "tercero"), Priority.DIRECT, Category.ESSENTIAL, "copy:" + third));
        List<OutboxStore.QueuedRow> afterCommit = heads.current(now, maxAge + 1);
        assertThat(afterCommit).extracting(OutboxStore.QueuedRow::chatId).contains(third);

        // A row taken (claimed, or found gone) leaves the copy although the table still says PENDING.
        heads.taken(afterCommit.stream().filter(row -> row.chatId() == first).findFirst().orElseThrow());
        assertThat(heads.current(now, maxAge + 2)).extracting(OutboxStore.QueuedRow::chatId)
                .doesNotContain(first).contains(other, third);
        heads.markStale();
        assertThat(heads.current(now, maxAge + 3)).extracting(OutboxStore.QueuedRow::chatId).contains(first);
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED' WHERE chat_id IN (?, ?, ?)", first, other, third);
    }

    @Test
    void aChatsLaterRowWaitsForItsEarlierOneButACallbackAnswerDoesNot() {
        long chat = nextChat.incrementAndGet();
        Instant now = Instant.now();
        outbox.enqueue(text(chat, "primero"), Priority.BULK, "order:1:" + chat);
        outbox.enqueue(text(chat, "segundo"), Priority.DIRECT, "order:2:" + chat);
        outbox.enqueue(new OutgoingMessage.CallbackAnswer(chat, "q1", null, false), Priority.DIRECT, "order:3:" + chat);
        long first = idOf("order:1:" + chat);
        long second = idOf("order:2:" + chat);
        long answer = idOf("order:3:" + chat);

        assertThat(heads(chat, now)).containsExactly(first);
        assertThat(store.dueCallbackAnswers(now.plusSeconds(1), 100)).extracting(OutboxStore.QueuedRow::id)
                .contains(answer);

        assertThat(store.claim(first, "a#1", now)).isTrue();
        assertThat(heads(chat, now)).as("the next row waits until the first is settled").isEmpty();
        assertThat(store.markSent(first, "a#1", 11, now)).isTrue();
        assertThat(heads(chat, now)).containsExactly(second);
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED' WHERE chat_id = ?", chat);
    }

    @Test
    void aRowIsClaimedOnceAndOnlyItsClaimerMarksItSent() {
        long chat = nextChat.incrementAndGet();
        Instant now = Instant.now();
        outbox.enqueue(text(chat, "hola"), Priority.DIRECT, "claim:" + chat);
        long id = idOf("claim:" + chat);

        assertThat(store.claim(id, "a#1", now)).isTrue();
        assertThat(store.claim(id, "b#1", now)).isFalse();
        assertThat(store.markSent(id, "b#1", 5, now)).isFalse();
        assertThat(statusOf("claim:" + chat)).isEqualTo("SENDING");

        assertThat(store.releaseClaimsOtherThan("b#1")).isGreaterThanOrEqualTo(1);
        assertThat(statusOf("claim:" + chat)).isEqualTo("PENDING");
        assertThat(store.claim(id, "b#1", now)).isTrue();
        assertThat(store.markSent(id, "a#1", 5, now)).as("a lost its claim").isFalse();
        assertThat(store.markSent(id, "b#1", 5, now)).isTrue();
        assertThat(statusOf("claim:" + chat)).isEqualTo("SENT");
    }

    @Test
    void atStartUpAnInstanceReleasesOnlyTheClaimsOfItsOwnEarlierRun() {
        long chat = nextChat.incrementAndGet();
        Instant now = Instant.now();
        outbox.enqueue(text(chat, "uno"), Priority.DIRECT, "startup:1:" + chat);
        outbox.enqueue(text(nextChat.incrementAndGet(), "dos"), Priority.DIRECT, "startup:2:" + chat);
        store.claim(idOf("startup:1:" + chat), "pod-0#old", now);
        store.claim(idOf("startup:2:" + chat), "pod-1#live", now);

        assertThat(store.releaseEarlierRunClaims("pod-0#", "pod-0#new")).isEqualTo(1);

        assertThat(statusOf("startup:1:" + chat)).isEqualTo("PENDING");
        assertThat(statusOf("startup:2:" + chat)).isEqualTo("SENDING");
        jdbc.update("UPDATE outbox_message SET status = 'DROPPED' WHERE dedup_key LIKE ?", "startup:%:" + chat);
    }

    @Test
    void theLeaseGoesToOneInstanceAndIsTakenOverOnlyOnceItExpires() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T12:00:00Z"));
        SenderLease a = new SenderLease(jdbc, clock, properties("a"));
        SenderLease b = new SenderLease(jdbc, clock, properties("b"));

        assertThat(a.tryHold()).isEqualTo(SenderLease.Outcome.TAKEN);
        assertThat(b.tryHold()).isEqualTo(SenderLease.Outcome.NOT_HELD);
        assertThat(a.holds()).isTrue();
        assertThat(b.holds()).isFalse();

        clock.advance(Duration.ofSeconds(10));
        assertThat(a.tryHold()).isEqualTo(SenderLease.Outcome.RENEWED);
        clock.advance(Duration.ofSeconds(14));
        assertThat(b.tryHold()).as("renewed 14 s ago, for 15 s").isEqualTo(SenderLease.Outcome.NOT_HELD);

        clock.advance(Duration.ofSeconds(2));
        assertThat(b.tryHold()).isEqualTo(SenderLease.Outcome.TAKEN);
        assertThat(a.tryHold()).isEqualTo(SenderLease.Outcome.NOT_HELD);
        assertThat(a.holds()).isFalse();

        b.release();
        assertThat(a.tryHold()).as("a graceful stop hands over at once").isEqualTo(SenderLease.Outcome.TAKEN);

        SenderLease aRestarted = new SenderLease(jdbc, clock, properties("a"));
        assertThat(b.tryHold()).isEqualTo(SenderLease.Outcome.NOT_HELD);
        assertThat(aRestarted.tryHold()).as("a's earlier run is dead: no wait for its lease")
                .isEqualTo(SenderLease.Outcome.TAKEN);
        aRestarted.release();
    }

    private static MessagingProperties properties(String name) {
        return new MessagingProperties(30, Duration.ofSeconds(1), 20, 8, 10, Duration.ofSeconds(1),
                Duration.ofMinutes(5), true, Duration.ofSeconds(15), Duration.ofSeconds(3), Duration.ofMillis(250),
                name);
    }

    private List<Long> heads(long chat, Instant now) {
        return store.dueHeads(now.plusSeconds(1), 100_000).stream()
                .filter(row -> row.chatId() == chat).map(OutboxStore.QueuedRow::id).toList();
    }

    private static OutgoingMessage.Text text(long chat, String text) {
        return new OutgoingMessage.Text(chat, text);
    }

    private String statusOf(String key) {
        return jdbc.queryForObject("SELECT status FROM outbox_message WHERE dedup_key = ?", String.class, key);
    }

    private long idOf(String key) {
        return jdbc.queryForObject("SELECT id FROM outbox_message WHERE dedup_key = ?", Long.class, key);
    }
}
