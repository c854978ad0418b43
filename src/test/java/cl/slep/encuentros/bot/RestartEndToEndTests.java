package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.EncuentrosApplication;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Two runs of the application on the same database file, as after a deploy or a crash. */
class RestartEndToEndTests {

    @Test
    void aRestartDoesNotReplayHandledUpdates() throws Exception {
        String token = BotEndToEndTest.newToken();
        EmulatedBot telegram = BotEndToEndTest.bot(token);
        SimulatedUser ana = BotEndToEndTest.newUser("Ana");
        Path dataDir = Files.createTempDirectory("encuentros-restart");

        long help;
        try (ConfigurableApplicationContext first = start(token, dataDir)) {
            help = telegram.userSends(ana, "/ayuda");
            BotEndToEndTest.eventually().until(() -> telegram.botMessages(ana.id()).size() == 1);
        }
        // Telegram hands out again what it believes unconfirmed, e.g. when the process died mid-poll.
        telegram.redeliver(help);

        try (ConfigurableApplicationContext second = start(token, dataDir)) {
            telegram.userSends(ana, "/cancelar");
            BotEndToEndTest.eventually().until(() -> telegram.botMessages(ana.id()).size() >= 2);
            BotEndToEndTest.eventually().until(() -> telegram.pendingUpdates() == 0);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            BotEndToEndTest.eventually().until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM inbox_update WHERE status = 'DONE'", Integer.class) == 2);

            assertThat(telegram.botMessages(ana.id())).hasSize(2);
            assertThat(telegram.botMessages(ana.id()).get(0).text()).contains("Esto es lo que puedes hacer");
            assertThat(telegram.botMessages(ana.id()).get(1).text()).contains("No hay nada en curso que cancelar");
        }
    }

    @Test
    void aRestartInTheMiddleOfRegistrationResumesAtTheSameStep() throws Exception {
        String token = BotEndToEndTest.newToken();
        EmulatedBot telegram = BotEndToEndTest.bot(token);
        SimulatedUser jorge = BotEndToEndTest.newUser("Jorge");
        RegistrationDriver person = new RegistrationDriver(telegram, jorge);
        Path dataDir = Files.createTempDirectory("encuentros-restart");

        try (ConfigurableApplicationContext first = start(token, dataDir)) {
            person.says("/start");
            person.taps("Acepto");
            person.awaitLastContaining("nombre completo");
            person.says("Jorge Castillo Ramos");
            person.awaitLastContaining("establecimiento");
        }

        try (ConfigurableApplicationContext second = start(token, dataDir)) {
            person.says("chipana");
            person.taps("Escuela Chipana");
            person.awaitLastContaining("cargo");
            person.taps("Encargado/a de convivencia");
            person.awaitLatest(message -> message.button("✅ Red de Convivencia Escolar").isPresent());
            person.taps("Listo");
            assertThat(person.awaitLastContaining("Revisa tus datos").text()).contains("Jorge Castillo Ramos")
                    .contains("Escuela Chipana");
            person.taps("Confirmar");
            person.awaitLastContaining("Tu registro quedó listo");
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT full_name FROM participant WHERE telegram_user_id = ?", String.class, jorge.id()))
                    .isEqualTo("Jorge Castillo Ramos");
        }
    }

    @Test
    void updatesStoredByAProcessKilledBeforeHandlingThemAreHandledByTheNextOne() throws Exception {
        String token = BotEndToEndTest.newToken();
        EmulatedBot telegram = BotEndToEndTest.bot(token);
        SimulatedUser paula = BotEndToEndTest.newUser("Paula");
        telegram.userOpensChat(paula);
        Path dataDir = Files.createTempDirectory("encuentros-restart");

        // What a kill between storing and handling leaves: rows stored PENDING, nothing queued, nothing marked.
        try (ConfigurableApplicationContext schemaOnly = start(token, dataDir, "--encuentros.intake.enabled=false",
                "--encuentros.messaging.sender-enabled=false")) {
            JdbcTemplate jdbc = schemaOnly.getBean(JdbcTemplate.class);
            storePending(jdbc, 41, paula, "/ayuda");
            storePending(jdbc, 42, paula, "/cancelar");
        }

        // The sweep is far away: only the start-up resumption can handle them.
        try (ConfigurableApplicationContext next = start(token, dataDir, "--encuentros.intake.sweep-interval=1h")) {
            BotEndToEndTest.eventually().until(() -> telegram.botMessages(paula.id()).size() == 2);
            assertThat(telegram.botMessages(paula.id()).get(0).text()).contains("Esto es lo que puedes hacer");
            assertThat(telegram.botMessages(paula.id()).get(1).text()).contains("No hay nada en curso que cancelar");
            JdbcTemplate jdbc = next.getBean(JdbcTemplate.class);
            BotEndToEndTest.eventually().until(() -> jdbc.queryForList(
                    "SELECT status FROM inbox_update WHERE update_id IN (41, 42)", String.class),
                    statuses -> statuses.size() == 2 && statuses.stream().allMatch("DONE"::equals));
        }
    }

    private static void storePending(JdbcTemplate jdbc, long updateId, SimulatedUser user, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("message_id", (int) updateId);
        message.put("from", Map.of("id", user.id(), "is_bot", false, "first_name", user.firstName()));
        message.put("chat", Map.of("id", user.id(), "type", "private", "first_name", user.firstName()));
        message.put("date", Instant.now().getEpochSecond());
        message.put("text", text);
        String payload = JsonMapper.shared().writeValueAsString(Map.of("update_id", updateId, "message", message));
        jdbc.update("INSERT INTO inbox_update (update_id, chat_id, payload, status, received_at) VALUES (?, ?, ?, 'PENDING', ?)",
                updateId, user.id(), payload, Timestamp.from(Instant.now()));
    }

    private static ConfigurableApplicationContext start(String token, Path dataDir, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("encuentros").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
                "--spring.quartz.scheduler-name=restart-test",
                "--encuentros.telegram.token=" + token,
                "--encuentros.telegram.api-url=" + BotEndToEndTest.emulator().baseUrl()));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(EncuentrosApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }
}
