package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.MutableClock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Conversation tests in-process: the real router, engine, services and database, fed by {@link BotHarness}. The
 * intake and the sender are off, so nothing leaves; tests read the outbox instead. Quartz stores jobs but does not
 * run them: the clock here is moved by hand while Quartz fires on the real one, so tests run a job's work themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000777:harness", "encuentros.telegram.api-url=http://127.0.0.1:9",
        "encuentros.intake.enabled=false", "encuentros.messaging.sender-enabled=false",
        "encuentros.admins=" + HarnessTest.ADMIN, "spring.quartz.auto-startup=false"})
@Import(HarnessTest.Time.class)
public abstract class HarnessTest {

    public static final long ADMIN = 777_000_001L;
    public static final Instant START = Instant.parse("2026-05-04T13:00:00Z");
    private static final AtomicLong nextPerson = new AtomicLong(777_100_000L);

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock harnessClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private UpdateRouter router;

    @Autowired
    private TransactionTemplate transactions;

    protected BotHarness harness;

    @BeforeEach
    void harness() {
        clock.set(START);
        harness = new BotHarness(router, transactions, jdbc);
    }

    protected BotHarness.Person newPerson(String firstName) {
        return harness.person(nextPerson.incrementAndGet(), firstName);
    }

    protected BotHarness.Person admin() {
        return harness.person(ADMIN, "Alicia");
    }

    /** Registers the person as a director of Colegio Simón Bolívar in the Red de Directores. */
    protected BotHarness.Person registered(String firstName, String fullName) {
        BotHarness.Person person = newPerson(firstName);
        person.says("/start");
        person.taps("Acepto");
        person.says(fullName);
        person.says("simon bolivar");
        person.taps("Colegio Simón Bolívar");
        person.taps("Director/a");
        person.taps("Listo");
        person.taps("Confirmar");
        return person;
    }
}
