package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.EmbeddedPostgresTest;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The search's SQL (a cast of the RBD, replace() and LIKE per word) and the start-up load on PostgreSQL. */
@Transactional
class CataloguePostgresTests extends EmbeddedPostgresTest {

    @Autowired
    private Catalogue catalogue;

    @Test
    void theCatalogueIsLoadedAndSearchedOnPostgres() {
        assertThat(catalogue.networks()).hasSize(10);

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
