package cl.slep.encuentros.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.EncuentrosApplication;
import cl.slep.encuentros.civiltime.CivilTime;
import cl.slep.encuentros.encuentros.Answer;
import cl.slep.encuentros.encuentros.EncuentroDraft;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.InvitationView;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RateLimits;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.RecordedCalls;
import cl.slep.encuentros.simulator.SimulatedUser;
import cl.slep.encuentros.simulator.StandaloneEmulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ./mvnw -Pbench verify -Dtest=ReminderBurstBenchmark: 100 encuentros of 100 invitees each (10,000 people, one bench
 * network per encuentro), all confirmed, whose two-hour reminders fall due at the same whole minute. Real Quartz
 * (JDBC store, clustered, on embedded PostgreSQL as in production) fires the jobs on the system clock; the real
 * sender talks HTTP to the emulator, which enforces Telegram's limits. While the reminders drain, people who already
 * got theirs tap its buttons and send /encuentros, a few a second, without waiting for each other.
 *
 * <p>The set-up runs in an application of its own that sends nothing and fires nothing (the invitations and answers
 * it queues are discarded): the measured application starts on the prepared database with its jobs in the store,
 * as after a deployment, and waits for the due minute.
 */
class ReminderBurstBenchmark {

    private static final int ENCUENTROS = Integer.getInteger("bench.encuentros", 100);
    private static final int INVITEES = Integer.getInteger("bench.invitees", 100);
    private static final int PEOPLE = ENCUENTROS * INVITEES;
    /** From the end of the seeding to the due minute: enough to publish, answer and start the measured application. */
    private static final long LEAD_SECONDS = Long.getLong("bench.lead-seconds", 150);
    /**
     * Interactive actions a second while the reminders drain (two taps for each /encuentros). Their edits and replies
     * share Telegram's 30 a second with the reminders: about 1.3 of them a second at the default.
     */
    private static final double ACTIONS_PER_SECOND = Double.parseDouble(System.getProperty("bench.actions", "1"));
    private static final String OFFSET = "PT2H";
    private static final double TELEGRAM_RATE = 30.0;
    private static final double ALLOWED_RATIO = 1.10;
    private static final long ADMIN = 39_999_999L;
    private static final long FIRST_PERSON = 40_000_000L;
    private static final String SCHEDULER = "bench-reminders";
    /** A reminder's buttons: "rsvp1:{encuentro}:YES:REMINDER" and the same with NO. */
    /** What Telegram counts against the 30 a second. */
    private static final Set<String> COUNTED = Set.of("sendMessage", "sendDocument", "editMessageText",
            "editMessageReplyMarkup", "deleteMessage");
    private static final Pattern REMINDER_BUTTON = Pattern.compile("rsvp\\d+:(\\d+):(YES|NO):REMINDER");

