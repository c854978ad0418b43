package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** The search's SQL (a cast of the RBD, replace() and LIKE per word) and the start-up load on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("postgres")
@Transactional
class CataloguePostgresTests {

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
        registry.add("spring.quartz.scheduler-name", () -> "catalogue-postgres-test");
        registry.add("encuentros.telegram.token", () -> "3000001:catalogue-test");
        registry.add("encuentros.telegram.api-url", () -> "http://127.0.0.1:9");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Autowired
    private Catalogue catalogue;

    @Test
    void theCatalogueIsLoadedAndSearchedOnPostgres() {
        assertThat(catalogue.networks()).hasSize(9);

        assertThat(catalogue.searchEstablishments("simon BOLIVAR", 5)).extracting(EstablishmentView::name)
                .containsExactly("Colegio Simón Bolívar");
        assertThat(catalogue.searchEstablishments("ohiggins libertador", 5)).extracting(EstablishmentView::name)
                .containsExactly("Liceo Libertador General Bernardo O'Higgins");
        assertThat(catalogue.searchEstablishments("12603", 5)).extracting(EstablishmentView::rbd)
                .first().isEqualTo(12603);
        assertThat(catalogue.searchEstablishments("131", 50)).extracting(EstablishmentView::commune)
                .isNotEmpty().containsOnly("Alto Hospicio");
    }

    @Test
    void reimportingUpdatesWithoutDuplicatesOnPostgres() {
        ImportReport report = catalogue.importEstablishments(new StringReader(
                "12603;Escuela Básica Chipana;iquique\n12690;Escuela Nueva;ALTO HOSPICIO\n"));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 0, List.of()));
        assertThat(catalogue.searchEstablishments("chipana basica", 5)).extracting(EstablishmentView::rbd)
                .containsExactly(12603);
    }
}
