package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/** Telegram's size limits for uploads, and a heap that stays bounded whatever clients send. */
class BotApiLimitsTest {

    private static final StandaloneEmulator server = StandaloneEmulator.shared();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final long MB = 1024 * 1024;

    private final SimulatedUser ana = new SimulatedUser(7_300_000_001L, "Ana", "Rojas", "anarojas");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private String token;
    private EmulatedBot bot;

    @AfterEach
    void nothingWasLoggedAsAnError() {
        root().detachAppender(log);
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)
                        || e.getLevel().isGreaterOrEqual(Level.WARN) && e.getThrowableProxy() != null)
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @BeforeEach
    void newBot() {
        log.start();
        root().addAppender(log);
        token = ThreadLocalRandom.current().nextInt(4_000_000, 4_999_999) + ":limits-test";
        bot = server.emulator().bot(token);
        bot.rateLimits(RateLimits.off());
        bot.userOpensChat(ana);
    }

    @Test
    void aDocumentOfFiftyMegabytesIsKeptOnDiskAndOneByteMoreIsTooLarge() throws Exception {
        HttpResponse<String> fifty = upload(server.baseUrl(), token, "sendDocument", "document", "acta.pdf", 50 * MB);

        assertThat(fifty.statusCode()).as(fifty.body()).isEqualTo(200);
        Map<String, Object> document = map(map(json(fifty.body()).get("result")).get("document"));
        assertThat(((Number) document.get("file_size")).longValue()).isEqualTo(50 * MB);
        StoredFile stored = server.emulator().file((String) document.get("file_id")).orElseThrow();
        assertThat(stored.content()).isRegularFile();
        assertThat(Files.size(stored.content())).isEqualTo(50 * MB);

        HttpResponse<String> tooLarge = upload(server.baseUrl(), token, "sendDocument", "document", "acta.pdf", 50 * MB + 1);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json(tooLarge.body())).containsEntry("ok", false).containsEntry("error_code", 413)
                .containsEntry("description", "Request Entity Too Large");
        assertThat(bot.botMessages(ana.id())).hasSize(1);
    }

    @Test
    void aPhotoOverTenMegabytesIsTooBig() throws Exception {
        HttpResponse<String> response = upload(server.baseUrl(), token, "sendPhoto", "photo", "foto.jpg", 10 * MB + 1);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body())).containsEntry("description", "Bad Request: file is too big");
        assertThat(bot.botMessages(ana.id())).isEmpty();
    }

    /**
     * 200 requests of 1 MB each (long texts, and keyboards of many buttons, which the emulator records), and 20
     * documents of 1 MB, against an emulator
     * in a JVM with a 256 MB heap: it stays responsive and never runs out of memory. Without the cap on recorded
     * calls (try {@code --encuentros.simulator.capacity.max-recorded-size=2GB}) the JVM dies of OutOfMemoryError.
     */
    @Test
    void twoHundredRequestsOfOneMegabyteLeaveASmallHeapResponsive() throws Exception {
        Path output = Files.createTempFile("emulador-256m-", ".log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                StandaloneEmulator.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            String baseUrl = "http://127.0.0.1:" + awaitPort(child, output);
            String childToken = "4242:memoria";
            HttpResponse<String> welcome = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + childToken
                    + "/getMe")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(welcome.statusCode()).isEqualTo(200);

            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<Integer>> statuses = new ArrayList<>();
            String text = "x".repeat((int) MB - 40);
            String keyboard = bigKeyboard(MB - 200);
            for (int i = 0; i < 200; i++) {
                boolean json = i % 2 == 0;
                statuses.add(clients.submit(() -> json
                        ? sendJson(baseUrl, childToken, keyboard).statusCode()
                        : sendText(baseUrl, childToken, text).statusCode()));
            }
            for (int i = 0; i < 20; i++) {
                statuses.add(clients.submit(() ->
                        upload(baseUrl, childToken, "sendDocument", "document", "grande.bin", MB).statusCode()));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(60, TimeUnit.SECONDS));
            }
            clients.shutdown();

            // Nobody wrote to the bot in that JVM: Telegram's answer is "chat not found", after reading it all.
            assertThat(answered).hasSize(220).containsOnly(400);
            long started = System.nanoTime();
            HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + childToken
                    + "/getMe")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(child.isAlive()).isTrue();
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        assertThat(Files.readString(output)).doesNotContain("OutOfMemoryError");
        Files.deleteIfExists(output);
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<String> upload(String baseUrl, String botToken, String method, String field, String fileName,
                                        long size) throws IOException, InterruptedException {
        String boundary = "limite" + ThreadLocalRandom.current().nextInt(1_000_000);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n" + ana.id()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + botToken + "/" + method))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                                zeros(size), new ByteArrayInputStream(tail))))), head.length + size + tail.length))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendText(String baseUrl, String botToken, String text) throws IOException, InterruptedException {
        String form = "chat_id=" + ana.id() + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + botToken + "/sendMessage"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A sendMessage whose inline keyboard alone is {@code size} bytes of JSON: many small objects once parsed. */
    private static String bigKeyboard(long size) {
        StringBuilder rows = new StringBuilder("[");
        String button = "{\"text\":\"b\",\"callback_data\":\"d\"}";
        while (rows.length() + button.length() + 4 < size) {
            rows.append(rows.length() == 1 ? "" : ",").append('[').append(button).append(']');
        }
        return rows.append(']').toString();
    }

    private HttpResponse<String> sendJson(String baseUrl, String botToken, String keyboard) throws IOException, InterruptedException {
        String body = "{\"chat_id\":" + ana.id() + ",\"text\":\"hola\",\"reply_markup\":{\"inline_keyboard\":" + keyboard + "}}";
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + botToken + "/sendMessage"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code size} zero bytes, made as they are read, so that the test's own heap holds none of them. */
    private static InputStream zeros(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    private static int awaitPort(Process child, Path output) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(output),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("PORT=")) {
                        return Integer.parseInt(line.substring(5).trim());
                    }
                }
            }
            child.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the emulator's JVM did not start:\n" + Files.readString(output));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JsonMapper.shared().readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