    @Test
    void hundredEncuentrosRemindTenThousandPeopleInTheSameMinute() throws Exception {
        String token = "7000003:bench-reminders-" + Long.toHexString(System.nanoTime());
        EmulatedBot telegram = StandaloneEmulator.shared().emulator().bot(token);
        telegram.rateLimits(RateLimits.telegram());
        List<SimulatedUser> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(new SimulatedUser(FIRST_PERSON + i, "Docente" + i, "Bench", null));
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            Instant setUpStarted = Instant.now();
            Instant due;
            Map<Long, Long> expected;
            try (ConfigurableApplicationContext setUp = application(postgres, token, false)) {
                JdbcTemplate jdbc = setUp.getBean(JdbcTemplate.class);
                List<Long> networks = seed(jdbc, people);
                due = Instant.now().plusSeconds(LEAD_SECONDS).truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
                expected = publishAndConfirm(setUp, networks, due);
                discardSetUpMessages(jdbc);
            }
            // As in Telegram, the bot may write only to people who wrote to it first.
            people.forEach(telegram::userOpensChat);
            try (ConfigurableApplicationContext app = application(postgres, token, true)) {
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(telegram::isPolling);
                Instant ready = Instant.now();
                if (ready.isAfter(due.minusSeconds(5))) {
                    throw new IllegalStateException("Set-up ended at " + ready + ", too close to the due time " + due
                            + ": run again with a larger -Dbench.lead-seconds (now " + LEAD_SECONDS + ")");
                }
                System.out.printf("%nReminder burst: set-up took %d s; %d reminders due at %s%n",
                        Duration.between(setUpStarted, ready).toSeconds(), expected.size(), due);
                UpdateThroughputBenchmark.resetPeaks();
                HeapSampler heap = new HeapSampler();
                Interactions interactions = new Interactions(telegram, people, due.plusSeconds(2));
                Thread load = new Thread(interactions, "bench-interactions");
                load.setDaemon(true);
                load.start();
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                Duration allowed = Duration.ofMillis((long) (PEOPLE / TELEGRAM_RATE * ALLOWED_RATIO * 1000));
                try {
                    Awaitility.await().atMost(Duration.between(Instant.now(), due.plus(allowed).plusSeconds(90)))
                            .pollInterval(Duration.ofMillis(500))
                            .until(() -> settledReminders(jdbc) >= PEOPLE);
                } catch (ConditionTimeoutException e) {
                    // The figures below say what is missing.
                }
                interactions.stop();
                load.join(TimeUnit.SECONDS.toMillis(10));
                // The last taps' and commands' answers: a second is what they are allowed.
                try {
                    Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                            .until(() -> interactions.unanswered(telegram) == 0);
                } catch (ConditionTimeoutException e) {
                    // Counted as unanswered below.
                }
                heap.stop();
                Figures figures = figures(telegram, jdbc, expected, due, interactions, heap);
                figures.print(due);
                figures.check(allowed);
            }
        }
    }

    private static ConfigurableApplicationContext application(EmbeddedPostgres postgres, String token,
            boolean measured) {
        List<String> settings = new ArrayList<>(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                // One name for both applications: the measured one finds the set-up's jobs under it.
                "--spring.quartz.scheduler-name=" + SCHEDULER,
                "--encuentros.telegram.token=" + token,
                "--encuentros.telegram.api-url=" + StandaloneEmulator.shared().baseUrl(),
                "--encuentros.intake.poll-timeout=5s",
                "--encuentros.admins=" + ADMIN,
                "--encuentros.reminders.offsets=" + OFFSET,
                "--encuentros.reminders.quiet-hours=",
                "--logging.level.root=WARN"));
        if (!measured) {
            settings.addAll(List.of(
                    "--encuentros.intake.enabled=false",
                    "--encuentros.messaging.sender-enabled=false",
                    // Jobs are stored, never fired, by the set-up.
                    "--spring.quartz.auto-startup=false"));
        }
        return new SpringApplicationBuilder(EncuentrosApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                .run(settings.toArray(String[]::new));
    }

    /**
     * One bench network per encuentro and its members, registered in the catalogue tables directly: 10,000
     * registrations through the conversation would measure registration, not reminders. Returns the networks' ids.
     */
    private static List<Long> seed(JdbcTemplate jdbc, List<SimulatedUser> people) {
        List<Object[]> networks = new ArrayList<>();
        for (int n = 0; n < ENCUENTROS; n++) {
            networks.add(new Object[] {String.format("BENCH_%03d", n), String.format("Red de prueba %03d", n),
                    "Red de la prueba de carga", 100_000 + n});
        }
        jdbc.batchUpdate("INSERT INTO network (code, name, description, sort_order) VALUES (?, ?, ?, ?)", networks);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = people.stream()
                .map(person -> new Object[] {person.id(), person.firstName() + " " + person.lastName(), now, now})
                .toList();
        jdbc.batchUpdate("INSERT INTO participant (telegram_user_id, full_name, consent_given_at, registered_at, "
                + "school_role) VALUES (?, ?, ?, ?, 'DOCENTE')", rows);
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < ENCUENTROS; n++) {
            long network = jdbc.queryForObject("SELECT id FROM network WHERE code = ?", Long.class,
                    String.format("BENCH_%03d", n));
            ids.add(network);
            long first = FIRST_PERSON + (long) n * INVITEES;
            jdbc.update("INSERT INTO participant_network (participant_id, network_id) SELECT id, ? FROM participant "
                    + "WHERE telegram_user_id BETWEEN ? AND ?", network, first, first + INVITEES - 1);
        }
        return ids;
    }

    /**
     * Publishes one encuentro per network starting two hours after {@code due}, and everyone invited confirms
     * (through the real services, a few encuentros at a time). Returns each person's chat and encuentro.
     */
    private static Map<Long, Long> publishAndConfirm(ConfigurableApplicationContext setUp, List<Long> networks,
            Instant due) throws Exception {
        Encuentros encuentros = setUp.getBean(Encuentros.class);
        Rsvp rsvp = setUp.getBean(Rsvp.class);
        CivilTime civilTime = setUp.getBean(CivilTime.class);
        JdbcTemplate jdbc = setUp.getBean(JdbcTemplate.class);
        LocalDateTime start = civilTime.localOf(due).plus(Duration.parse(OFFSET));
        List<Long> published = new ArrayList<>();
        for (int n = 0; n < networks.size(); n++) {
            long id = encuentros.createDraft(ADMIN, new EncuentroDraft(String.format("Encuentro de prueba %03d", n),
                    "Programa: bienvenida, trabajo por establecimiento y cierre.", "Liceo de prueba",
                    "Av. Arturo Prat 1000, Iquique", null, null, null, start, start.plusHours(2),
                    Set.of(networks.get(n)))).id();
            encuentros.publish(ADMIN, id);
            published.add(id);
        }
        ExecutorService answering = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (long id : published) {
                done.add(answering.submit(() -> rsvp.invitations(id).forEach(invitation ->
                        rsvp.answer(id, invitation.participantId(), Answer.YES))));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            answering.shutdown();
        }
        // The jobs are planned by a listener of the publication, after its transaction.
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication", Integer.class) == 0);
        int planned = jdbc.queryForObject("SELECT COUNT(*) FROM qrtz_triggers WHERE sched_name = ? "
                + "AND trigger_group LIKE 'encuentro:%' AND trigger_name = ?", Integer.class, SCHEDULER,
                "reminder:" + OFFSET);
        assertThat(planned).as("reminder triggers planned").isEqualTo(published.size());
        Map<Long, Long> expected = new HashMap<>();
        for (long id : published) {
            List<Long> confirmed = rsvp.invitations(id).stream()
                    .filter(invitation -> invitation.answer() == Answer.YES).map(InvitationView::participantId)
                    .toList();
            jdbc.query("SELECT telegram_user_id FROM participant WHERE id IN (SELECT participant_id FROM invitation "
                    + "WHERE encuentro_id = ?)", rs -> {
                        expected.put(rs.getLong(1), id);
                    }, id);
            assertThat(confirmed).as("confirmed invitees of encuentro " + id).hasSize(INVITEES);
        }
        return expected;
    }

    /** The invitations and answers' edits of the set-up were never meant to leave. */
    private static void discardSetUpMessages(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM outbox_message");
    }

    private static int settledReminders(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE dedup_key LIKE 'reminder:%' "
                + "AND status NOT IN ('PENDING', 'SENDING')", Integer.class);
    }

    private static Figures figures(EmulatedBot telegram, JdbcTemplate jdbc, Map<Long, Long> expected, Instant due,
            Interactions interactions, HeapSampler heap) {
        Figures figures = new Figures();
        List<RecordedCall> sends = telegram.calls("sendMessage");
        Map<String, List<Instant>> reminders = new HashMap<>();
        for (RecordedCall call : sends) {
            if (call.httpStatus() != 200 || !expected.containsKey(call.chatId())) {
                continue;
            }
            String markup = call.param("reply_markup");
            Matcher button = markup == null ? null : REMINDER_BUTTON.matcher(markup);
            if (button != null && button.find()) {
                reminders.computeIfAbsent(call.chatId() + ":" + button.group(1), key -> new ArrayList<>())
                        .add(call.at());
            }
        }
        Set<String> wanted = new HashSet<>();
        expected.forEach((chat, encuentro) -> wanted.add(chat + ":" + encuentro));
        figures.expected = wanted.size();
        figures.received = reminders.values().stream().mapToInt(List::size).sum();
        figures.lost = wanted.stream().filter(key -> !reminders.containsKey(key)).count();
        figures.doubled = reminders.values().stream().filter(times -> times.size() > 1).count();
        figures.stray = reminders.keySet().stream().filter(key -> !wanted.contains(key)).count();
        List<Instant> times = reminders.values().stream().flatMap(List::stream).sorted().toList();
        if (!times.isEmpty()) {
            figures.firstSeconds = seconds(due, times.get(0));
            figures.lastSeconds = seconds(due, times.get(times.size() - 1));
            List<RecordedCall> counted = telegram.calls().stream()
                    .filter(call -> call.httpStatus() == 200 && COUNTED.contains(call.method())).toList();
            figures.mostInOneSecond = RecordedCalls.mostInOneSecond(counted);
            Instant last = times.get(times.size() - 1);
            long inBurst = counted.stream().filter(call -> !call.at().isBefore(due) && !call.at().isAfter(last)).count();
            figures.interactiveCounted = inBurst - figures.received;
        }
        Timestamp[] queued = jdbc.queryForObject("SELECT MIN(created_at), MAX(created_at) FROM outbox_message "
                + "WHERE dedup_key LIKE 'reminder:%'", (rs, i) -> new Timestamp[] {rs.getTimestamp(1),
                        rs.getTimestamp(2)});
        if (queued[0] != null) {
            figures.firstQueuedSeconds = seconds(due, queued[0].toInstant());
            figures.lastQueuedSeconds = seconds(due, queued[1].toInstant());
        }
        figures.tooManyRequests = telegram.tooManyRequestsAnswered();
        figures.taps = interactions.tapLatencies(telegram);
        figures.commands = interactions.commandLatencies(telegram);
        figures.skippedActions = interactions.skipped.get();
        List<long[]> intake = interactions.intake(jdbc);
        figures.stored = intake.stream().map(stage -> stage[0]).toList();
        figures.handled = intake.stream().map(stage -> stage[1]).toList();
        figures.peakHeapMb = heap.peakUsedMb();
        figures.peakHeapAfterGcMb = heap.peakAfterGcMb();
        figures.maxHeapMb = Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0;
        return figures;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    /**
     * People who already got their reminder act on it while the others' still leave, at a steady pace that does not
     * wait for answers (as people do not): two taps on the reminder's buttons ("Sigo asistiendo", "Ya no podré") for
     * each /encuentros. Each person acts once.
     */
    private static final class Interactions implements Runnable {

        private final EmulatedBot telegram;
        private final List<SimulatedUser> candidates;
        private final Instant from;
        private final Set<Long> used = ConcurrentHashMap.newKeySet();
        private final List<Tap> taps = new CopyOnWriteArrayList<>();
        private final List<Command> commands = new CopyOnWriteArrayList<>();
        private final AtomicLong skipped = new AtomicLong();
        private volatile boolean running = true;
        private int cursor;

        private record Tap(String queryId, long updateId, Instant at) {
        }

        private record Command(long chatId, long updateId, Instant at) {
        }

        Interactions(EmulatedBot telegram, List<SimulatedUser> people, Instant from) {
            this.telegram = telegram;
            this.candidates = new ArrayList<>(people);
            Collections.shuffle(this.candidates, new Random(14));
            this.from = from;
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            long interval = (long) (TimeUnit.SECONDS.toNanos(1) / ACTIONS_PER_SECOND);
            long next = System.nanoTime() + Math.max(0, Duration.between(Instant.now(), from).toNanos());
            long action = 0;
            while (running) {
                // A steady pace, whatever the bot does: this paces the load, it synchronises nothing.
                LockSupport.parkNanos(next - System.nanoTime());
                next += interval;
                if (!running) {
                    return;
                }
                Optional<Found> found = someoneReminded();
                if (found.isEmpty()) {
                    skipped.incrementAndGet();
                    continue;
                }
                Found person = found.get();
                used.add(person.user().id());
                long n = action++;
                if (n % 3 == 2) {
                    Instant at = Instant.now();
                    long updateId = telegram.userSends(person.user(), "/encuentros");
                    commands.add(new Command(person.user().id(), updateId, at));
                } else {
                    String answer = n % 2 == 0 ? ":YES:" : ":NO:";
                    String data = person.reminder().buttons().stream().map(ChatMessage.Button::callbackData)
                            .filter(d -> d != null && d.contains(answer))
                            .findFirst().orElseThrow();
                    Instant at = Instant.now();
                    long updateId = telegram.userPresses(person.user(), person.reminder().messageId(), data);
                    String queryId = telegram.update(updateId)
                            .map(update -> (Map<?, ?>) update.get("callback_query"))
                            .map(query -> String.valueOf(query.get("id"))).orElseThrow();
                    taps.add(new Tap(queryId, updateId, at));
                }
            }
        }

        private record Found(SimulatedUser user, ChatMessage reminder) {
        }

        /** Someone whose reminder arrived over a second ago (a reply sooner would wait for Telegram's chat limit). */
        private Optional<Found> someoneReminded() {
            Instant settled = Instant.now().minusSeconds(2);
            for (int probe = 0; probe < 500; probe++) {
                SimulatedUser user = candidates.get(cursor++ % candidates.size());
                if (used.contains(user.id())) {
                    continue;
                }
                for (ChatMessage message : telegram.botMessages(user.id())) {
                    boolean reminder = message.buttons().stream().anyMatch(button -> button.callbackData() != null
                            && REMINDER_BUTTON.matcher(button.callbackData()).matches());
                    if (reminder && !message.edited() && message.date().isBefore(settled)) {
                        return Optional.of(new Found(user, message));
                    }
                }
            }
            return Optional.empty();
        }

        /** Milliseconds from each action to its update being stored by the intake, and to its handling's end. */
        List<long[]> intake(JdbcTemplate jdbc) {
            Map<Long, Instant> at = new HashMap<>();
            taps.forEach(tap -> at.put(tap.updateId(), tap.at()));
            commands.forEach(command -> at.put(command.updateId(), command.at()));
            List<long[]> stages = new ArrayList<>();
            jdbc.query("SELECT update_id, received_at, handled_at FROM inbox_update WHERE handled_at IS NOT NULL",
                    rs -> {
                        Instant acted = at.get(rs.getLong(1));
                        if (acted != null) {
                            stages.add(new long[] {
                                    Duration.between(acted, rs.getTimestamp(2).toInstant()).toMillis(),
                                    Duration.between(acted, rs.getTimestamp(3).toInstant()).toMillis()});
                        }
                    });
            return stages;
        }

        long unanswered(EmulatedBot telegram) {
            return tapLatencies(telegram).stream().filter(latency -> latency < 0).count()
                    + commandLatencies(telegram).stream().filter(latency -> latency < 0).count();
        }

        /** Milliseconds from each tap to its answerCallbackQuery at the emulator; -1 for none. */
        List<Long> tapLatencies(EmulatedBot telegram) {
            Map<String, Instant> answers = new HashMap<>();
            telegram.calls("answerCallbackQuery").forEach(call -> answers.putIfAbsent(call.callbackQueryId(), call.at()));
            return taps.stream().map(tap -> Optional.ofNullable(answers.get(tap.queryId()))
                    .map(answer -> Duration.between(tap.at(), answer).toMillis()).orElse(-1L)).toList();
        }

        /** Milliseconds from each /encuentros to the first message the bot sent that person after it; -1 for none. */
        List<Long> commandLatencies(EmulatedBot telegram) {
            Map<Long, List<Instant>> sentTo = new HashMap<>();
            for (Command command : commands) {
                sentTo.put(command.chatId(), new ArrayList<>());
            }
            for (RecordedCall call : telegram.calls("sendMessage")) {
                if (call.httpStatus() == 200 && sentTo.containsKey(call.chatId())) {
                    sentTo.get(call.chatId()).add(call.at());
                }
            }
            return commands.stream().map(command -> sentTo.get(command.chatId()).stream()
                    .filter(at -> at.isAfter(command.at())).min(Instant::compareTo)
                    .map(reply -> Duration.between(command.at(), reply).toMillis()).orElse(-1L)).toList();
        }
    }

    /**
     * The heap while the reminders drain: the highest use (as {@link UpdateThroughputBenchmark} reports it) and the
     * highest left after a collection, which is what the application needs.
     */
    private static final class HeapSampler {

        private final java.util.concurrent.ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "bench-heap");
                    thread.setDaemon(true);
                    return thread;
                });
        private volatile long peakAfterGc;

        HeapSampler() {
            timer.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
        }

        private void sample() {
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage collected = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
                if (collected != null) {
                    afterGc += collected.getUsed();
                }
            }
            peakAfterGc = Math.max(peakAfterGc, afterGc);
        }

        void stop() {
            sample();
            timer.shutdownNow();
        }

        double peakAfterGcMb() {
            return peakAfterGc / 1024.0 / 1024.0;
        }

        double peakUsedMb() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum() / 1024.0 / 1024.0;
        }
    }

    private static final class Figures {
        int expected;
        int received;
        long lost;
        long doubled;
        long stray;
        double firstSeconds = Double.NaN;
        double lastSeconds = Double.NaN;
        double firstQueuedSeconds = Double.NaN;
        double lastQueuedSeconds = Double.NaN;
        int mostInOneSecond;
        long interactiveCounted;
        long skippedActions;
        long tooManyRequests;
        List<Long> taps = List.of();
        List<Long> commands = List.of();
        List<Long> stored = List.of();
        List<Long> handled = List.of();
        double peakHeapMb;
        double peakHeapAfterGcMb;
        double maxHeapMb;

        void print(Instant due) {
            double floor = PEOPLE / TELEGRAM_RATE;
            List<String> lines = new ArrayList<>();
            lines.add(String.format("%-52s %12s", "figure", "value"));
            row(lines, "encuentros x invitees (distinct people)", ENCUENTROS + " x " + INVITEES);
            row(lines, "reminders due (all at " + due + ")", expected);
            row(lines, "reminders received by the emulator", received);
            row(lines, "reminders lost", lost);
            row(lines, "reminders doubled (same chat and encuentro)", doubled);
            row(lines, "reminders to someone not due one", stray);
            row(lines, "first reminder received, s after due", firstSeconds);
            row(lines, "last reminder received, s after due", lastSeconds);
            row(lines, String.format("Telegram's floor (%d / 30 per s), s", PEOPLE), floor);
            row(lines, "ratio of last to the floor (target <= 1.10)", lastSeconds / floor);
            row(lines, "edits and replies to people meanwhile (counted too)", interactiveCounted);
            row(lines, "ratio of last to the floor of both", lastSeconds / ((received + interactiveCounted) / TELEGRAM_RATE));
            row(lines, "first reminder queued by Quartz, s after due", firstQueuedSeconds);
            row(lines, "last reminder queued by Quartz, s after due", lastQueuedSeconds);
            row(lines, "most messages/edits in one second", mostInOneSecond);
            row(lines, "429 answers received", tooManyRequests);
            row(lines, "actions skipped (nobody's reminder 2 s old yet)", skippedActions);
            latencies(lines, "taps -> answerCallbackQuery", taps);
            latencies(lines, "/encuentros -> first reply", commands);
            row(lines, "actions -> update stored by the intake: p99 ms", percentile(sorted(stored), 0.99));
            row(lines, "actions -> handled, answer queued: p50 ms", percentile(sorted(handled), 0.50));
            row(lines, "actions -> handled, answer queued: p99 ms", percentile(sorted(handled), 0.99));
            row(lines, "peak heap used MB", peakHeapMb);
            row(lines, "peak heap after GC MB", peakHeapAfterGcMb);
            row(lines, "max heap MB (-Xmx)", maxHeapMb);
            System.out.println();
            System.out.println("=== Benchmark: " + ENCUENTROS + " encuentros x " + INVITEES
                    + " invitees, reminders due in the same minute ===");
            lines.forEach(System.out::println);
            System.out.println();
        }

        void check(Duration allowed) {
            assertThat(lost).as("reminders lost").isZero();
            assertThat(doubled).as("reminders doubled").isZero();
            assertThat(stray).as("reminders to someone not due one").isZero();
            assertThat(firstSeconds).as("first reminder, s after due").isBetween(0.0, 1.0);
            assertThat(lastSeconds).as("last reminder, s after due").isLessThanOrEqualTo(allowed.toMillis() / 1000.0);
            assertThat(taps).as("taps").isNotEmpty().doesNotContain(-1L);
            assertThat(commands).as("commands").isNotEmpty().doesNotContain(-1L);
            assertThat(percentile(sorted(taps), 0.99)).as("tap -> answer p99 ms").isLessThanOrEqualTo(1000.0);
            assertThat(percentile(sorted(commands), 0.99)).as("/encuentros -> reply p99 ms")
                    .isLessThanOrEqualTo(1000.0);
            assertThat(peakHeapAfterGcMb).as("heap after GC MB").isLessThanOrEqualTo(256.0);
        }

        private static List<Long> sorted(List<Long> values) {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted;
        }

        private static void latencies(List<String> lines, String name, List<Long> values) {
            List<Long> answered = sorted(values.stream().filter(value -> value >= 0).toList());
            row(lines, name + ": count", values.size());
            row(lines, name + ": unanswered", values.size() - answered.size());
            row(lines, name + ": p50 ms", percentile(answered, 0.50));
            row(lines, name + ": p99 ms", percentile(answered, 0.99));
            row(lines, name + ": max ms", answered.isEmpty() ? Double.NaN : answered.get(answered.size() - 1));
        }

        private static void row(List<String> lines, String name, double value) {
            lines.add(String.format("%-52s %12.2f", name, value));
        }

        private static void row(List<String> lines, String name, Object value) {
            lines.add(String.format("%-52s %12s", name, value));
        }
    }
}
