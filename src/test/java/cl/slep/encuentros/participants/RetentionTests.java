package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention at exact instants: the warning a notice period before the limit, the erasure after it; and a message
 * from the person while the job works on them, which must win.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000002:retention-test", "encuentros.telegram.api-url=http://127.0.0.1:9",
        "encuentros.intake.enabled=false", "encuentros.messaging.sender-enabled=false"})
class RetentionTests {

    private static final Instant REGISTERED = Instant.parse("2026-03-02T13:00:00Z");
    private static final Instant WARNING_DAY = ZonedDateTime.parse("2028-02-02T10:00:00-03:00[America/Santiago]").toInstant();
    private static final Instant ERASURE_DAY = ZonedDateTime.parse("2028-03-03T10:01:00-03:00[America/Santiago]").toInstant();

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(REGISTERED);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    Participants participants;

    @Autowired
    ParticipantRepository repository;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Retention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anInactiveParticipantIsWarnedThenErasedAndActivityStartsThePeriodOver() {
        clock.set(REGISTERED);
        long quiet = 910_000_001L;
        long active = 910_000_002L;
        register(quiet, "Marta Quiroga");
        register(active, "Hugo Araya");

        clock.set(ZonedDateTime.parse("2028-02-01T10:00:00-03:00[America/Santiago]").toInstant());
        assertThat(retention.apply()).isEqualTo(new Retention.Outcome(0, 0));

        // 24 months minus 30 days after the last activity: the warning.
        clock.set(WARNING_DAY);
        assertThat(retention.apply()).isEqualTo(new Retention.Outcome(2, 0));
        // The bot renders the notice from messages.properties when it gets the event.
        String warning = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "SELECT payload FROM outbox_message WHERE chat_id = ? AND dedup_key LIKE 'retention-warning:%'",
                String.class, quiet), rows -> rows.size() == 1).get(0);
        assertThat(warning).contains("Marta Quiroga").contains("los borraré a partir del viernes 3 de marzo de 2028");
        assertThat(retention.apply()).as("warned once only").isEqualTo(new Retention.Outcome(0, 0));

        participants.touch(active);

        clock.set(ZonedDateTime.parse("2028-03-03T09:59:00-03:00[America/Santiago]").toInstant());
        assertThat(retention.apply()).as("not before the notice has run").isEqualTo(new Retention.Outcome(0, 0));
        clock.set(ERASURE_DAY);
        assertThat(retention.apply()).isEqualTo(new Retention.Outcome(0, 1));
        assertThat(participants.findByTelegramUserId(quiet)).isEmpty();
        assertThat(participants.findByTelegramUserId(active)).isPresent();
    }

    @Test
    void aMessageArrivingAfterTheCandidatesWereListedIsNotWarnedAbout() {
        clock.set(REGISTERED);
        long user = 910_000_011L;
        long id = register(user, "Rosa Tapia");
        clock.set(WARNING_DAY);
        assertThat(retention.toWarn(WARNING_DAY)).contains(id);

        participants.touch(user);

        assertThat(retention.warnIfStillInactive(id, WARNING_DAY)).isFalse();
        assertThat(warnedAt(user)).isNull();
        assertThat(lastSeenAt(user)).isEqualTo(WARNING_DAY);
    }

    @Test
    void aCopyLoadedBeforeAMessageCannotBeWrittenBackOverIt() {
        clock.set(REGISTERED);
        long user = 910_000_021L;
        long id = register(user, "Pedro Rojas");
        clock.set(WARNING_DAY);
        TransactionTemplate job = new TransactionTemplate(transactions);
        TransactionTemplate message = new TransactionTemplate(transactions);
        message.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> job.executeWithoutResult(status -> {
            Participant stale = repository.findById(id).orElseThrow();
            // The person writes while the job holds its copy: that commits first.
            message.executeWithoutResult(inner -> participants.touch(user));
            stale.warnedAt(WARNING_DAY);
            repository.flush();
        })).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(lastSeenAt(user)).as("the message's activity survives").isEqualTo(WARNING_DAY);
        assertThat(warnedAt(user)).isNull();
    }

    @Test
    void someoneWhoWritesAfterBeingListedForErasureIsKept() {
        clock.set(REGISTERED);
        long user = 910_000_031L;
        long id = register(user, "Luisa Pérez");
        clock.set(WARNING_DAY);
        assertThat(retention.warnIfStillInactive(id, WARNING_DAY)).isTrue();
        clock.set(ERASURE_DAY);
        assertThat(retention.toErase(ERASURE_DAY)).contains(id);

        participants.touch(user);

        assertThat(retention.eraseIfStillInactive(id, ERASURE_DAY)).isFalse();
        assertThat(participants.findByTelegramUserId(user)).isPresent();
    }

    private long register(long userId, String name) {
        Long network = catalogue.networkByCode("UTP").orElseThrow().id();
        return participants.register(new RegistrationForm(userId, name, null, "Escuela de prueba", SchoolRole.of("JEFE_UTP"),
                Set.of(network), clock.instant())).id();
    }

    private Instant warnedAt(long user) {
        return jdbc.queryForObject("SELECT retention_warned_at FROM participant WHERE telegram_user_id = ?",
                Instant.class, user);
    }

    private Instant lastSeenAt(long user) {
        return jdbc.queryForObject("SELECT last_seen_at FROM participant WHERE telegram_user_id = ?",
                Instant.class, user);
    }
}
