package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.EmbeddedPostgresTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The grant and the erasure on PostgreSQL, where READ COMMITTED lets a waiting DELETE miss rows inserted meanwhile
 * unless both sides take the same lock first.
 */
class StaffGrantPostgresTests extends EmbeddedPostgresTest {

    @Autowired
    Participants participants;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anErasureWaitsForAGrantInProgressAndThenErasesItToo() {
        long person = 940_000_001L;
        long network = catalogue.networkByCode("UTP").orElseThrow().id();
        participants.register(new RegistrationForm(person, "Elena Vidal", null, "Escuela de prueba",
                SchoolRole.of("JEFE_UTP"), Set.of(network), Instant.parse("2026-05-04T15:00:00Z")));
        StaffCandidate seen = staff.candidate(person);
        CompletableFuture<Boolean>[] erasure = new CompletableFuture[1];

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(staff.grant(seen, Set.of(network))).isEqualTo(GrantOutcome.GRANTED);
            erasure[0] = CompletableFuture.supplyAsync(() -> participants.erase(person));
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !erasure[0].isDone());
        });

        assertThat(erasure[0].join()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coordinator_network WHERE telegram_user_id = ?",
                Integer.class, person)).isZero();
    }

    @Test
    void aGrantWaitsForAnErasureInProgressAndIsToldOfIt() {
        long person = 940_000_002L;
        long network = catalogue.networkByCode("UTP").orElseThrow().id();
        participants.register(new RegistrationForm(person, "Tomás Vera", null, "Escuela de prueba",
                SchoolRole.of("JEFE_UTP"), Set.of(network), Instant.parse("2026-05-04T15:00:00Z")));
        StaffCandidate seen = staff.candidate(person);
        CompletableFuture<GrantOutcome>[] grant = new CompletableFuture[1];

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(participants.erase(person)).isTrue();
            grant[0] = CompletableFuture.supplyAsync(() -> staff.grant(seen, Set.of(network)));
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !grant[0].isDone());
        });

        assertThat(grant[0].join()).isEqualTo(GrantOutcome.PERSON_ERASED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coordinator_network WHERE telegram_user_id = ?",
                Integer.class, person)).isZero();
    }
}
