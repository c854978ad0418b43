package cl.slep.encuentros.bot.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox's statements on H2 (the same context as {@link InboxCleanupTests}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000003:cleanup-test", "encuentros.telegram.api-url=http://127.0.0.1:9",
        "encuentros.intake.enabled=false", "encuentros.messaging.sender-enabled=false"})
class InboxStoreH2Tests implements InboxStoreContract {

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
