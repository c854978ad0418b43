package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.EmbeddedPostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox's statements (ON CONFLICT in a batch, the conditional updates) on PostgreSQL. */
class InboxStorePostgresTests extends EmbeddedPostgresTest implements InboxStoreContract {

    @Autowired
    InboxStore inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Override
    public InboxStore inbox() {
        return inbox;
    }

    @Override
    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
