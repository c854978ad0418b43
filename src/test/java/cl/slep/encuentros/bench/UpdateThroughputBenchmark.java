package cl.slep.encuentros.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.EncuentrosApplication;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ./mvnw -Pbench verify: 1,000 participants in distinct chats send /ayuda at once through the emulator, which
 * enforces Telegram's limits. Prints figures for Encuentros and, in the same run, for a plain echo bot on the
 * same TelegramBots library with no database. Fails only if a reply is lost or doubled.
 */
class UpdateThroughputBenchmark {

    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 1000);
    private static final double TELEGRAM_RATE = 30.0;

    @Test
    void thousandParticipantsAskForHelpAtOnce() throws Exception {
        StandaloneEmulator emulator = StandaloneEmulator.shared();
        List<String> report = new ArrayList<>();
        report.add(String.format("%-44s %14s %14s", "figure", "encuentros", "echo bot"));

        Result ours = runEncuentros(emulator);
        Result echo = EchoBotBaseline.run(emulator, PARTICIPANTS);

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
            List<SimulatedUser> users = users(10_000_000L);
            Instant start = Instant.now();
            users.forEach(user -> telegram.userSends(user, "/ayuda"));
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
            jdbc.query("SELECT received_at, started_at, handled_at FROM inbox_update WHERE status = 'DONE'", rs -> {
                Instant received = rs.getTimestamp(1).toInstant();
                Instant started = rs.getTimestamp(2).toInstant();
                Instant handled = rs.getTimestamp(3).toInstant();
                latencies.add(Duration.between(received, handled).toNanos());
                handlingOnly.add(Duration.between(started, handled).toNanos());
                span[0] = received.isBefore(span[0]) ? received : span[0];
                span[1] = handled.isAfter(span[1]) ? handled : span[1];
            });
            fill(result, latencies, Duration.between(span[0], span[1]), telegram, users, start);
            Collections.sort(handlingOnly);
            result.handlerP50Millis = percentile(handlingOnly, 0.50) / 1e6;
            result.handlerP99Millis = percentile(handlingOnly, 0.99) / 1e6;
            return result;
        }
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
    }

}
