package cl.slep.encuentros.participants;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    StaffDirectory(StaffProperties properties, JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
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

    /** The person as an admin sees them now, to hand back to {@link #grant} when the admin confirms. */
    @Transactional(readOnly = true)
    public StaffCandidate candidate(long telegramUserId) {
        return new StaffCandidate(telegramUserId, isRegistered(telegramUserId), coordinatedNetworks(telegramUserId));
    }

    /**
     * Makes the person coordinator of exactly these networks (none: no longer a coordinator), unless they changed
     * since the admin saw them: above all, unless they erased their data meanwhile, which would otherwise leave
     * their id here right after they were told it was gone. Exclusive with {@link Participants#erase}.
     */
    @Transactional
    public GrantOutcome grant(StaffCandidate seen, Set<Long> networkIds) {
        lock();
        long telegramUserId = seen.telegramUserId();
        if (seen.registered() && !isRegistered(telegramUserId)) {
            return GrantOutcome.PERSON_ERASED;
        }
        if (!coordinatedNetworks(telegramUserId).equals(seen.coordinatedNetworks())) {
            return GrantOutcome.CHANGED_MEANWHILE;
        }
        replaceGrants(telegramUserId, networkIds);
        return GrantOutcome.GRANTED;
    }

    /**
     * Makes the person coordinator of exactly these networks, whatever happened since they were chosen. Prefer
     * {@link #grant}, which notices an erasure in between.
     */
    @Transactional
    public void setCoordinatedNetworks(long telegramUserId, Set<Long> networkIds) {
        lock();
        replaceGrants(telegramUserId, networkIds);
    }

    private void replaceGrants(long telegramUserId, Set<Long> networkIds) {
        jdbc.update("DELETE FROM coordinator_network WHERE telegram_user_id = ?", telegramUserId);
        Timestamp now = Timestamp.from(clock.instant());
        for (Long networkId : networkIds) {
            jdbc.update("INSERT INTO coordinator_network (telegram_user_id, network_id, granted_at) VALUES (?, ?, ?)",
                    telegramUserId, networkId, now);
        }
        events.publishEvent(new AccessChanged(telegramUserId));
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

    /**
     * Serialises grants and erasures: both lock the one row of staff_lock first. Not a lock on the person's row,
     * because a coordinator named by id may have none.
     */
    void lock() {
        jdbc.queryForObject("SELECT id FROM staff_lock WHERE id = 1 FOR UPDATE", Integer.class);
    }

    private boolean isRegistered(long telegramUserId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE telegram_user_id = ?", Integer.class,
                telegramUserId) > 0;
    }

    boolean forget(long telegramUserId) {
        return jdbc.update("DELETE FROM coordinator_network WHERE telegram_user_id = ?", telegramUserId) > 0;
    }

}
