package cl.slep.encuentros.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The project's own application.yml, with the post-processor applied as Spring Boot applies it. */
class SimulatorEnvironmentTest {

    @Test
    void theSimulatorHasItsOwnDatabaseFile() throws IOException {
        assertThat(databaseUrl(Map.of())).startsWith("jdbc:h2:file:./data/simulador;MODE=PostgreSQL;")
                .contains(";DB_CLOSE_ON_EXIT=FALSE", ";WRITE_DELAY=0");
    }

    @Test
    void theRealBotKeepsItsDatabaseFile() throws IOException {
        assertThat(databaseUrl(Map.of("TELEGRAM_BOT_TOKEN", "123:abc")))
                .startsWith("jdbc:h2:file:./data/encuentros;MODE=PostgreSQL;");
        // Simulator mode forced on a real deploy: the database is still the demo's own unless one is given.
        assertThat(databaseUrl(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "encuentros.simulator.enabled", "true")))
                .startsWith("jdbc:h2:file:./data/simulador;");
    }

    @Test
    void anExplicitDatabaseWinsInSimulatorMode() throws IOException {
        assertThat(databaseUrl(Map.of("DATABASE_URL", "jdbc:h2:file:/srv/otra"))).isEqualTo("jdbc:h2:file:/srv/otra");
        assertThat(databaseUrl(Map.of("spring.datasource.url", "jdbc:h2:mem:prueba"))).isEqualTo("jdbc:h2:mem:prueba");
    }

    @Test
    void aPublicSimulatorGetsARandomBotTokenOnEveryStart() throws IOException {
        StandardEnvironment local = environment(Map.of());
        assertThat(local.getProperty("encuentros.telegram.simulator-token")).isEqualTo("1000001:simulador-local");

        StandardEnvironment first = environment(Map.of("ENCUENTROS_SIMULATOR_PUBLIC", "true"));
        StandardEnvironment second = environment(Map.of("ENCUENTROS_SIMULATOR_PUBLIC", "true"));
        String token = first.getProperty("encuentros.simulator.bot-token");
        assertThat(token).isNotEqualTo("1000001:simulador-local").matches("\\d+:[A-Za-z0-9_-]{30,}")
                .isNotEqualTo(second.getProperty("encuentros.simulator.bot-token"));
        // The bot uses the token the emulator knows.
        assertThat(first.getProperty("encuentros.telegram.simulator-token")).isEqualTo(token);
        assertThat(BotApiEmulator.isValidToken(token)).isTrue();
    }

    @Test
    void theRealBotIgnoresThePublicSwitch() throws IOException {
        StandardEnvironment real = environment(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "ENCUENTROS_SIMULATOR_PUBLIC", "true"));
        assertThat(real.getProperty("encuentros.simulator.bot-token")).isEqualTo("1000001:simulador-local");
    }

    @Test
    void theCoordinadoraSlepPersonaIsAnAdminOfTheSimulatorUnlessAdminsAreConfigured() throws IOException {
        assertThat(admins(environment(Map.of()))).containsExactly(7_000_000_002L);
        // As Spring Boot reads ENCUENTROS_ADMINS: an explicit list wins, even an empty one.
        assertThat(admins(withEnvironmentVariables(Map.of("ENCUENTROS_ADMINS", "123,456")))).containsExactlyInAnyOrder(123L, 456L);
        assertThat(admins(withEnvironmentVariables(Map.of("ENCUENTROS_ADMINS", "")))).isEmpty();
        assertThat(admins(environment(Map.of("encuentros.admins", "789")))).containsExactly(789L);
        // The real bot has no default admin.
        assertThat(admins(environment(Map.of("TELEGRAM_BOT_TOKEN", "123:abc")))).isEmpty();
    }

    private static Set<Long> admins(StandardEnvironment environment) {
        return Binder.get(environment).bind("encuentros.admins", Bindable.setOf(Long.class)).orElse(Set.of());
    }

    private static StandardEnvironment withEnvironmentVariables(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = environment(Map.of());
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("variables", variables));
        return environment;
    }

    private static String databaseUrl(Map<String, Object> settings) throws IOException {
        return environment(settings).getProperty("spring.datasource.url");
    }

    /** The settings play the part of environment variables and command-line arguments: above application.yml. */
    private static StandardEnvironment environment(Map<String, Object> settings) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new MapPropertySource("settings", settings));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        new SimulatorEnvironment().postProcessEnvironment(environment, null);
        return environment;
    }
}
