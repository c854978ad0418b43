package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the emulator answers to requests Telegram refuses: always Telegram's JSON envelope, never a framework's error
 * page, and never an ERROR in the log. Spoken over raw sockets, so that exactly the bytes a client sends (broken
 * encodings, odd verbs, huge lines) reach the server, and so that a connection's reuse can be seen.
 */
class BotApiErrorsTest {

    private static final StandaloneEmulator server = StandaloneEmulator.shared();

    private final SimulatedUser ana = new SimulatedUser(7_200_000_001L, "Ana", "Rojas", "anarojas");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private String token;
    private EmulatedBot bot;

    @BeforeEach
    void newBotAndWatchTheLog() {
        token = ThreadLocalRandom.current().nextInt(3_000_000, 3_999_999) + ":errors-test";
        bot = server.emulator().bot(token);
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void nothingWasLoggedAsAnError() {
        root().detachAppender(log);
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)
                        || e.getLevel().isGreaterOrEqual(Level.WARN) && e.getThrowableProxy() != null)
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void aMalformedTokenIsNotFoundAsOnTelegram() throws IOException {
        try (Connection c = connect()) {
            for (String path : new String[] {"/botabc/getMe", "/bot123/getMe", "/bot123:/getMe", "/botabc/x/y", "/botabc"}) {
                Response response = c.send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
                assertThat(response.status()).as(path).isEqualTo(404);
                assertThat(response.body()).as(path).isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
            }
        }
    }

