package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.EncuentrosApplication;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
            person.awaitLastContaining("Quedaste registrado");
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT full_name FROM participant WHERE telegram_user_id = ?", String.class, jorge.id()))
                    .isEqualTo("Jorge Castillo Ramos");
        }
    }

    private static ConfigurableApplicationContext start(String token, Path dataDir) {
        return new SpringApplicationBuilder(EncuentrosApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("encuentros").toAbsolutePath()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
                        "--spring.quartz.scheduler-name=restart-test",
                        "--encuentros.telegram.token=" + token,
                        "--encuentros.telegram.api-url=" + BotEndToEndTest.emulator().baseUrl());
    }
}
