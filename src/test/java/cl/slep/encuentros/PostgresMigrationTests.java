package cl.slep.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations apply to a real PostgreSQL, Hibernate validates the entities against them and Quartz starts
 * clustered on the JDBC store with the PostgreSQL delegate (the production profile).
 */
class PostgresMigrationTests extends EmbeddedPostgresTest {

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
    void aStartWithARealTokenMarksTheDatabase() {
        // Simulator mode refuses a database with this row (simulator.SimulatorSafetyCheck).
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deployment_marker", Long.class)).isEqualTo(1);
    }

    @Test
    void quartzRunsClusteredOnTheJdbcStore() throws SchedulerException {
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.isStarted()).isTrue();
    }
}