    @Test
    void verbsOtherThanGetAndPostAreNotImplementedAsOnTelegramsServer() throws IOException {
        for (String verb : new String[] {"PUT", "DELETE", "PATCH"}) {
            try (Connection c = connect()) {
                Response response = c.send(verb + " /bot" + token + "/getMe HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
                assertThat(response.status()).as(verb).isEqualTo(501);
                assertThat(response.json()).as(verb).containsEntry("ok", false).containsEntry("error_code", 501)
                        .containsEntry("description", "Not Implemented");
            }
        }
        assertThat(bot.calls()).isEmpty();
    }

    @Test
    void invalidUtf8InAFormOrAQueryIsRefusedAsTelegramDoes() throws IOException {
        bot.userOpensChat(ana);
        byte[] raw = ("chat_id=" + ana.id() + "&text=hola ").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[raw.length + 2];
        System.arraycopy(raw, 0, body, 0, raw.length);
        body[raw.length] = (byte) 0xC3;
        body[raw.length + 1] = (byte) 0x28;

        Response rawBytes = post("application/x-www-form-urlencoded", body);
        Response percentEncoded = post("application/x-www-form-urlencoded",
                ("chat_id=" + ana.id() + "&text=%FF%FE").getBytes(StandardCharsets.US_ASCII));
        Response inQuery;
        try (Connection c = connect()) {
            inQuery = c.send("GET /bot" + token + "/sendMessage?chat_id=" + ana.id() + "&text=%E2%82 HTTP/1.1\r\nHost: x\r\n\r\n");
        }

        for (Response response : new Response[] {rawBytes, percentEncoded, inQuery}) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()).containsEntry("description", "Bad Request: strings must be encoded in UTF-8");
        }
        assertThat(bot.chat(ana.id())).filteredOn(ChatMessage::fromBot).isEmpty();
    }

    @Test
    void aFormInUtf8StillWorks() throws IOException {
        bot.userOpensChat(ana);

        Response response = post("application/x-www-form-urlencoded",
                ("chat_id=" + ana.id() + "&text=%C2%BFVienes+ma%C3%B1ana%3F").getBytes(StandardCharsets.US_ASCII));

        assertThat(response.status()).isEqualTo(200);
        assertThat(bot.lastBotMessage(ana.id()).orElseThrow().text()).isEqualTo("¿Vienes mañana?");
    }

    @Test
    void brokenMultipartIsABadRequest() throws IOException {
        Response noBoundary = post("multipart/form-data", "--x\r\n".getBytes(StandardCharsets.US_ASCII));
        Response garbage = post("multipart/form-data; boundary=frontera",
                "--frontera\r\nesto no es una cabecera\r\n\r\nhola\r\n--fron".getBytes(StandardCharsets.US_ASCII));

        assertThat(noBoundary.status()).isEqualTo(400);
        assertThat(noBoundary.json()).containsEntry("description", "Bad Request: boundary not found");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json()).containsEntry("ok", false).containsEntry("error_code", 400);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        long limit = server.emulator().capacity().maxRequestSize().toBytes();
        try (Connection c = connect()) {
            // Only the headers are sent: the refusal comes without waiting for a body the server must not read.
            Response response = c.send("POST /bot" + token + "/sendMessage HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (limit + 1) + "\r\n\r\n");
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.json()).containsEntry("description", "Request Entity Too Large");
        }
    }

    @Test
    void anOverLongRequestLineGetsTelegramsJson() throws IOException {
        String huge = "a".repeat(70_000);
        try (Connection c = connect()) {
            Response response = c.send("GET /bot" + token + "/getMe?x=" + huge + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(response.status()).isBetween(400, 499);
            assertThat(response.json()).containsEntry("ok", false).containsEntry("error_code", response.status())
                    .containsKey("description");
        }
    }

    @Test
    void theConnectionStaysOpenAfterAnAnswerThatIsNotOk() throws IOException {
        bot.faults().blockChat(ana.id());
        bot.userOpensChat(ana);
        try (Connection c = connect()) {
            String unknownMethod = c.send("GET /bot" + token + "/sendTelepathy HTTP/1.1\r\nHost: x\r\n\r\n").statusAndConnection();
            String blocked = c.send("GET /bot" + token + "/sendMessage?chat_id=" + ana.id() + "&text=hola HTTP/1.1\r\nHost: x\r\n\r\n")
                    .statusAndConnection();
            String malformedToken = c.send("GET /botabc/getMe HTTP/1.1\r\nHost: x\r\n\r\n").statusAndConnection();
            String ok = c.send("GET /bot" + token + "/getMe HTTP/1.1\r\nHost: x\r\n\r\n").statusAndConnection();

            assertThat(new String[] {unknownMethod, blocked, malformedToken, ok})
                    .containsExactly("404 keep-alive", "403 keep-alive", "404 keep-alive", "200 keep-alive");
        }
    }

    /**
     * Telegram keeps a connection open whatever a call answers, and TelegramBots' client (OkHttp) reuses it; a server
     * that closed it after a 400 (Tomcat does, after its own 400, 413, 414, 500, 501 and 503) would have the bot
     * reconnect after every "chat not found", and a bot tested here would not be tested as it runs.
     */
    @Test
    void oneConnectionCarriesOnAfterEveryRefusalABotMeets() throws IOException {
        SimulatedUser beto = new SimulatedUser(7_200_000_002L, "Beto", "Soto", "betosoto");
        bot.rateLimits(RateLimits.off());
        bot.userOpensChat(ana);
        bot.userOpensChat(beto);
        bot.faults().blockChat(beto.id());
        bot.faults().failNext("sendMessage", 1, 429, "Too Many Requests: retry after 3", 3);
        String getMe = "GET /bot" + token + "/getMe HTTP/1.1\r\nHost: x\r\n\r\n";
        try (Connection c = connect()) {
            Response tooMany = c.send(sendMessage(ana.id(), "hola"));
            Response afterTooMany = c.send(getMe);
            Response chatNotFound = c.send(sendMessage(ana.id() + 99, "hola"));
            Response afterChatNotFound = c.send(getMe);
            Response blocked = c.send(sendMessage(beto.id(), "hola"));
            Response afterBlocked = c.send(getMe);
            Response malformedToken = c.send("GET /botabc/getMe HTTP/1.1\r\nHost: x\r\n\r\n");
            Response afterMalformedToken = c.send(sendMessage(ana.id(), "sigo aquí"));

            assertThat(tooMany.json()).containsEntry("error_code", 429)
                    .containsEntry("parameters", Map.of("retry_after", 3));
            assertThat(chatNotFound.json()).containsEntry("description", "Bad Request: chat not found");
            assertThat(blocked.json()).containsEntry("error_code", 403);
            assertThat(malformedToken.json()).containsEntry("error_code", 404);
            assertThat(new Response[] {tooMany, chatNotFound, blocked, malformedToken})
                    .extracting(Response::statusAndConnection)
                    .containsExactly("429 keep-alive", "400 keep-alive", "403 keep-alive", "404 keep-alive");
            for (Response after : new Response[] {afterTooMany, afterChatNotFound, afterBlocked}) {
                assertThat(after.status()).isEqualTo(200);
                assertThat(after.json()).containsEntry("ok", true);
            }
            assertThat(afterMalformedToken.status()).isEqualTo(200);
        }
        assertThat(bot.lastBotMessage(ana.id()).orElseThrow().text()).isEqualTo("sigo aquí");
    }

    @Test
    void aPathThatIsNotUtf8GetsTelegramsJson() throws IOException {
        try (Connection c = connect()) {
            Response response = c.send("GET /bot" + token + "/get%FFMe HTTP/1.1\r\nHost: x\r\n\r\n");

            assertThat(response.status()).isBetween(400, 499);
            assertThat(response.json()).containsEntry("ok", false).containsEntry("error_code", response.status());
        }
    }

    @Test
    void overLongHeadersOutsideTheEmulatorGetTheSpanishPageWithoutTheServersName() throws IOException {
        try (Connection c = connect()) {
            Response response = c.send("GET /simulador HTTP/1.1\r\nHost: x\r\nX-Relleno: " + "a".repeat(70_000) + "\r\n\r\n");

            assertThat(response.status()).isEqualTo(431);
            assertThat(response.headers().get("content-type")).startsWith("text/html");
            assertThat(response.body()).contains("<html lang=\"es-CL\">", "Error 431").doesNotContain("Jetty", "aaaa");
            assertThat(response.headers()).doesNotContainKeys("server", "x-powered-by");
        }
    }

    // ------------------------------------------------------------------ helpers

    private String sendMessage(long chatId, String text) {
        String form = "chat_id=" + chatId + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        return "POST /bot" + token + "/sendMessage HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + form.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + form;
    }

    private Response post(String contentType, byte[] body) throws IOException {
        try (Connection c = connect()) {
            return c.send(("POST /bot" + token + "/sendMessage HTTP/1.1\r\nHost: x\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static Connection connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(20_000);
        return new Connection(socket);
    }

    record Response(int status, Map<String, String> headers, String body) {

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            assertThat(headers.get("content-type")).as(body).startsWith("application/json");
            return JsonMapper.shared().readValue(body, Map.class);
        }

        /** "404 keep-alive" or "400 close": what the server told about the connection. */
        String statusAndConnection() {
            return status + " " + ("close".equalsIgnoreCase(headers.get("connection")) ? "close" : "keep-alive");
        }
    }

    /** One HTTP/1.1 connection: requests written as they are, answers read by their Content-Length or chunks. */
    record Connection(Socket socket) implements AutoCloseable {

        Response send(String request) throws IOException {
            return send(request.getBytes(StandardCharsets.UTF_8), new byte[0]);
        }

        Response send(byte[] head, byte[] body) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (headers.containsKey("content-length")) {
                content.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line(in);
                }
                line(in);
            } else {
                content.write(in.readAllBytes());
            }
            return new Response(status, headers, content.toString(StandardCharsets.UTF_8));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
