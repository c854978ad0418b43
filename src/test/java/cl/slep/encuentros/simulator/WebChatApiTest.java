package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.messageorigin.MessageOriginUser;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import tools.jackson.databind.json.JsonMapper;

/** The JSON endpoints of the web chat, with the bot side played by the real TelegramBots client. */
class WebChatApiTest {

    /** The simulator's default bot token: the web chat always acts on it. */
    private static final String TOKEN = "1000001:simulador-local";
    private static final StandaloneEmulator server = StandaloneEmulator.shared();
    private static final HttpClient http = HttpClient.newHttpClient();

    private final long userId = ThreadLocalRandom.current().nextLong(7_300_000_000L, 7_399_999_999L);
    private EmulatedBot bot;
    private OkHttpTelegramClient client;

    @BeforeEach
    void setUp() {
        bot = server.emulator().bot(TOKEN);
        bot.rateLimits(RateLimits.off());
        client = new OkHttpTelegramClient(TOKEN, server.telegramUrl());
    }

    @Test
    void thePageIsServedAtSimulador() throws Exception {
        HttpResponse<String> page = get("/simulador");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"persona-select\"", "id=\"message-input\"", "/simulador/simulador.js");
        assertThat(get("/simulador/simulador.js").statusCode()).isEqualTo(200);
        assertThat(json(get("/simulador/api/info").body())).containsEntry("botUsername", "encuentros_simulador_bot");
    }

    @Test
    void aPersonaWritesAndTheWaitingPageSeesTheBotsAnswerAndToast() throws Exception {
        HttpResponse<String> sent = post("/messages", "{\"firstName\":\"Ana\",\"lastName\":\"Rojas\",\"text\":\"/start\"}");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(bot.chat(userId)).singleElement().extracting(ChatMessage::text).isEqualTo("/start");

        Map<String, Object> first = json(get("/simulador/api/chats/" + userId + "/changes?after=0&epoch=0").body());
        assertThat(first).containsEntry("full", true);
        assertThat(messages(first)).singleElement().satisfies(m -> assertThat(m).containsEntry("fromBot", false));

        CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(request("/simulador/api/chats/" + userId
                + "/changes?after=" + first.get("version") + "&epoch=" + first.get("epoch")), HttpResponse.BodyHandlers.ofString());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());

        int messageId = client.execute(SendMessage.builder().chatId(userId).text("¿Vienes al <b>encuentro</b>?")
                .parseMode("HTML")
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Sí").callbackData("rsvp:9:si").build())).build())
                .build()).getMessageId();

        Map<String, Object> change = json(waiting.get().body());
        assertThat(change).containsEntry("full", false);
        assertThat(messages(change)).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("fromBot", true).containsEntry("text", "¿Vienes al encuentro?");
            assertThat(m.get("keyboard")).asList().singleElement().asList().singleElement().asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("text", "Sí").containsEntry("callbackData", "rsvp:9:si");
        });

        assertThat(post("/presses", "{\"firstName\":\"Ana\",\"messageId\":" + messageId + ",\"data\":\"rsvp:9:si\"}").statusCode())
                .isEqualTo(200);
        List<Update> updates = client.execute(GetUpdates.builder().timeout(0).build());
        Update press = updates.stream().filter(Update::hasCallbackQuery)
                .filter(u -> u.getCallbackQuery().getFrom().getId() == userId).findFirst().orElseThrow();
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(press.getCallbackQuery().getId())
                .text("¡Te esperamos!").build());

        Map<String, Object> notice = json(get("/simulador/api/chats/" + userId + "/changes?after=" + change.get("version")
                + "&epoch=" + change.get("epoch")).body());
        assertThat(notice.get("notices")).isEqualTo(List.of(Map.of("text", "¡Te esperamos!", "showAlert", false)));
    }

    @Test
    void pressingAButtonThatDoesNotExistIsRefusedInSpanishOrEnglishDetail() throws Exception {
        post("/messages", "{\"firstName\":\"Ana\",\"text\":\"hola\"}");

        HttpResponse<String> refused = post("/presses", "{\"firstName\":\"Ana\",\"messageId\":1,\"data\":\"x\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body())).containsKey("error");
        assertThat(post("/messages", "{\"firstName\":\"\",\"text\":\"hola\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void aPersonaForwardsABotMessageAndTheBotGetsItsForwardOriginAsTelegramSendsIt() throws Exception {
        post("/messages", "{\"firstName\":\"Ana\",\"text\":\"hola\"}");
        Message original = client.execute(SendMessage.builder().chatId(userId).text("Encuentro el <b>jueves</b>")
                .parseMode("HTML")
                .replyMarkup(InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("Voy").callbackData("rsvp:1:si").build())).build())
                .build());
        long otherPersona = userId + 1;
        client.execute(GetUpdates.builder().offset(-1).timeout(0).build());

        HttpResponse<String> forwarded = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/simulador/api/chats/" + otherPersona + "/forwards"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"firstName\":\"Pedro\",\"fromChatId\":" + userId
                        + ",\"messageId\":" + original.getMessageId() + "}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forwarded.statusCode()).isEqualTo(200);

        Message received = client.execute(GetUpdates.builder().timeout(0).build()).stream()
                .filter(Update::hasMessage).map(Update::getMessage)
                .filter(m -> m.getFrom().getId() == otherPersona).findFirst().orElseThrow();
        assertThat(received.getChatId()).isEqualTo(otherPersona);
        assertThat(received.getText()).isEqualTo("Encuentro el jueves");
        assertThat(received.getEntities()).singleElement().satisfies(e -> assertThat(e.getType()).isEqualTo("bold"));
        assertThat(received.getReplyMarkup()).isNull();
        assertThat(received.getForwardOrigin()).isInstanceOfSatisfying(MessageOriginUser.class, origin -> {
            assertThat(origin.getSenderUser().getId()).isEqualTo(1000001L);
            assertThat(origin.getSenderUser().getIsBot()).isTrue();
            assertThat(origin.getDate()).isEqualTo(original.getDate());
        });
        Map<String, Object> shown = messages(json(get("/simulador/api/chats/" + otherPersona + "/changes?after=0&epoch=0")
                .body())).get(0);
        assertThat(shown).containsEntry("forwardedFrom", EmulatedBot.FIRST_NAME).containsEntry("fromBot", false);

        HttpResponse<String> missing = post("/forwards", "{\"firstName\":\"Ana\",\"fromChatId\":" + userId
                + ",\"messageId\":99999}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body())).containsEntry("error", "Ese mensaje ya no existe.");
    }

    @Test
    void documentsAreLinkedAndServedSafely() throws Exception {
        post("/messages", "{\"firstName\":\"Ana\",\"text\":\"/exportar\"}");
        byte[] csv = "rbd;nombre\n12345;Escuela Básica\n".getBytes(StandardCharsets.UTF_8);
        client.execute(SendDocument.builder().chatId(userId)
                .document(new InputFile(new ByteArrayInputStream(csv), "asistencia.csv")).build());

        Map<String, Object> all = json(get("/simulador/api/chats/" + userId + "/changes?after=0&epoch=0").body());
        Map<String, Object> document = messages(all).get(1);
        assertThat(document).containsEntry("kind", "document").containsEntry("fileName", "asistencia.csv");

        HttpResponse<String> file = get((String) document.get("fileUrl"));
        assertThat(file.body()).isEqualTo(new String(csv, StandardCharsets.UTF_8));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("asistencia.csv"));
        assertThat(file.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).startsWith("sandbox"));
        assertThat(get("/simulador/api/files/nope").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/simulador/api/chats/" + userId + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JsonMapper.shared().readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> messages(Map<String, Object> changes) {
        return (List<Map<String, Object>>) changes.get("messages");
    }
}
