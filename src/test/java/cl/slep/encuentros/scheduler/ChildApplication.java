package cl.slep.encuentros.scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A {@link KillableApplication} in a JVM of its own, started by a test: its output goes to a file the test reads,
 * its commands through its standard input. {@link #kill()} is SIGKILL.
 */
final class ChildApplication {

    private static final AtomicLong nonces = new AtomicLong();

    private final Process process;
    private final Path output;
    private final Writer commands;

    private ChildApplication(Process process, Path output) {
        this.process = process;
        this.output = output;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Starts the application with these settings ({@code --name=value}) and waits until it is up. */
    static ChildApplication start(Path output, List<String> settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Start-up time is what the tests wait for; the application does little once up.
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), KillableApplication.class.getName()));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        ChildApplication child = new ChildApplication(process, output);
        try {
            child.awaitLine(Pattern.compile("^READY$"), Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            child.kill();
            throw e;
        }
        return child;
    }

    /** Publishes an encuentro of these users (telegram ids) that they all attend; returns its id. */
    long publish(LocalDateTime start, long minutes, long coordinator, List<Long> users) {
        StringBuilder line = new StringBuilder("publish " + start + " " + minutes + " " + coordinator);
        users.forEach(user -> line.append(' ').append(user));
        send(line.toString());
        Matcher answer = awaitLine(Pattern.compile("^(?:PUBLISHED (\\d+)|FAILED (.*))$"), Duration.ofSeconds(30));
        if (answer.group(1) == null) {
            throw new IllegalStateException("The child JVM could not publish: " + answer.group(2) + "\n" + tail());
        }
        return Long.parseLong(answer.group(1));
    }

    /** What the application has of the encuentro's reminders: in Quartz' store, queued and sent. */
    Status status(long encuentroId) {
        long nonce = nonces.incrementAndGet();
        send("status " + encuentroId + " " + nonce);
        Matcher found = awaitLine(Pattern.compile("^STATUS " + nonce + " triggers=(\\d+) queued=(\\d+) sent=(\\d+) "
                + "rows=(\\d+)$"), Duration.ofSeconds(10));
        return new Status(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)),
                Integer.parseInt(found.group(3)), Integer.parseInt(found.group(4)));
    }

    record Status(int triggers, int queued, int sent, int rows) {
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would: nothing of the application runs after it. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The child JVM " + process.pid() + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean logContains(String text) {
        return log().contains(text);
    }

    String log() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void send(String line) {
        try {
            commands.write(line + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The child JVM is gone:\n" + tail(), e);
        }
    }

    private Matcher awaitLine(Pattern pattern, Duration within) {
        try {
            return Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(100))
                    .until(() -> find(pattern), Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("No line " + pattern + " from the child JVM (alive: " + process.isAlive()
                    + "); its output ends with:\n" + tail(), e);
        }
    }

    private Optional<Matcher> find(Pattern pattern) {
        if (!process.isAlive()) {
            throw new IllegalStateException("The child JVM exited with " + process.exitValue() + ":\n" + tail());
        }
        for (String line : log().lines().toList()) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    String tail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
