package cl.slep.encuentros.participants;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is staff: admins come from {@code ENCUENTROS_ADMINS}; an admin makes someone coordinator of one or more
 * networks (table coordinator_network, keyed by Telegram user id since a coordinator may not have registered).
 */
@Service
public class StaffDirectory {

    private final StaffProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StaffDirectory(StaffProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public StaffRole roleOf(long telegramUserId) {
        if (properties.admins().contains(telegramUserId)) {
            return StaffRole.ADMIN;
        }
        return coordinatedNetworks(telegramUserId).isEmpty() ? StaffRole.PARTICIPANT : StaffRole.COORDINATOR;
    }

    @Transactional(readOnly = true)
    public Set<Long> coordinatedNetworks(long telegramUserId) {
        return new TreeSet<>(jdbc.queryForList("SELECT network_id FROM coordinator_network WHERE telegram_user_id = ?",
                Long.class, telegramUserId));
    }

    /** Makes the person coordinator of exactly these networks (none: no longer a coordinator). */
    @Transactional
    public void setCoordinatedNetworks(long telegramUserId, Set<Long> networkIds) {
        jdbc.update("DELETE FROM coordinator_network WHERE telegram_user_id = ?", telegramUserId);
        Timestamp now = Timestamp.from(clock.instant());
        for (Long networkId : networkIds) {
            jdbc.update("INSERT INTO coordinator_network (telegram_user_id, network_id, granted_at) VALUES (?, ?, ?)",
                    telegramUserId, networkId, now);
        }
    }

    /** Coordinators and their networks, in the order they were first named. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> coordinators() {
        Map<Long, Set<Long>> coordinators = new LinkedHashMap<>();
        jdbc.query("SELECT telegram_user_id, network_id FROM coordinator_network ORDER BY granted_at, telegram_user_id",
                rs -> {
                    coordinators.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getLong(2));
                });
        return coordinators;
    }

    public Set<Long> admins() {
        return properties.admins();
    }

    boolean forget(long telegramUserId) {
        return jdbc.update("DELETE FROM coordinator_network WHERE telegram_user_id = ?", telegramUserId) > 0;
    }

}
