package cl.slep.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The migrations apply to a real PostgreSQL, Hibernate validates the entities against them and Quartz starts
 * clustered on the JDBC store with the PostgreSQL delegate (the production profile).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("postgres")
class PostgresMigrationTests {

    private static final EmbeddedPostgres postgres = start();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.quartz.scheduler-name", () -> "postgres-migration-test");
        registry.add("encuentros.telegram.token", () -> "2000001:postgres-test-token");
        // Nothing listens here: the bot keeps retrying in the background, which is all this test needs.
        registry.add("encuentros.telegram.api-url", () -> "http://127.0.0.1:9");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Scheduler scheduler;

    @Test
    void everyTableExistsOnPostgres() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
        assertThat(tables).contains("qrtz_job_details", "qrtz_triggers", "qrtz_locks", "event_publication",
                "inbox_update", "outbox_message", "chat_delivery", "participant", "flyway_schema_history");
    }

    @Test
    void quartzRunsClusteredOnTheJdbcStore() throws SchedulerException {
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.isStarted()).isTrue();
    }
}
