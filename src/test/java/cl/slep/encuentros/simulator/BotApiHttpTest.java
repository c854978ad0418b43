package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendLocation;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVenue;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator through real HTTP on 127.0.0.1, spoken to by the real TelegramBots client: what it answers
 * must deserialize into the library's objects exactly as Telegram's answers do.
 */
class BotApiHttpTest {

    private static final StandaloneEmulator server = StandaloneEmulator.shared();
    private static final HttpClient http = HttpClient.newHttpClient();

    private final SimulatedUser ana = new SimulatedUser(7_100_000_001L, "Ana", "Rojas", "anarojas");
    private String token;
    private EmulatedBot bot;
    private OkHttpTelegramClient client;

    @BeforeEach
    void newBot() {
        // A token of its own per test: the emulator keeps bots apart, so tests share it without interfering.
        token = ThreadLocalRandom.current().nextInt(2_000_000, 2_999_999) + ":http-test";
        bot = server.emulator().bot(token);
        client = new OkHttpTelegramClient(token, server.telegramUrl());
    }

    @Test
    void getMeDescribesTheBot() throws Exception {
        User me = client.execute(new GetMe());

        assertThat(me.getId()).isEqualTo(bot.id());
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getUserName()).isEqualTo("encuentros_simulador_bot");
        assertThat(me.getFirstName()).isEqualTo("Encuentros (simulador)");
        assertThat(bot.calls("getMe")).singleElement().extracting(RecordedCall::httpStatus).isEqualTo(200);
    }

    @Test
    void sendEditPressAndAnswerRoundTripThroughTheRealClient() throws Exception {
        bot.userSends(ana, "/start");
        Message sent = client.execute(SendMessage.builder()
                .chatId(ana.id())
                .text("<b>Encuentro Red PIE</b>\n¿Vienes?")
                .parseMode("HTML")
                .replyMarkup(InlineKeyboardMarkup.builder()
                        .keyboardRow(new InlineKeyboardRow(
                                InlineKeyboardButton.builder().text("Sí, voy").callbackData("rsvp:1:si").build(),
                                InlineKeyboardButton.builder().text("No puedo").callbackData("rsvp:1:no").build()))
                        .build())
                .build());

        assertThat(sent.getMessageId()).isEqualTo(2);
        assertThat(sent.getChatId()).isEqualTo(ana.id());
        assertThat(sent.getFrom().getIsBot()).isTrue();
        assertThat(sent.getText()).isEqualTo("Encuentro Red PIE\n¿Vienes?");
        assertThat(sent.getEntities()).extracting(e -> e.getType()).containsExactly("bold");
        assertThat(sent.getReplyMarkup().getKeyboard().get(0)).extracting(InlineKeyboardButton::getCallbackData)
                .containsExactly("rsvp:1:si", "rsvp:1:no");

        long pressId = bot.userPresses(ana, sent.getMessageId(), "rsvp:1:si");
        List<Update> updates = client.execute(GetUpdates.builder().timeout(0).build());
        assertThat(updates).extracting(Update::getUpdateId).hasSize(2).last().isEqualTo((int) pressId);
        Update press = updates.get(1);
        assertThat(press.getCallbackQuery().getData()).isEqualTo("rsvp:1:si");
        assertThat(press.getCallbackQuery().getFrom().getId()).isEqualTo(ana.id());
        assertThat(((Message) press.getCallbackQuery().getMessage()).getMessageId()).isEqualTo(sent.getMessageId());
        // Not isCommand(): TelegramBots 10.2 computes an entity's text only inside getEntities(), so isCommand()
        // is false until getEntities() has been called once. Real Telegram's JSON behaves the same.
        assertThat(updates.get(0).getMessage().getEntities()).extracting(e -> e.getType(), e -> e.getText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bot_command", "/start"));
        assertThat(updates.get(0).getMessage().isCommand()).isTrue();

        assertThat(client.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(press.getCallbackQuery().getId()).text("¡Te esperamos!").build())).isTrue();
        Message edited = (Message) client.execute(EditMessageText.builder()
                .chatId(ana.id()).messageId(sent.getMessageId()).text("Confirmaste tu asistencia ✅").build());
        assertThat(edited.getEditDate()).isNotNull();
        assertThat(edited.getReplyMarkup()).isNull();
        assertThatThrownBy(() -> client.execute(EditMessageReplyMarkup.builder()
                .chatId(ana.id()).messageId(sent.getMessageId()).build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(400);
                    assertThat(e.getApiResponse()).startsWith("Bad Request: message is not modified");
                });
        assertThat(client.execute(DeleteMessage.builder().chatId(ana.id()).messageId(1).build())).isTrue();

        assertThat(bot.chat(ana.id())).extracting(ChatMessage::text, ChatMessage::deleted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/start", true),
                org.assertj.core.groups.Tuple.tuple("Confirmaste tu asistencia ✅", false));
    }

    @Test
    void documentsAndPhotosAreUploadedAsMultipartAndKept() throws Exception {
        bot.userOpensChat(ana);
        bot.rateLimits(RateLimits.off());
        byte[] calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

        Message document = client.execute(SendDocument.builder()
                .chatId(ana.id())
                .document(new InputFile(new ByteArrayInputStream(calendar), "encuentro.ics"))
                .caption("Agrega el encuentro a tu calendario")
                .build());

        assertThat(document.getDocument().getFileName()).isEqualTo("encuentro.ics");
        assertThat(document.getDocument().getMimeType()).isEqualTo("text/calendar");
        assertThat(document.getDocument().getFileSize()).isEqualTo(calendar.length);
        assertThat(document.getCaption()).isEqualTo("Agrega el encuentro a tu calendario");
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/simulador/api/files/" + document.getDocument().getFileId())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(calendar);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        Message photo = client.execute(SendPhoto.builder()
                .chatId(ana.id()).photo(new InputFile(new ByteArrayInputStream(png(400, 200)), "qr.png")).build());
        assertThat(photo.getPhoto()).isNotEmpty().last().satisfies(size -> {
            assertThat(size.getWidth()).isEqualTo(400);
            assertThat(size.getHeight()).isEqualTo(200);
        });
        assertThat(photo.getPhoto()).extracting(PhotoSize::getWidth).isSorted();

        Message again = client.execute(SendDocument.builder()
                .chatId(ana.id()).document(new InputFile(document.getDocument().getFileId())).build());
        assertThat(again.getDocument().getFileUniqueId()).isEqualTo(document.getDocument().getFileUniqueId());

        assertThat(bot.botMessages(ana.id())).extracting(ChatMessage::kind).containsExactly("document", "photo", "document");
    }

    @Test
    void venuesLocationsAndCommandsRoundTrip() throws Exception {
        bot.userOpensChat(ana);
        bot.rateLimits(RateLimits.off());

        Message venue = client.execute(SendVenue.builder().chatId(ana.id()).latitude(-20.2133).longitude(-70.1503)
                .title("Liceo Bicentenario").address("Av. Arturo Prat 1234, Iquique").build());
        assertThat(venue.getVenue().getTitle()).isEqualTo("Liceo Bicentenario");
        assertThat(venue.getLocation().getLatitude()).isEqualTo(-20.2133);
        Message location = client.execute(SendLocation.builder().chatId(ana.id()).latitude(-20.27).longitude(-70.10).build());
        assertThat(location.getLocation().getLongitude()).isEqualTo(-70.10);

        assertThat(client.execute(SetMyCommands.builder().commands(List.of(
                new BotCommand("start", "Comenzar"), new BotCommand("mis_datos", "Ver lo que guardamos de ti"))).build()))
                .isTrue();
        assertThat(bot.commands()).containsExactly("start", "mis_datos");
        assertThat(client.execute(new GetMyCommands())).extracting(BotCommand::getCommand).containsExactly("start", "mis_datos");
    }

    @Test
    void longPollingReturnsAnUpdateCreatedWhileWaitingAndOffsetConfirms() throws Exception {
        CompletableFuture<ArrayList<Update>> poll = client.executeAsync(GetUpdates.builder().timeout(5).build());
        await().atMost(Duration.ofSeconds(5)).until(bot::isPolling);

        long updateId = bot.userSends(ana, "hola bot");

        List<Update> updates = poll.get();
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.getUpdateId()).isEqualTo((int) updateId);
            assertThat(u.getMessage().getText()).isEqualTo("hola bot");
            assertThat(u.getMessage().getFrom().getUserName()).isEqualTo("anarojas");
        });
        assertThat(bot.pendingUpdates()).isEqualTo(1);
        assertThat(client.execute(GetUpdates.builder().offset((int) updateId + 1).timeout(0).build())).isEmpty();
        assertThat(bot.pendingUpdates()).isZero();
    }

    @Test
    void aSecondPollerEndsTheFirstWithConflict() throws Exception {
        CompletableFuture<ArrayList<Update>> first = client.executeAsync(GetUpdates.builder().timeout(5).build());
        await().atMost(Duration.ofSeconds(5)).until(bot::isPolling);
        CompletableFuture<ArrayList<Update>> second = client.executeAsync(GetUpdates.builder().timeout(0).build());

        assertThatThrownBy(first::join).hasCauseInstanceOf(TelegramApiRequestException.class)
                .cause().satisfies(e -> assertThat(((TelegramApiRequestException) e).getErrorCode()).isEqualTo(409));
        assertThat(second.join()).isEmpty();
    }

    @Test
    void breakingTheGlobalLimitAnswers429WithRetryAfter() throws Exception {
        bot.rateLimits(new RateLimits(true, 5, 100, 100, 100));
        List<SimulatedUser> users = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            users.add(new SimulatedUser(7_200_000_000L + i, "Persona " + i, null, null));
            bot.userOpensChat(users.get(i));
        }

        List<CompletableFuture<Message>> sends = new ArrayList<>();
        for (SimulatedUser user : users) {
            sends.add(client.executeAsync(SendMessage.builder().chatId(user.id()).text("Recordatorio").build()));
        }
        List<TelegramApiRequestException> refused = new ArrayList<>();
        for (CompletableFuture<Message> send : sends) {
            try {
                send.join();
            } catch (CompletionException e) {
                refused.add((TelegramApiRequestException) e.getCause());
            }
        }

        assertThat(refused).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getErrorCode()).isEqualTo(429);
            assertThat(e.getParameters().getRetryAfter()).isGreaterThanOrEqualTo(1);
            assertThat(e.getApiResponse()).startsWith("Too Many Requests: retry after ");
        });
        assertThat(bot.tooManyRequestsAnswered()).isEqualTo(refused.size());
        assertThat(bot.calls("sendMessage")).filteredOn(c -> c.httpStatus() == 429).hasSize(refused.size());
    }

    @Test
    void breakingThePerChatLimitAnswers429() throws Exception {
        bot.userOpensChat(ana);
        List<Integer> statuses = new ArrayList<>();
        // Two at once, then one per second: four quick sends break it even on a slow machine.
        for (int i = 0; i < 4; i++) {
            try {
                client.execute(SendMessage.builder().chatId(ana.id()).text("Recordatorio " + i).build());
                statuses.add(200);
            } catch (TelegramApiRequestException e) {
                statuses.add(e.getErrorCode());
                assertThat(e.getParameters().getRetryAfter()).isEqualTo(1);
                assertThat(e.getApiResponse()).isEqualTo("Too Many Requests: retry after 1");
            }
        }

        assertThat(statuses).startsWith(200, 200).contains(429);
        assertThat(bot.tooManyRequestsAnswered()).isEqualTo(statuses.stream().filter(s -> s == 429).count());
    }

    @Test
    void injectedFaultsAndBlockedChatsAnswerLikeTelegram() throws Exception {
        bot.userOpensChat(ana);
        bot.rateLimits(RateLimits.off());
        bot.faults().failNext("sendMessage", 1, 500, null, null).failNext("sendMessage", 1, 429, null, 3);

        assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(ana.id()).text("x").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(500);
                    assertThat(e.getApiResponse()).isEqualTo("Internal Server Error");
                });
        assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(ana.id()).text("x").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getParameters().getRetryAfter()).isEqualTo(3));
        assertThat(client.execute(SendMessage.builder().chatId(ana.id()).text("x").build()).getText()).isEqualTo("x");

        bot.faults().blockChat(ana.id());
        assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(ana.id()).text("x").build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(403);
                    assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
                });
        assertThat(bot.calls("sendMessage")).extracting(RecordedCall::httpStatus).containsExactly(500, 429, 200, 403);
    }

    @Test
    void badTokensAndUnknownMethodsAreRefusedWithTelegramsStatus() throws Exception {
        // Telegram: a token not even shaped like one is a path that does not exist.
        HttpResponse<String> badToken = get("/botnot-a-token/getMe");
        assertThat(badToken.statusCode()).isEqualTo(404);
        assertThat(json(badToken.body())).containsEntry("ok", false).containsEntry("error_code", 404)
                .containsEntry("description", "Not Found");

        HttpResponse<String> unknown = get("/bot" + token + "/sendCarrierPigeon");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown.body())).containsEntry("description", "Not Found");

        HttpResponse<String> upperCase = get("/bot" + token + "/GETME?unused=1");
        assertThat(upperCase.statusCode()).isEqualTo(200);
    }

    @Test
    void formEncodedRequestsAreAccepted() throws Exception {
        bot.userOpensChat(ana);
        String form = "chat_id=" + ana.id()
                + "&text=" + URLEncoder.encode("¡Hola, Ana! ñandú", StandardCharsets.UTF_8)
                + "&reply_markup=" + URLEncoder.encode(
                "{\"inline_keyboard\":[[{\"text\":\"Ver\",\"url\":\"https://slep.cl\"}]]}", StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/bot" + token + "/sendMessage"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(bot.lastBotMessage(ana.id()).orElseThrow()).satisfies(m -> {
            assertThat(m.text()).isEqualTo("¡Hola, Ana! ñandú");
            assertThat(m.buttons()).extracting(ChatMessage.Button::url).containsExactly("https://slep.cl");
        });
        RecordedCall call = bot.calls("sendMessage").get(0);
        assertThat(call.params().get("chat_id")).isEqualTo(String.valueOf(ana.id()));
        assertThat(call.chatId()).isEqualTo(ana.id());
        assertThat(call.replyMarkup()).containsKey("inline_keyboard");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JsonMapper.shared().readValue(body, Map.class);
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
