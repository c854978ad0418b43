package cl.slep.encuentros;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile on a real PostgreSQL (embedded, started once per JVM). Every subclass shares one
 * Spring context, so the server and the application start once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("postgres")
public abstract class EmbeddedPostgresTest {

    private static final EmbeddedPostgres postgres = start();

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // The JVM is going away; the server's own directory is temporary.
                }
            }));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.quartz.scheduler-name", () -> "postgres-test");
        registry.add("encuentros.telegram.token", () -> "2000001:postgres-test-token");
        registry.add("encuentros.telegram.api-url", () -> "http://127.0.0.1:9");
        // These tests are about the database: no updates come in and nothing is sent.
        registry.add("encuentros.intake.enabled", () -> "false");
        registry.add("encuentros.messaging.sender-enabled", () -> "false");
    }
}
