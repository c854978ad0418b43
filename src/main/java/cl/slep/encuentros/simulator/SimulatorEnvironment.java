package cl.slep.encuentros.simulator;

import cl.slep.encuentros.runmode.SimulatorModeCondition;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings simulator mode needs before any bean exists. The demo gets its own database file, so that a deploy
 * that lost its token does not open production data to the web chat; {@code application.yml} builds the default
 * H2 address from {@value #DATABASE_NAME}, so an explicit {@code DATABASE_URL} or {@code spring.datasource.url}
 * still wins. A public demo gets a random bot token, so that nobody can read the bot's updates with the
 * documented default one. The "Coordinadora SLEP" persona of the web chat is an admin unless admins are configured,
 * so that every staff command can be tried with no configuration.
 *
 * <p>Registered in {@code META-INF/spring.factories}; it runs after the configuration files are loaded.
 */
class SimulatorEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE_NAME = "encuentros.runmode.database-name";
    static final String PUBLIC = "encuentros.simulator.public";
    static final String BOT_TOKEN = "encuentros.simulator.bot-token";
    static final String DEFAULT_BOT_TOKEN = "1000001:simulador-local";
    static final String ADMINS = "encuentros.admins";
    /** The web chat's "Coordinadora SLEP" persona (simulador.js). */
    static final String DEFAULT_ADMIN = "7000000002";

    private static final SecureRandom random = new SecureRandom();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!SimulatorModeCondition.isSimulatorMode(environment)) {
            return;
        }
        // Last: the lowest precedence, a default only.
        environment.getPropertySources().addLast(new MapPropertySource("simulatorDefaults",
                Map.of(DATABASE_NAME, "simulador", ADMINS, DEFAULT_ADMIN)));
        if (isPublic(environment) && DEFAULT_BOT_TOKEN.equals(environment.getProperty(BOT_TOKEN, DEFAULT_BOT_TOKEN))) {
            environment.getPropertySources().addFirst(new MapPropertySource("simulatorPublicToken",
                    Map.of(BOT_TOKEN, randomToken())));
        }
    }

    static boolean isPublic(org.springframework.core.env.Environment environment) {
        return environment.getProperty(PUBLIC, Boolean.class, false);
    }

    private static String randomToken() {
        byte[] secret = new byte[27];
        random.nextBytes(secret);
        return (1_000_000 + random.nextInt(9_000_000)) + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
