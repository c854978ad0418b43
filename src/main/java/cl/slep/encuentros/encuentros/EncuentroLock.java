package cl.slep.encuentros.encuentros;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises the changes of one encuentro's places (answers, capacity, promotions) with a row lock taken before
 * anything is read, so two people confirming at once cannot both take the last place. A plain SELECT FOR UPDATE,
 * not a JPA lock: the entity's eager network collection would put an outer join under the lock on PostgreSQL.
 */
@Component
class EncuentroLock {

    private final JdbcTemplate jdbc;

    EncuentroLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False if there is no such encuentro. Call inside a transaction, before loading the encuentro. */
    boolean lock(long encuentroId) {
        return !jdbc.queryForList("SELECT id FROM encuentro WHERE id = ? FOR UPDATE", Long.class, encuentroId)
                .isEmpty();
    }
}
