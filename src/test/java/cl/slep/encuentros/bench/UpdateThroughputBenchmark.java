package cl.slep.encuentros.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.EncuentrosApplication;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.RecordedCalls;
import cl.slep.encuentros.simulator.SimulatedUser;
import cl.slep.encuentros.simulator.StandaloneEmulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ./mvnw -Pbench verify: 1,000 participants in distinct chats send /ayuda at once through the emulator, which
 * enforces Telegram's limits. Prints figures for Encuentros and, in the same run, for a plain echo bot on the
 * same TelegramBots library with no database. While the replies drain, other people tap buttons one after
 * another: the time to each tap's answerCallbackQuery is measured. The same burst then goes through two instances
 * on one embedded PostgreSQL. Fails only if a reply is lost or doubled.
 */
class UpdateThroughputBenchmark {

    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 1000);
    private static final double TELEGRAM_RATE = 30.0;
    private static final int TAPS = Integer.getInteger("bench.taps", 100);
    private static final long TAP_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    @Test
    void thousandParticipantsAskForHelpAtOnce() throws Exception {
        StandaloneEmulator emulator = StandaloneEmulator.shared();
        List<String> report = new ArrayList<>();
        report.add(String.format("%-44s %14s %14s", "figure", "encuentros", "echo bot"));

        Result ours = runEncuentros(emulator);
        Result echo = EchoBotBaseline.run(emulator, PARTICIPANTS);
        Result twoInstances = runTwoInstances(emulator);

        double floorSeconds = PARTICIPANTS / TELEGRAM_RATE;
        row(report, "participants (distinct chats)", PARTICIPANTS, PARTICIPANTS);
        row(report, "updates handled per second", ours.updatesPerSecond, echo.updatesPerSecond);
        row(report, "latency p50 ms (update stored -> reply row)", ours.p50Millis, echo.p50Millis);
        row(report, "latency p99 ms (incl. wait behind the burst)", ours.p99Millis, echo.p99Millis);
        row(report, "handler p50 ms (handling starts -> reply row)", ours.handlerP50Millis, echo.handlerP50Millis);
        row(report, "handler p99 ms", ours.handlerP99Millis, echo.handlerP99Millis);
        row(report, "time to last reply s", ours.lastReplySeconds, echo.lastReplySeconds);
        row(report, "ratio to Telegram floor (" + String.format("%.1f", floorSeconds) + " s)",
                ours.lastReplySeconds / floorSeconds, echo.lastReplySeconds / floorSeconds);
        row(report, "429 answers received", ours.tooManyRequests, echo.tooManyRequests);
        row(report, "replies lost", ours.lost, echo.lost);
        row(report, "replies doubled", ours.doubled, echo.doubled);
        row(report, "taps answered during the burst", ours.taps, Double.NaN);
        row(report, "tap -> answerCallbackQuery p50 ms", ours.tapP50Millis, Double.NaN);
        row(report, "tap -> answerCallbackQuery p99 ms", ours.tapP99Millis, Double.NaN);
        row(report, "2 instances (PostgreSQL): last reply s", twoInstances.lastReplySeconds, Double.NaN);
        row(report, "2 instances: ratio to Telegram floor", twoInstances.lastReplySeconds / floorSeconds, Double.NaN);
        row(report, "2 instances: last update stored s", twoInstances.lastUpdateStoredSeconds, Double.NaN);
        row(report, "2 instances: first -> last reply s", twoInstances.sendingSpanSeconds, Double.NaN);
        row(report, "2 instances: 429 answers received", twoInstances.tooManyRequests, Double.NaN);
        row(report, "2 instances: replies lost", twoInstances.lost, Double.NaN);
        row(report, "2 instances: replies doubled", twoInstances.doubled, Double.NaN);
        row(report, "2 instances: most replies in one second", twoInstances.mostInOneSecond, Double.NaN);
        row(report, "peak heap MB", ours.peakHeapMb, echo.peakHeapMb);
        row(report, "peak resident MB (VmHWM)", ours.peakRssMb, echo.peakRssMb);
        row(report, "max heap MB (-Xmx)", Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0,
                Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0);
        System.out.println();
        System.out.println("=== Benchmark: " + PARTICIPANTS + " x /ayuda through the Bot API emulator ===");
        report.forEach(System.out::println);
        System.out.println();

        assertThat(ours.lost).as("replies lost").isZero();
        assertThat(ours.doubled).as("replies doubled").isZero();
        assertThat(twoInstances.lost).as("replies lost by two instances").isZero();
        assertThat(twoInstances.doubled).as("replies doubled by two instances").isZero();
    }

    private Result runEncuentros(StandaloneEmulator emulator) throws IOException {
        String token = "7000001:bench-" + Long.toHexString(System.nanoTime());
        EmulatedBot telegram = emulator.emulator().bot(token);
        Path data = Files.createTempDirectory("encuentros-bench");
        resetPeaks();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EncuentrosApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("bench").toAbsolutePath()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
                        "--spring.quartz.scheduler-name=bench",
                        "--encuentros.telegram.token=" + token,
                        "--encuentros.telegram.api-url=" + emulator.baseUrl(),
                        "--encuentros.intake.poll-timeout=5s",
                        "--logging.level.root=WARN",
                        "--encuentros.intake.workers=" + Integer.getInteger("bench.workers", 4))) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !telegram.commands().isEmpty());
            List<SimulatedUser> tappers = menus(app, telegram);
            List<SimulatedUser> users = users(10_000_000L);
            Instant start = Instant.now();
            List<Long> burst = new ArrayList<>();
            users.forEach(user -> burst.add(telegram.userSends(user, "/ayuda")));
            List<Long> taps = tapWhileBusy(telegram, tappers, users);
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> sentReplies(telegram, users).size() >= PARTICIPANTS);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'",
                            Integer.class) == 0);
            Result result = new Result();
            List<Long> latencies = new ArrayList<>();
            List<Long> handlingOnly = new ArrayList<>();
            Instant[] span = {Instant.MAX, Instant.MIN};
            // The burst's updates only: the taps that come after it would stretch the span. Updates of people who
            // are not registered keep no chat id once handled, so they are picked by update id.
            java.util.Set<Long> burstIds = new java.util.HashSet<>(burst);
            jdbc.query("SELECT update_id, received_at, started_at, handled_at FROM inbox_update WHERE status = 'DONE' "
                    + "AND update_id BETWEEN ? AND ?", rs -> {
                if (!burstIds.contains(rs.getLong(1))) {
                    return;
                }
                Instant received = rs.getTimestamp(2).toInstant();
                Instant started = rs.getTimestamp(3).toInstant();
                Instant handled = rs.getTimestamp(4).toInstant();
                latencies.add(Duration.between(received, handled).toNanos());
                handlingOnly.add(Duration.between(started, handled).toNanos());
                span[0] = received.isBefore(span[0]) ? received : span[0];
                span[1] = handled.isAfter(span[1]) ? handled : span[1];
            }, Collections.min(burst), Collections.max(burst));
            fill(result, latencies, Duration.between(span[0], span[1]), telegram, users, start);
            Collections.sort(handlingOnly);
            result.handlerP50Millis = percentile(handlingOnly, 0.50) / 1e6;
            result.handlerP99Millis = percentile(handlingOnly, 0.99) / 1e6;
            Collections.sort(taps);
            result.taps = taps.size();
            result.tapP50Millis = percentile(taps, 0.50) / 1e6;
            result.tapP99Millis = percentile(taps, 0.99) / 1e6;
            return result;
        }
    }

    /** People with a button to tap, each in a chat of their own: their menus are sent before the burst. */
    private static List<SimulatedUser> menus(ConfigurableApplicationContext app, EmulatedBot telegram) {
        List<SimulatedUser> tappers = new ArrayList<>();
        for (int i = 0; i < TAPS; i++) {
            tappers.add(new SimulatedUser(20_000_000L + i, "Toca" + i, "Bench", null));
        }
        Outbox outbox = app.getBean(Outbox.class);
        for (SimulatedUser tapper : tappers) {
            telegram.userOpensChat(tapper);
            outbox.enqueue(new OutgoingMessage.Text(tapper.id(), "Menú",
                    InlineKeyboard.of(InlineButton.callback("Tocar", "bench:tap"))), Priority.DIRECT,
                    "bench:menu:" + tapper.id());
        }
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> tappers.stream().allMatch(tapper -> telegram.botMessages(tapper.id()).size() == 1));
        return tappers;
    }

    /**
     * One tap at a time while the burst's replies are still leaving; each waits for its answer. Returns the
     * nanoseconds from each tap to its answerCallbackQuery reaching the emulator.
     */
    private static List<Long> tapWhileBusy(EmulatedBot telegram, List<SimulatedUser> tappers,
            List<SimulatedUser> users) {
        List<Long> latencies = new ArrayList<>();
        int answered = telegram.calls("answerCallbackQuery").size();
        for (SimulatedUser tapper : tappers) {
            if (sentReplies(telegram, users).size() >= PARTICIPANTS) {
                break;
            }
            ChatMessage menu = telegram.botMessages(tapper.id()).get(0);
            int expected = ++answered;
            Instant tapped = Instant.now();
            telegram.userPresses(tapper, menu.messageId(), "bench:tap");
            RecordedCall answer = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2))
                    .until(() -> telegram.calls("answerCallbackQuery"), calls -> calls.size() >= expected)
                    .get(expected - 1);
            latencies.add(Duration.between(tapped, answer.at()).toNanos());
            // Taps spread over the burst; this paces the load generator, it synchronises nothing.
            LockSupport.parkNanos(TAP_INTERVAL_NANOS);
        }
        return latencies;
    }

    /** The same burst through two instances of the application sharing one PostgreSQL and one bot. */
    private Result runTwoInstances(StandaloneEmulator emulator) throws IOException {
        String token = "7000002:bench-two-" + Long.toHexString(System.nanoTime());
        EmulatedBot telegram = emulator.emulator().bot(token);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                ConfigurableApplicationContext a = instance(postgres, token, "a");
                ConfigurableApplicationContext b = instance(postgres, token, "b")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !telegram.commands().isEmpty());
            List<SimulatedUser> users = users(30_000_000L);
            Instant start = Instant.now();
            users.forEach(user -> telegram.userSends(user, "/ayuda"));
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> sentReplies(telegram, users).size() >= PARTICIPANTS);
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status IN "
                            + "('PENDING', 'SENDING')", Integer.class) == 0);
            Result result = new Result();
            List<RecordedCall> replies = sentReplies(telegram, users);
            Instant last = replies.stream().map(RecordedCall::at).max(Instant::compareTo).orElse(start);
            result.lastReplySeconds = Duration.between(start, last).toMillis() / 1000.0;
            Instant first = replies.stream().map(RecordedCall::at).min(Instant::compareTo).orElse(start);
            result.sendingSpanSeconds = Duration.between(first, last).toMillis() / 1000.0;
            // Both instances long-poll the one bot, and each getUpdates cuts the other's short (409): the intake,
            // not the sender, is what this shows. Behind a load balancer in webhook mode there is no such contest.
            Instant lastStored = jdbc.queryForObject("SELECT MAX(received_at) FROM inbox_update",
                    java.sql.Timestamp.class).toInstant();
            result.lastUpdateStoredSeconds = Duration.between(start, lastStored).toMillis() / 1000.0;
            Map<Long, Long> perChat = replies.stream()
                    .collect(Collectors.groupingBy(RecordedCall::chatId, Collectors.counting()));
            result.lost = users.stream().filter(user -> !perChat.containsKey(user.id())).count();
            result.doubled = perChat.values().stream().filter(count -> count > 1).count();
            result.tooManyRequests = telegram.tooManyRequestsAnswered();
            result.mostInOneSecond = RecordedCalls.mostInOneSecond(telegram.calls("sendMessage").stream()
                    .filter(call -> call.httpStatus() == 200).toList());
            return result;
        }
    }

    private static ConfigurableApplicationContext instance(EmbeddedPostgres postgres, String token, String name) {
        return new SpringApplicationBuilder(EncuentrosApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.quartz.scheduler-name=bench-two-" + name,
                        "--encuentros.telegram.token=" + token,
                        "--encuentros.telegram.api-url=" + StandaloneEmulator.shared().baseUrl(),
                        "--encuentros.intake.poll-timeout=5s",
                        "--encuentros.messaging.instance-name=bench-" + name,
                        "--logging.level.root=WARN",
                        "--encuentros.intake.workers=" + Integer.getInteger("bench.workers", 4));
    }

    static void fill(Result result, List<Long> latencyNanos, Duration handlingSpan, EmulatedBot telegram,
            List<SimulatedUser> users, Instant start) {
        Collections.sort(latencyNanos);
        result.updatesPerSecond = latencyNanos.size() / Math.max(0.001, handlingSpan.toNanos() / 1e9);
        result.p50Millis = percentile(latencyNanos, 0.50) / 1e6;
        result.p99Millis = percentile(latencyNanos, 0.99) / 1e6;
        List<RecordedCall> replies = sentReplies(telegram, users);
        Instant last = replies.stream().map(RecordedCall::at).max(Instant::compareTo).orElse(start);
        result.lastReplySeconds = Duration.between(start, last).toMillis() / 1000.0;
        Map<Long, Long> perChat = replies.stream().collect(Collectors.groupingBy(RecordedCall::chatId, Collectors.counting()));
        result.lost = users.stream().filter(user -> !perChat.containsKey(user.id())).count();
        result.doubled = perChat.values().stream().filter(count -> count > 1).count();
        result.tooManyRequests = telegram.calls("sendMessage").stream().filter(call -> call.httpStatus() == 429).count();
        result.peakHeapMb = peakHeapMb();
        result.peakRssMb = peakRssMb();
    }

    static List<SimulatedUser> users(long firstId) {
        List<SimulatedUser> users = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            users.add(new SimulatedUser(firstId + i, "Docente" + i, "Bench", null));
        }
        return users;
    }

    static List<RecordedCall> sentReplies(EmulatedBot telegram, List<SimulatedUser> users) {
        Map<Long, SimulatedUser> byId = users.stream().collect(Collectors.toMap(SimulatedUser::id, Function.identity()));
        return telegram.calls("sendMessage").stream()
                .filter(call -> call.httpStatus() == 200 && byId.containsKey(call.chatId()))
                .toList();
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            // Linux: writing 5 resets the process's peak resident set size (VmHWM).
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not allowed: the peak then covers the whole run.
        }
    }

    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() / 1024.0 / 1024.0;
    }

    private static double peakRssMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0) / 1024.0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void row(List<String> report, String name, double ours, double echo) {
        report.add(String.format("%-44s %14.2f %14.2f", name, ours, echo));
    }

    static final class Result {
        double updatesPerSecond;
        double p50Millis;
        double p99Millis;
        double handlerP50Millis = Double.NaN;
        double handlerP99Millis = Double.NaN;
        double lastReplySeconds;
        long tooManyRequests;
        long lost;
        long doubled;
        double peakHeapMb;
        double peakRssMb;
        int taps;
        double tapP50Millis = Double.NaN;
        double tapP99Millis = Double.NaN;
        int mostInOneSecond;
        double lastUpdateStoredSeconds = Double.NaN;
        double sendingSpanSeconds = Double.NaN;
    }

}
