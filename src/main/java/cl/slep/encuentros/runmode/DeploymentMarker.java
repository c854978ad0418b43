package cl.slep.encuentros.runmode;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks the database as one that has served a real bot, at the first start with a token: simulator mode then
 * refuses it. Written once every bean exists (Flyway has migrated), before the bot takes its first update.
 */
@Component
public class DeploymentMarker implements SmartInitializingSingleton {

    private final RunMode runMode;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeploymentMarker(RunMode runMode, JdbcTemplate jdbc, Clock clock) {
        this.runMode = runMode;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True once a real bot has started on this database: demo data must never be written into it. */
    public boolean present() {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM deployment_marker", Long.class);
        return rows != null && rows > 0;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (runMode.simulator()) {
            return;
        }
        try {
            jdbc.update("INSERT INTO deployment_marker (id, first_real_start) "
                    + "SELECT 1, ? WHERE NOT EXISTS (SELECT 1 FROM deployment_marker)", OffsetDateTime.now(clock));
        } catch (DuplicateKeyException alreadyMarked) {
            // Another instance marked it at the same moment: marked all the same.
        }
    }
}
