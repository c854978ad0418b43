package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.slep.encuentros.EncuentrosApplication;
import cl.slep.encuentros.runmode.RunMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application, started as an operator starts it, on an H2 file of its own. */
@ExtendWith(OutputCaptureExtension.class)
class SimulatorSafetyTests {

    @TempDir
    Path directory;

    @Test
    void aDatabaseThatServedTheRealBotIsRefusedToTheSimulator(CapturedOutput output) {
        try (ConfigurableApplicationContext real = start(builder(), "--encuentros.telegram.token=2000003:safety-test")) {
            assertThat(real.getBean(RunMode.class).simulator()).isFalse();
            assertThat(real.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM deployment_marker", Long.class))
                    .isEqualTo(1);
        }

        // The token went missing from the deploy.
        assertThatThrownBy(() -> start(builder(), "--encuentros.telegram.token="))
                .hasRootCauseInstanceOf(SimulatorRefused.class);

        assertThat(output.getOut()).contains("""
                El simulador no se inicia sobre esta base de datos: ya la usó el bot real de Telegram. \
                No hay TELEGRAM_BOT_TOKEN, y el chat web del simulador no pide identificación, así que \
                cualquiera que llegue a él podría ver y borrar datos reales.""")
                .contains("Si de verdad quieres el simulador sobre estos datos, inicia con ENCUENTROS_SIMULATOR_ENABLED=true.")
                // One block for a person, no stack trace.
                .doesNotContain("\tat cl.slep.");

        try (ConfigurableApplicationContext simulator = start(builder(),
                "--encuentros.telegram.token=", "--encuentros.simulator.enabled=true")) {
            assertThat(simulator.getBean(RunMode.class).simulator()).isTrue();
        }
    }

    @Test
    void theSimulatorStartsOnAFreshDatabaseAndMarksNothing() {
        try (ConfigurableApplicationContext simulator = start(builder(), "--encuentros.telegram.token=")) {
            assertThat(simulator.getBean(RunMode.class).simulator()).isTrue();
            assertThat(simulator.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM deployment_marker", Long.class))
                    .isZero();
        }
        try (ConfigurableApplicationContext again = start(builder(), "--encuentros.telegram.token=")) {
            assertThat(again.getBean(RunMode.class).simulator()).isTrue();
        }
    }

    @Test
    void theProductionProfileIsRefusedToTheSimulator(CapturedOutput output) {
        assertThatThrownBy(() -> start(builder().profiles("postgres"), "--encuentros.telegram.token="))
                .hasRootCauseInstanceOf(SimulatorRefused.class);

        assertThat(output.getOut()).contains("El simulador no se inicia con el perfil \"postgres\"")
                .contains("ENCUENTROS_SIMULATOR_ENABLED=true");
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(EncuentrosApplication.class);
    }

    private ConfigurableApplicationContext start(SpringApplicationBuilder builder, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("encuentros").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0",
                "--spring.quartz.scheduler-name=safety-" + UUID.randomUUID(),
                // Never the real Telegram: nothing is polled nor sent.
                "--encuentros.telegram.api-url=http://127.0.0.1:9",
                "--encuentros.intake.enabled=false",
                "--encuentros.messaging.sender-enabled=false"));
        args.addAll(List.of(extra));
        return builder.run(args.toArray(String[]::new));
    }
}
