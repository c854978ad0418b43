package cl.slep.encuentros.participants;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The real application on an in-memory H2 migrated by Flyway; every test runs in a transaction that is rolled
 * back, so what the loader put there at start-up is what each test finds. Intake and sender are switched off:
 * these tests are not about the bot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "encuentros.telegram.token=3000001:catalogue-test",
        "encuentros.telegram.api-url=http://127.0.0.1:9",
        "encuentros.intake.enabled=false", "encuentros.messaging.sender-enabled=false"})
@Transactional
abstract class CatalogueDatabaseTest {

    @Autowired
    protected Catalogue catalogue;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected EntityManager entityManager;

    ImportReport importEstablishments(String csv) {
        ImportReport report = catalogue.importEstablishments(new StringReader(csv));
        entityManager.flush();
        entityManager.clear();
        return report;
    }

    void withoutEstablishments() {
        jdbc.update("DELETE FROM establishment");
    }

    void deactivate(int rbd) {
        entityManager.flush();
        jdbc.update("UPDATE establishment SET active = FALSE WHERE rbd = ?", rbd);
        entityManager.clear();
    }

    int establishmentRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM establishment", Integer.class);
    }
}
