package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ExtendWith(OutputCaptureExtension.class)
class IntakeReliabilityEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();

    static {
        // A Bot API server that lacks setMyCommands: the bot must log it and carry on.
        bot(TOKEN).faults().failNext("setMyCommands", 1_000, 404, "Not Found", null);
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
        registry.add("encuentros.intake.sweep-interval", () -> "300ms");
    }

    /** A command whose handler fails, as a bug in any handler would. */
    @TestConfiguration
    static class FailingCommand {
        @Bean
        BotCommand failingCommand() {
            return new BotCommand() {
                @Override
                public CommandSpec spec() {
                    return new CommandSpec("fallar", "command.ayuda.description",
                            cl.slep.encuentros.participants.StaffRole.PARTICIPANT, false, false, false, false);
                }

                @Override
                public void handle(Incoming in, String argument) {
                    throw new IllegalStateException("simulated handler bug");
                }
            };
        }
    }

    private final EmulatedBot telegram = bot(TOKEN);

    @Test
    void anUpdateDeliveredTwiceIsHandledOnce() {
        SimulatedUser ana = newUser("Ana");
        long help = telegram.userSends(ana, "/ayuda");
        eventually().until(() -> telegram.botMessages(ana.id()).size() == 1);

        telegram.redeliver(help);
        telegram.userSends(ana, "/cancelar");

        List<ChatMessage> replies = eventually().until(() -> telegram.botMessages(ana.id()), m -> m.size() >= 2);
        eventually().until(() -> telegram.pendingUpdates() == 0);
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).text()).contains("Esto es lo que puedes hacer");
        assertThat(replies.get(1).text()).contains("No hay nada en curso que cancelar");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE update_id = ?", Integer.class, help))
                .isEqualTo(1);
    }

    @Test
    void aFailingHandlerApologisesAndTheNextUpdateIsStillHandled(CapturedOutput output) {
        SimulatedUser pedro = newUser("Pedro");

        long failing = telegram.userSends(pedro, "/fallar");
        telegram.userSends(pedro, "/ayuda");

        List<ChatMessage> replies = eventually().until(() -> telegram.botMessages(pedro.id()), m -> m.size() == 2);
        assertThat(replies.get(0).text()).startsWith("Perdón, tuve un problema");
        assertThat(replies.get(1).text()).contains("Esto es lo que puedes hacer");
        assertThat(jdbc.queryForObject("SELECT status FROM inbox_update WHERE update_id = ?", String.class, failing))
                .isEqualTo("FAILED");
        assertThat(output.getAll()).contains("Handling update " + failing + " failed")
                .contains("simulated handler bug");
    }

    @Test
    void aServerWithoutSetMyCommandsIsNotFatal() {
        SimulatedUser luis = newUser("Luis");
        telegram.userSends(luis, "/ayuda");
        eventually().until(() -> telegram.botMessages(luis.id()).size() == 1);

        // The default menu, and any person's menu (the simulator's default admin's, say): every one refused.
        assertThat(telegram.calls("setMyCommands")).extracting(RecordedCall::httpStatus).isNotEmpty()
                .containsOnly(404);
        assertThat(telegram.commands()).isEmpty();
    }

    @Test
    void theTokenNeverReachesTheLog(CapturedOutput output) {
        SimulatedUser rosa = newUser("Rosa");
        telegram.userSends(rosa, "/start");
        eventually().until(() -> telegram.botMessages(rosa.id()).size() == 2);

        String secret = TOKEN.substring(TOKEN.indexOf(':') + 1);
        assertThat(output.getAll()).isNotEmpty().doesNotContain(secret);
    }

    @Test
    void anUpdateTheLibraryCannotReadIsStoredAsFailedAndEveryoneElseIsStillAnswered(CapturedOutput output) {
        SimulatedUser marta = newUser("Marta");
        SimulatedUser luis = newUser("Luis");
        Map<String, Object> wrongDate = privateMessage(marta, "hola");
        wrongDate.put("date", "yesterday");
        Map<String, Object> wrongId = privateMessage(marta, "hola otra vez");
        wrongId.put("message_id", Map.of());

        long first = telegram.injectUpdate("message", wrongDate);
        long second = telegram.injectUpdate("message", wrongId);
        telegram.userSends(luis, "/ayuda");

        eventually().until(() -> telegram.botMessages(luis.id()).size() == 1);
        eventually().until(() -> telegram.pendingUpdates() == 0);
        assertThat(jdbc.queryForList("SELECT status FROM inbox_update WHERE update_id IN (?, ?)", String.class,
                first, second)).containsExactly("FAILED", "FAILED");
        assertThat(jdbc.queryForObject("SELECT payload FROM inbox_update WHERE update_id = ?", String.class, first))
                .contains("\"date\":\"yesterday\"").contains("\"update_id\":" + first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?", Integer.class,
                marta.id())).isZero();
        assertThat(occurrences(output.getAll(), "Update " + first + " cannot be read")).isEqualTo(1);
        assertThat(occurrences(output.getAll(), "Update " + second + " cannot be read")).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain("Cannot deserialize").doesNotContain("hola otra vez");
    }

    @Test
    void unknownOrMissingFieldsNeverThrowAndEarnNoApology(CapturedOutput output) {
        SimulatedUser nora = newUser("Nora");
        telegram.userOpensChat(nora);
        Map<String, Object> newStatus = membershipChange(nora);
        newStatus.put("new_chat_member", Map.of("status", "superfan", "user", botUser()));
        Map<String, Object> noMember = membershipChange(nora);
        noMember.remove("new_chat_member");
        Map<String, Object> futureFields = privateMessage(nora, "/ayuda");
        futureFields.put("reaction_of_the_future", Map.of("kind", "sparkles", "level", 3));

        long unknownStatus = telegram.injectUpdate("my_chat_member", newStatus);
        long missingMember = telegram.injectUpdate("my_chat_member", noMember);
        long unknownFields = telegram.injectUpdate("message", futureFields);

        eventually().until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE update_id IN (?, ?, ?) "
                + "AND status = 'DONE'", Integer.class, unknownStatus, missingMember, unknownFields) == 3);
        eventually().until(() -> telegram.botMessages(nora.id()).size() == 1);
        assertThat(telegram.botMessages(nora.id()).get(0).text()).contains("Esto es lo que puedes hacer");
        eventually().until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?",
                Integer.class, nora.id()) == 0);
        assertThat(telegram.calls("sendMessage")).filteredOn(call -> String.valueOf(nora.id())
                .equals(call.param("chat_id"))).hasSize(1);
        assertThat(output.getAll()).doesNotContain("Handling update " + unknownStatus)
                .doesNotContain("Handling update " + missingMember).doesNotContain("Handling update " + unknownFields);
    }

    @Test
    void anUpdateLeftPendingWhileRunningIsRetriedBySweep() {
        SimulatedUser olga = newUser("Olga");
        telegram.userOpensChat(olga);
        long updateId = 600_000_000L + olga.id() % 1_000_000;
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("update_id", updateId);
        update.put("message", privateMessage(olga, "/ayuda"));

        // As a database error leaves it: stored, never marked, nobody working on it.
        jdbc.update("INSERT INTO inbox_update (update_id, chat_id, payload, status, received_at) VALUES (?, ?, ?, 'PENDING', ?)",
                updateId, olga.id(), tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(update),
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)));

        eventually().until(() -> telegram.botMessages(olga.id()).size() == 1);
        assertThat(telegram.botMessages(olga.id()).get(0).text()).contains("Esto es lo que puedes hacer");
        eventually().until(() -> "DONE".equals(jdbc.queryForObject(
                "SELECT status FROM inbox_update WHERE update_id = ?", String.class, updateId)));
    }

    @Test
    void afterARefusedPrivacyNoticeNothingOfThePersonIsLeftInAnyTable() {
        SimulatedUser zoraida = newUser("Zoraida");
        RegistrationDriver person = new RegistrationDriver(telegram, zoraida);

        person.says("/start");
        person.taps("No acepto");
        person.awaitLastContaining("no guardé ningún dato tuyo");

        eventually().until(() -> tablesContaining("Zoraida", zoraida.username(), String.valueOf(zoraida.id())).isEmpty());
    }

    @Test
    void someoneWhoOnlySaidHelloLeavesNothingInAnyTable() {
        SimulatedUser eufemia = newUser("Eufemia");

        telegram.userSends(eufemia, "hola, buenas tardes");
        eventually().until(() -> telegram.botMessages(eufemia.id()).size() == 1);

        eventually().until(() -> tablesContaining("Eufemia", eufemia.username(), String.valueOf(eufemia.id()),
                "hola, buenas tardes").isEmpty());
    }

    /** Every table whose rows hold one of the values in some column (as in the erasure test). */
    private List<String> tablesContaining(String... values) {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
        return tables.stream().filter(table -> jdbc.queryForList("SELECT * FROM \"" + table + "\"").stream()
                .flatMap(row -> row.values().stream()).filter(java.util.Objects::nonNull)
                .map(value -> value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        : value.toString())
                .anyMatch(text -> java.util.Arrays.stream(values).anyMatch(text::contains))).toList();
    }

    private static Map<String, Object> privateMessage(SimulatedUser user, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("message_id", 1);
        message.put("from", person(user));
        message.put("chat", Map.of("id", user.id(), "type", "private", "first_name", user.firstName()));
        message.put("date", Instant.now().getEpochSecond());
        message.put("text", text);
        return message;
    }

    private Map<String, Object> membershipChange(SimulatedUser user) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("chat", Map.of("id", user.id(), "type", "private", "first_name", user.firstName()));
        change.put("from", person(user));
        change.put("date", Instant.now().getEpochSecond());
        change.put("old_chat_member", Map.of("status", "member", "user", botUser()));
        change.put("new_chat_member", Map.of("status", "kicked", "user", botUser(), "until_date", 0));
        return change;
    }

    private Map<String, Object> botUser() {
        return Map.of("id", telegram.id(), "is_bot", true, "first_name", "Encuentros", "username", telegram.username());
    }

    private static Map<String, Object> person(SimulatedUser user) {
        return Map.of("id", user.id(), "is_bot", false, "first_name", user.firstName(), "username", user.username());
    }

    private static int occurrences(String text, String fragment) {
        return (int) Pattern.compile(Pattern.quote(fragment)).matcher(text).results().count();
    }
}
