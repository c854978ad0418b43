package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Naming a coordinator and erasing that person never interleave; a coordinator who never registered has rights too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000005:staff-test", "encuentros.telegram.api-url=http://127.0.0.1:9"})
class StaffGrantTests {

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
    void aGrantConfirmedAsSeenIsStored() {
        long person = 930_000_001L;
        register(person, "Carla Díaz");
        StaffCandidate seen = staff.candidate(person);

        assertThat(staff.grant(seen, Set.of(network("UTP")))).isEqualTo(GrantOutcome.GRANTED);

        assertThat(staff.roleOf(person)).isEqualTo(StaffRole.COORDINATOR);
    }

    @Test
    void anAdminConfirmingSomeoneWhoErasedTheirDataMeanwhileIsToldAndNothingIsStored() {
        long person = 930_000_002L;
        register(person, "Jorge Muñoz");
        StaffCandidate seen = staff.candidate(person);
        assertThat(seen.registered()).isTrue();

        participants.erase(person);

        assertThat(staff.grant(seen, Set.of(network("UTP")))).isEqualTo(GrantOutcome.PERSON_ERASED);
        assertThat(grantsOf(person)).isZero();
    }

    @Test
    void aCoordinatorNamedByIdWhoErasesBeforeAChangeIsConfirmedIsNotNamedAgain() {
        long person = 930_000_003L;
        staff.setCoordinatedNetworks(person, Set.of(network("UTP")));
        StaffCandidate seen = staff.candidate(person);
        assertThat(seen.registered()).isFalse();

        assertThat(participants.erase(person)).isTrue();

        assertThat(staff.grant(seen, Set.of(network("UTP"), network("PIE")))).isEqualTo(GrantOutcome.CHANGED_MEANWHILE);
        assertThat(grantsOf(person)).isZero();
    }

    @Test
    void anErasureWaitsForAGrantInProgressAndThenErasesItToo() {
        long person = 930_000_004L;
        register(person, "Elena Vidal");
        StaffCandidate seen = staff.candidate(person);
        TransactionTemplate admin = new TransactionTemplate(transactions);
        CompletableFuture<Boolean>[] erasure = new CompletableFuture[1];

        admin.executeWithoutResult(status -> {
            assertThat(staff.grant(seen, Set.of(network("UTP")))).isEqualTo(GrantOutcome.GRANTED);
            erasure[0] = CompletableFuture.supplyAsync(() -> participants.erase(person));
            // The grant holds the lock until it commits: the erasure may not run in between.
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !erasure[0].isDone());
        });

        assertThat(erasure[0].join()).isTrue();
        assertThat(grantsOf(person)).as("no id left behind in coordinator_network").isZero();
        assertThat(participants.findByTelegramUserId(person)).isEmpty();
    }

    @Test
    void aCoordinatorWhoNeverRegisteredCanSeeAndEraseWhatIsStoredAboutThem() {
        long person = 930_000_005L;
        assertThat(participants.holdsDataAbout(person)).isFalse();
        assertThat(participants.exportJson(person)).isEmpty();
        staff.setCoordinatedNetworks(person, Set.of(network("UTP")));

        assertThat(participants.holdsDataAbout(person)).isTrue();
        String json = participants.exportJson(person).orElseThrow();
        assertThat(json).contains("\"id_usuario_telegram\" : " + person).contains("coordinación de redes")
                .contains(catalogue.network(network("UTP")).orElseThrow().name());

        assertThat(participants.erase(person)).isTrue();

        assertThat(participants.holdsDataAbout(person)).isFalse();
        assertThat(participants.exportJson(person)).isEmpty();
        assertThat(grantsOf(person)).isZero();
    }

    private long network(String code) {
        return catalogue.networkByCode(code).orElseThrow().id();
    }

    private void register(long userId, String name) {
        participants.register(new RegistrationForm(userId, name, null, "Escuela de prueba", SchoolRole.of("JEFE_UTP"),
                Set.of(network("UTP")), Instant.parse("2026-05-04T15:00:00Z")));
    }

    private int grantsOf(long person) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM coordinator_network WHERE telegram_user_id = ?", Integer.class,
                person);
    }
}
