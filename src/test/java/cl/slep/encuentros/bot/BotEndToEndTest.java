package cl.slep.encuentros.bot;

import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import cl.slep.encuentros.simulator.StandaloneEmulator;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real application, with its real TelegramBots client, talking over HTTP to the project's Bot API emulator
 * (started once per JVM). Each test class is its own bot (its own token), so classes do not see each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class BotEndToEndTest {

    private static final AtomicLong nextBotId = new AtomicLong(5_000_000 + (System.nanoTime() % 1000) * 1000);
    private static final AtomicLong nextUserId = new AtomicLong(800_000_000);

    @Autowired
    protected JdbcTemplate jdbc;

    static StandaloneEmulator emulator() {
        return StandaloneEmulator.shared();
    }

    static String newToken() {
        return nextBotId.incrementAndGet() + ":AAE2e-test-token-" + Long.toHexString(System.nanoTime());
    }

    static void connectTo(DynamicPropertyRegistry registry, String token) {
        registry.add("encuentros.telegram.token", () -> token);
        registry.add("encuentros.telegram.api-url", () -> emulator().baseUrl());
    }

    static SimulatedUser newUser(String firstName) {
        long id = nextUserId.incrementAndGet();
        return new SimulatedUser(id, firstName, "Prueba", "user" + id);
    }

    static EmulatedBot bot(String token) {
        return emulator().emulator().bot(token);
    }

    static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
    }
}
