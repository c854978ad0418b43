package cl.slep.encuentros.encuentros;

import cl.slep.encuentros.MutableClock;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import cl.slep.encuentros.participants.StaffDirectory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real application on an in-memory H2 migrated by Flyway, with a clock the tests move. Nothing is rolled back
 * (event listeners run after commit): each test registers its own people, with ids no other test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000011:encuentros-test", "encuentros.telegram.api-url=http://127.0.0.1:9",
        "encuentros.intake.enabled=false", "encuentros.messaging.sender-enabled=false",
        "encuentros.admins=" + EncuentrosDatabaseTest.ADMIN})
@Import(EncuentrosDatabaseTest.Time.class)
abstract class EncuentrosDatabaseTest {

    static final long ADMIN = 960_000_000L;
    /** Wednesday 1 April 2026, 09:00 in Santiago (UTC-3 until the first Sunday of April). */
    static final Instant NOW = ZonedDateTime.parse("2026-04-01T09:00:00-03:00[America/Santiago]").toInstant();
    private static final AtomicLong NEXT_TELEGRAM_ID = new AtomicLong(960_000_001L);

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected Encuentros encuentros;

    @Autowired
    protected Rsvp rsvp;

    @Autowired
    protected Participants participants;

    @Autowired
    protected StaffDirectory staff;

    @Autowired
    protected Catalogue catalogue;

    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void resetClock() {
        clock.set(NOW);
    }

    /** A network of its own for a test that counts everyone invited (other tests register people too). */
    String newNetwork(String name) {
        String code = "TEST" + NEXT_TELEGRAM_ID.getAndIncrement();
        jdbc.update("INSERT INTO network (code, name, description) VALUES (?, ?, ?)", code, name, name);
        return code;
    }

    long network(String code) {
        return catalogue.networkByCode(code).orElseThrow().id();
    }

    /** A coordinator of these networks (by code), not registered as a participant. */
    long coordinator(String... networkCodes) {
        long telegramUserId = NEXT_TELEGRAM_ID.getAndIncrement();
        staff.setCoordinatedNetworks(telegramUserId, networks(networkCodes));
        return telegramUserId;
    }

    /** Registers someone in these networks (by code), at an establishment of the catalogue; returns the profile. */
    ParticipantProfile member(String name, String... networkCodes) {
        return member(name, establishment(0), networkCodes);
    }

    ParticipantProfile member(String name, long establishmentId, String... networkCodes) {
        long telegramUserId = NEXT_TELEGRAM_ID.getAndIncrement();
        return participants.register(new RegistrationForm(telegramUserId, name, establishmentId, null,
                SchoolRole.of("DOCENTE"), networks(networkCodes), clock.instant()));
    }

    long establishment(int index) {
        return jdbc.queryForList("SELECT id FROM establishment ORDER BY id", Long.class).get(index);
    }

    Set<Long> networks(String... codes) {
        return Arrays.stream(codes).map(this::network).collect(Collectors.toSet());
    }

    /** A valid draft: tomorrow-ish, two hours, at a venue. */
    EncuentroDraft draft(String title, LocalDateTime start, Integer capacity, String... networkCodes) {
        return new EncuentroDraft(title, "Agenda: 1. Bienvenida 2. Trabajo en grupos", "Liceo Bicentenario",
                "Av. Arturo Prat 1200, Iquique", -20.2208, -70.1431, capacity, start, start.plusHours(2),
                networks(networkCodes));
    }

    /** Creates and publishes an encuentro by a new coordinator of these networks; returns its id. */
    long published(String title, LocalDateTime start, Integer capacity, String... networkCodes) {
        long coordinator = coordinator(networkCodes);
        long id = encuentros.createDraft(coordinator, draft(title, start, capacity, networkCodes)).id();
        encuentros.publish(coordinator, id);
        return id;
    }

    static LocalDateTime local(String text) {
        return LocalDateTime.parse(text);
    }
}
