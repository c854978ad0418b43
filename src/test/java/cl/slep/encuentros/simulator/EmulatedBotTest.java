package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The emulator without HTTP: fast checks of Telegram's rules as the emulator applies them. */
class EmulatedBotTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-09T13:00:00Z"));
    private final BotApiEmulator emulator = new BotApiEmulator(clock);
    private final EmulatedBot bot = emulator.bot("123456:unit-test");
    private final SimulatedUser ana = new SimulatedUser(7_000_000_001L, "Ana", "Rojas", "anarojas");

    @AfterEach
    void close() {
        emulator.close();
    }

    @Test
    void userMessageBecomesAnUpdateWithACommandEntityAndIncreasingIds() {
        long first = bot.userSends(ana, "/start inv_42");
        long second = bot.userSends(ana, "hola");

        assertThat(first).isGreaterThan(700_000_000L);
        assertThat(second).isEqualTo(first + 1);
        List<Map<String, Object>> updates = updates(call("getUpdates", Map.of()));
        assertThat(updates).hasSize(2);
        Map<String, Object> message = map(updates.get(0).get("message"));
        assertThat(message).containsEntry("message_id", 1).containsEntry("text", "/start inv_42")
                .containsEntry("date", clock.instant().getEpochSecond());
        assertThat(map(message.get("chat"))).containsEntry("id", ana.id()).containsEntry("type", "private")
                .containsEntry("first_name", "Ana");
        assertThat(message.get("entities")).isEqualTo(List.of(Map.of("offset", 0, "length", 6, "type", "bot_command")));
        assertThat(bot.pendingUpdates()).isEqualTo(2);
    }

    @Test
    void offsetConfirmsAndRedeliverHandsTheSameUpdateOutAgain() {
        long first = bot.userSends(ana, "uno");
        long second = bot.userSends(ana, "dos");

        assertThat(updates(call("getUpdates", Map.of("offset", second)))).extracting(u -> u.get("update_id"))
                .containsExactly(second);
        call("getUpdates", Map.of("offset", second + 1));
        assertThat(bot.pendingUpdates()).isZero();

        bot.redeliver(first);
        assertThat(updates(call("getUpdates", Map.of("offset", second + 1))))
                .as("a redelivered update is older than the offset the bot already confirmed, so it is confirmed again")
                .isEmpty();
        bot.redeliver(first);
        assertThat(updates(call("getUpdates", Map.of()))).extracting(u -> u.get("update_id")).containsExactly(first);
    }

    @Test
    void longPollWaitsWithoutAThreadAndAnswersWhenAnUpdateArrives() {
        CompletableFuture<ApiAnswer> poll = bot.execute("getupdates", ApiRequest.of(Map.of("timeout", "30")));
        assertThat(poll).isNotDone();

        long id = bot.userSends(ana, "hola");

        assertThat(poll).isDone();
        assertThat(updates(poll.join())).extracting(u -> u.get("update_id")).containsExactly(id);
    }

    @Test
    void longPollEndsEmptyAfterItsTimeout() {
        CompletableFuture<ApiAnswer> poll = bot.execute("getUpdates", ApiRequest.of(Map.of("timeout", 1)));

        await().atMost(Duration.ofSeconds(5)).until(poll::isDone);
        assertThat(poll.join().isOk()).isTrue();
        assertThat(updates(poll.join())).isEmpty();
    }

    @Test
    void secondPollTerminatesTheFirstWithConflict() {
        CompletableFuture<ApiAnswer> first = bot.execute("getUpdates", ApiRequest.of(Map.of("timeout", 30)));
        CompletableFuture<ApiAnswer> second = bot.execute("getUpdates", ApiRequest.of(Map.of("timeout", 30)));

        assertThat(first.join().status()).isEqualTo(409);
        assertThat(first.join().description()).isEqualTo(
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        assertThat(second).isNotDone();
        bot.userSends(ana, "hola");
        assertThat(second.join().isOk()).isTrue();
    }

    @Test
    void webhookBlocksGetUpdatesUntilDeleted() {
        assertThat(call("setWebhook", Map.of("url", "https://encuentros.example/telegram", "secret_token", "s3cr3t_-x")).isOk()).isTrue();
        assertThat(bot.webhookSecret()).isEqualTo("s3cr3t_-x");
        bot.userSends(ana, "hola");

        ApiAnswer refused = call("getUpdates", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.description()).isEqualTo(
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        assertThat(map(call("getWebhookInfo", Map.of()).result())).containsEntry("pending_update_count", 1);
        assertThat(call("setWebhook", Map.of("url", "http://example.com/x")).description())
                .isEqualTo("Bad Request: bad webhook: An HTTPS URL must be provided for webhook");

        call("deleteWebhook", Map.of());
        assertThat(updates(call("getUpdates", Map.of()))).hasSize(1);
    }

    @Test
    void allowedUpdatesFiltersTypesAndIsRemembered() {
        long hola = bot.userSends(ana, "hola");
        // Already waiting when allowed_updates changes: Telegram still hands it out.
        assertThat(updates(call("getUpdates", Map.of("allowed_updates", "[\"callback_query\"]"))))
                .extracting(u -> u.get("update_id")).containsExactly(hola);
        int botMessage = messageId(call("sendMessage", Map.of("chat_id", ana.id(), "text", "¿Vienes?",
                "reply_markup", keyboard("Sí", "rsvp:1:si"))));
        long press = bot.userPresses(ana, botMessage, "rsvp:1:si");
        bot.userSends(ana, "otra");

        assertThat(updates(call("getUpdates", Map.of("offset", hola + 1)))).extracting(u -> u.get("update_id"))
                .containsExactly(press);
        assertThat(updates(call("getUpdates", Map.of("allowed_updates", List.of())))).hasSize(1);
    }

    @Test
    void changingAllowedUpdatesKeepsTheUpdatesAlreadyWaiting() {
        bot.userOpensChat(ana);
        int botMessage = messageId(call("sendMessage", Map.of("chat_id", ana.id(), "text", "¿Vienes?",
                "reply_markup", keyboard("Sí", "rsvp:1:si"))));
        long message = bot.userSends(ana, "hola");
        long press = bot.userPresses(ana, botMessage, "rsvp:1:si");

        assertThat(updates(call("getUpdates", Map.of("allowed_updates", List.of("message")))))
                .extracting(u -> u.get("update_id")).containsExactly(message, press);
        long later = bot.userPresses(ana, botMessage, "rsvp:1:si");
        long text = bot.userSends(ana, "chao");
        assertThat(updates(call("getUpdates", Map.of("offset", press + 1)))).extracting(u -> u.get("update_id"))
                .containsExactly(text).doesNotContain(later);
    }

    @Test
    void callbackQueryAnsweredMoreThan15SecondsAfterTheTapIsTooOld() {
        bot.userOpensChat(ana);
        int id = messageId(call("sendMessage", Map.of("chat_id", ana.id(), "text", "¿Vienes?",
                "reply_markup", keyboard("Sí", "rsvp:1:si"))));
        String onTime = queryId(bot.userPresses(ana, id, "rsvp:1:si"));
        String late = queryId(bot.userPresses(ana, id, "rsvp:1:si"));

        clock.advance(Duration.ofSeconds(15));
        assertThat(call("answerCallbackQuery", Map.of("callback_query_id", onTime)).isOk()).isTrue();
        clock.advance(Duration.ofMillis(1));
        ApiAnswer tooLate = call("answerCallbackQuery", Map.of("callback_query_id", late));

        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.description())
                .isEqualTo("Bad Request: query is too old and response timeout expired or query ID is invalid");
        assertThat(call("answerCallbackQuery", Map.of("callback_query_id", "4242")).description())
                .isEqualTo(tooLate.description());
        assertThat(bot.unansweredCallbackQueries()).isZero();
    }

    @Test
    void sendMessageToAChatNobodyWroteFromIsRefused() {
        ApiAnswer answer = call("sendMessage", Map.of("chat_id", 99, "text", "hola"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.description()).isEqualTo("Bad Request: chat not found");
    }

    @Test
    void textLimitsAndButtonDataLimitAreTelegrams() {
        bot.userOpensChat(ana);

        assertThat(call("sendMessage", Map.of("chat_id", ana.id(), "text", "")).description())
                .isEqualTo("Bad Request: message text is empty");
        assertThat(call("sendMessage", Map.of("chat_id", ana.id(), "text", "x".repeat(4097))).description())
                .isEqualTo("Bad Request: message is too long");
        assertThat(call("sendMessage", Map.of("chat_id", ana.id(), "text", "<b>" + "x".repeat(4096) + "</b>",
                "parse_mode", "HTML")).isOk()).as("the limit counts the text without tags").isTrue();
        assertThat(call("sendMessage", Map.of("chat_id", ana.id(), "text", "¿Vienes?",
                "reply_markup", keyboard("Sí", "ñ".repeat(33)))).description())
                .as("64 bytes, not characters").isEqualTo("Bad Request: BUTTON_DATA_INVALID");
        assertThat(call("sendMessage", Map.of("chat_id", ana.id(), "text", "Hola <Ana>", "parse_mode", "HTML"))
                .description()).startsWith("Bad Request: can't parse entities");
    }

    @Test
    void editingWithTheSameContentIsNotModifiedAndWithoutMarkupDropsTheKeyboard() {
        bot.userOpensChat(ana);
        int id = messageId(call("sendMessage", Map.of("chat_id", ana.id(), "text", "¿Vienes?",
                "reply_markup", keyboard("Sí", "rsvp:1:si"))));

        ApiAnswer same = call("editMessageText", Map.of("chat_id", ana.id(), "message_id", id, "text", "¿Vienes?",
                "reply_markup", keyboard("Sí", "rsvp:1:si")));
        assertThat(same.description()).isEqualTo("Bad Request: message is not modified: specified new message content "
                + "and reply markup are exactly the same as a current content and reply markup of the message");

        ApiAnswer edited = call("editMessageText", Map.of("chat_id", ana.id(), "message_id", id, "text", "¿Vienes?"));
        assertThat(edited.isOk()).isTrue();
        assertThat(map(edited.result())).containsKey("edit_date").doesNotContainKey("reply_markup");
        assertThat(bot.lastBotMessage(ana.id()).orElseThrow()).satisfies(m -> {
            assertThat(m.edited()).isTrue();
            assertThat(m.keyboard()).isEmpty();
        });
        assertThat(call("editMessageText", Map.of("chat_id", ana.id(), "message_id", 77, "text", "x")).description())
                .isEqualTo("Bad Request: message to edit not found");
    }

    @Test
    void pressingAButtonThatIsNotThereIsRefused() {
        bot.userOpensChat(ana);
        int id = messageId(call("sendMessage", Map.of("chat_id", ana.id(), "text", "¿Vienes?",
                "reply_markup", keyboard("Sí", "rsvp:1:si"))));

        assertThatThrownBy(() -> bot.userPresses(ana, id, "rsvp:1:no")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bot.userPresses(ana, id + 1, "rsvp:1:si")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void callbackQueryCarriesTheBotMessageAndCanBeAnsweredOnce() {
        bot.userOpensChat(ana);
        int id = messageId(call("sendMessage", Map.of("chat_id", ana.id(), "text", "¿Vienes?",
                "reply_markup", keyboard("Sí", "rsvp:1:si"))));
        long updateId = bot.userPresses(ana, id, "rsvp:1:si");

        Map<String, Object> query = map(bot.update(updateId).orElseThrow().get("callback_query"));
        assertThat(query).containsEntry("data", "rsvp:1:si").containsKeys("id", "chat_instance", "from");
        assertThat(map(query.get("message"))).containsEntry("message_id", id);
        assertThat(bot.unansweredCallbackQueries()).isEqualTo(1);

        String queryId = (String) query.get("id");
        assertThat(call("answerCallbackQuery", Map.of("callback_query_id", queryId, "text", "¡Anotado!")).isOk()).isTrue();
        assertThat(call("answerCallbackQuery", Map.of("callback_query_id", queryId)).description())
                .isEqualTo("Bad Request: query is too old and response timeout expired or query ID is invalid");
        assertThat(bot.unansweredCallbackQueries()).isZero();
    }

    @Test
    void perChatLimitAnswers429WithRetryAfterAndCountsIt() {
        bot.userOpensChat(ana);

        List<ApiAnswer> answers = List.of(
                call("sendMessage", Map.of("chat_id", ana.id(), "text", "1")),
                call("sendMessage", Map.of("chat_id", ana.id(), "text", "2")),
                call("sendMessage", Map.of("chat_id", ana.id(), "text", "3")));

        assertThat(answers).extracting(ApiAnswer::status).containsExactly(200, 200, 429);
        assertThat(answers.get(2).description()).isEqualTo("Too Many Requests: retry after 1");
        assertThat(answers.get(2).body()).containsEntry("parameters", Map.of("retry_after", 1));
        assertThat(bot.tooManyRequestsAnswered()).isEqualTo(1);
        assertThat(bot.botMessages(ana.id())).hasSize(2);
    }

    @Test
    void groupLimitIsTwentyPerMinuteAndLimitsCanBeSwitchedOff() {
        bot.userSendsInGroup(ana, -1001234567890L, "Red PIE", "hola");
        for (int i = 0; i < 20; i++) {
            assertThat(call("sendMessage", Map.of("chat_id", -1001234567890L, "text", "m" + i)).isOk()).isTrue();
        }
        ApiAnswer refused = call("sendMessage", Map.of("chat_id", -1001234567890L, "text", "una más"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfter()).isBetween(1, 3);

        bot.rateLimits(RateLimits.off());
        assertThat(call("sendMessage", Map.of("chat_id", -1001234567890L, "text", "una más")).isOk()).isTrue();
        assertThat(map(map(bot.update(bot.userSendsInGroup(ana, -1001234567890L, "Red PIE", "x")).orElseThrow()
                .get("message")).get("chat"))).containsEntry("type", "supergroup").containsEntry("title", "Red PIE");
    }

    @Test
    void injectedFaultsBlockedChatsAndLatency() {
        bot.userOpensChat(ana);
        bot.faults().failNext("SENDMESSAGE", 2, 502, null, null)
                .failNextForChat("sendMessage", 42, 1, 429, null, 7);

        assertThat(call("sendMessage", Map.of("chat_id", ana.id(), "text", "1")).description()).isEqualTo("Bad Gateway");
        assertThat(call("sendMessage", Map.of("chat_id", ana.id(), "text", "2")).status()).isEqualTo(502);
        assertThat(call("sendMessage", Map.of("chat_id", ana.id(), "text", "3")).isOk()).isTrue();
        ApiAnswer injected429 = call("sendMessage", Map.of("chat_id", "42", "text", "x"));
        assertThat(injected429.retryAfter()).isEqualTo(7);
        assertThat(bot.tooManyRequestsAnswered()).as("only limits count, not injected 429s").isZero();

        bot.faults().blockChat(ana.id());
        bot.rateLimits(RateLimits.off());
        assertThat(call("sendMessage", Map.of("chat_id", ana.id(), "text", "4")).description())
                .isEqualTo("Forbidden: bot was blocked by the user");
        bot.faults().unblockChat(ana.id()).latency(Duration.ofSeconds(1));
        CompletableFuture<ApiAnswer> slow = bot.execute("getMe", ApiRequest.of(Map.of()));
        assertThat(slow).isNotDone();
        await().atMost(Duration.ofSeconds(3)).until(slow::isDone);
        assertThat(bot.calls("getme")).hasSize(1);
    }

    @Test
    void callsAreRecordedWithCanonicalNamesAndStatus() {
        bot.userOpensChat(ana);
        bot.execute("sendmessage", ApiRequest.of(Map.of("chat_id", String.valueOf(ana.id()), "text", "hola"))).join();
        bot.execute("noSuchMethod", ApiRequest.of(Map.of())).join();

        assertThat(bot.calls("sendMessage")).singleElement().satisfies(c -> {
            assertThat(c.method()).isEqualTo("sendMessage");
            assertThat(c.chatId()).isEqualTo(ana.id());
            assertThat(c.text()).isEqualTo("hola");
            assertThat(c.httpStatus()).isEqualTo(200);
            assertThat(c.at()).isEqualTo(clock.instant());
        });
        assertThat(bot.calls()).extracting(RecordedCall::httpStatus).containsExactly(200, 404);
    }

    @Test
    void chatShowsUserAndBotMessagesEditsAndDeletions() {
        bot.userSends(ana, "hola");
        int id = messageId(call("sendMessage", Map.of("chat_id", ana.id(), "text", "<b>Bienvenida</b>", "parse_mode", "HTML")));
        bot.userEditsMessage(ana, 1, "hola de nuevo");
        call("deleteMessage", Map.of("chat_id", ana.id(), "message_id", id));

        assertThat(bot.chat(ana.id())).satisfiesExactly(
                user -> {
                    assertThat(user.fromBot()).isFalse();
                    assertThat(user.text()).isEqualTo("hola de nuevo");
                    assertThat(user.edited()).isTrue();
                },
                fromBot -> {
                    assertThat(fromBot.text()).isEqualTo("Bienvenida");
                    assertThat(fromBot.entities()).extracting(ChatMessage.Entity::type).containsExactly("bold");
                    assertThat(fromBot.deleted()).isTrue();
                });
        assertThat(call("deleteMessage", Map.of("chat_id", ana.id(), "message_id", id)).description())
                .isEqualTo("Bad Request: message to delete not found");
    }

    @Test
    void messagesOlderThan48HoursCannotBeDeleted() {
        bot.userOpensChat(ana);
        int id = messageId(call("sendMessage", Map.of("chat_id", ana.id(), "text", "hola")));
        clock.advance(Duration.ofHours(49));

        assertThat(call("deleteMessage", Map.of("chat_id", ana.id(), "message_id", id)).description())
                .isEqualTo("Bad Request: message can't be deleted for everyone");
    }

    @Test
    void setMyCommandsIsStoredAndValidated() {
        String commands = "[{\"command\":\"start\",\"description\":\"Comenzar\"},{\"command\":\"mis_datos\",\"description\":\"Ver mis datos\"}]";
        assertThat(call("setMyCommands", Map.of("commands", commands)).isOk()).isTrue();

        assertThat(bot.commands()).containsExactly("start", "mis_datos");
        assertThat(bot.commandMenu()).containsEntry("mis_datos", "Ver mis datos");
        assertThat(call("getMyCommands", Map.of()).result()).asList().hasSize(2);
        assertThat(call("setMyCommands", Map.of("commands", List.of(Map.of("command", "Mis-Datos", "description", "x"))))
                .description()).isEqualTo("Bad Request: BOT_COMMAND_INVALID");
    }

    @Test
    void webChatWaiterIsWokenByTheBotsMessage() {
        bot.userSends(ana, "hola");
        ChatState chat = bot.watch(ana.id());
        long version = chat.snapshot(0, bot.id()).version();
        AtomicReference<String> woken = new AtomicReference<>();

        assertThat(chat.awaitChange(version, () -> woken.set("sí"))).isTrue();
        call("sendMessage", Map.of("chat_id", ana.id(), "text", "respuesta"));

        assertThat(woken.get()).isEqualTo("sí");
        assertThat(chat.snapshot(version, bot.id()).messages()).extracting(m -> m.message().text()).containsExactly("respuesta");
    }

    @Test
    void resetForgetsStateButKeepsUpdateIdsGrowing() {
        long before = bot.userSends(ana, "hola");
        bot.faults().blockChat(ana.id());
        emulator.reset();

        assertThat(bot.chat(ana.id())).isEmpty();
        assertThat(bot.calls()).isEmpty();
        assertThat(bot.faults().isBlocked(ana.id())).isFalse();
        assertThat(bot.userSends(ana, "otra vez")).isGreaterThan(before);
        assertThat(emulator.bot("123456:unit-test")).isSameAs(bot);
    }

    @Test
    void tokensMustLookLikeTelegrams() {
        assertThat(emulator.execute("not-a-token", "getMe", ApiRequest.of(Map.of())).join().status()).isEqualTo(404);
        assertThatThrownBy(() -> emulator.bot("abc:def")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewTokenBeyondTheCapacityIsUnauthorizedAsAnUnknownBotOnTelegram() {
        try (BotApiEmulator small = new BotApiEmulator(clock, RateLimits.off(), EmulatorCapacity.defaults().withMaxBots(2))) {
            assertThat(small.execute("1:uno", "getMe", ApiRequest.of(Map.of())).join().status()).isEqualTo(200);
            assertThat(small.execute("2:dos", "getMe", ApiRequest.of(Map.of())).join().status()).isEqualTo(200);

            ApiAnswer third = small.execute("3:tres", "getMe", ApiRequest.of(Map.of())).join();

            assertThat(third.status()).isEqualTo(401);
            assertThat(third.description()).isEqualTo("Unauthorized");
            assertThat(small.execute("1:uno", "getMe", ApiRequest.of(Map.of())).join().status()).isEqualTo(200);
            assertThat(small.execute("3-tres", "getMe", ApiRequest.of(Map.of())).join().status()).isEqualTo(404);
        }
    }

    @Test
    void recordedCallsKeepTheNewestWithinCountAndSize() {
        EmulatorCapacity capacity = EmulatorCapacity.defaults().withRecorded(5, org.springframework.util.unit.DataSize.ofKilobytes(64));
        try (BotApiEmulator small = new BotApiEmulator(clock, RateLimits.off(), capacity)) {
            EmulatedBot recording = small.bot("9:grabando");
            for (int i = 0; i < 8; i++) {
                recording.execute("getMe", ApiRequest.of(Map.of("n", String.valueOf(i)))).join();
            }
            assertThat(recording.calls()).extracting(c -> c.param("n")).containsExactly("3", "4", "5", "6", "7");

            String big = "x".repeat(20_000);
            for (int i = 0; i < 3; i++) {
                recording.execute("sendMessage", ApiRequest.of(Map.of("chat_id", "1", "text", big + i))).join();
            }
            // Each call holds some 40 KB of text: only one fits in 64 KB, the newest.
            assertThat(recording.calls()).singleElement().extracting(RecordedCall::text).isEqualTo(big + 2);
        }
    }

    @Test
    void theDefaultCapacityRecordsABenchmarksTensOfThousandsOfMessages() {
        String text = "<b>Encuentro de la Red PIE</b>\n" + "Jueves 9 de abril, 09:00 a 11:30, Liceo Bicentenario. ".repeat(10);
        Map<String, Object> keyboard = keyboard("Sí, voy", "rsvp:1:si");
        for (int i = 0; i < 20_000; i++) {
            bot.execute("sendMessage", ApiRequest.of(Map.of("chat_id", String.valueOf(i), "text", text,
                    "parse_mode", "HTML", "reply_markup", keyboard))).join();
        }

        assertThat(bot.calls("sendMessage")).hasSize(20_000);
    }

    // ------------------------------------------------------------------ helpers

    private ApiAnswer call(String method, Map<String, Object> params) {
        return bot.execute(method, ApiRequest.of(new LinkedHashMap<>(params))).join();
    }

    private String queryId(long updateId) {
        return (String) map(bot.update(updateId).orElseThrow().get("callback_query")).get("id");
    }

    private static Map<String, Object> keyboard(String text, String data) {
        return Map.of("inline_keyboard", List.of(List.of(Map.of("text", text, "callback_data", data))));
    }

    private static int messageId(ApiAnswer answer) {
        assertThat(answer.isOk()).as(answer.description()).isTrue();
        return (Integer) map(answer.result()).get("message_id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> updates(ApiAnswer answer) {
        assertThat(answer.isOk()).as(answer.description()).isTrue();
        return (List<Map<String, Object>>) answer.result();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
