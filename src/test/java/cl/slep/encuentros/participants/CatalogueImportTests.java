package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogueImportTests extends CatalogueDatabaseTest {

    private static final String REGISTRY = "\uFEFFRBD;Nombre;Comuna\r\n"
            + "12601;\"Colegio Simón Bolívar\";IQUIQUE\r\n"
            + "# los jardines van al final\r\n"
            + "13103;Escuela La Pampa;alto hospicio\r\n"
            + "\r\n"
            + "12701;Jardín Infantil Los Ñandúes;Iquique\r\n";

    @BeforeEach
    void givenNoEstablishments() {
        withoutEstablishments();
    }

    @Test
    void createsEveryRowWithItsCommuneInItsOwnSpelling() {
        ImportReport report = importEstablishments(REGISTRY);

        assertThat(report).isEqualTo(new ImportReport(3, 0, 0, List.of()));
        assertThat(catalogue.establishmentByRbd(12601)).get()
                .extracting(EstablishmentView::name, EstablishmentView::commune)
                .containsExactly("Colegio Simón Bolívar", "Iquique");
        assertThat(catalogue.establishmentByRbd(13103)).get()
                .extracting(EstablishmentView::commune).isEqualTo("Alto Hospicio");
        assertThat(jdbc.queryForObject("SELECT search_key FROM establishment WHERE rbd = 12701", String.class))
                .isEqualTo("jardin infantil los nandues");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        importEstablishments(REGISTRY);

        ImportReport again = importEstablishments(REGISTRY);

        assertThat(again).isEqualTo(new ImportReport(0, 0, 3, List.of()));
        assertThat(establishmentRows()).isEqualTo(3);
    }

    @Test
    void aKnownRbdTakesTheNewNameAndCommuneAndIsNeverDuplicated() {
        importEstablishments(REGISTRY);
        long id = catalogue.establishmentByRbd(13103).orElseThrow().id();

        ImportReport report = importEstablishments("""
                13103;Escuela Básica La Pampa;Iquique
                12601;Colegio Simón Bolívar;Iquique
                12690;Escuela Nueva;Alto Hospicio
                """);

        assertThat(report).isEqualTo(new ImportReport(1, 1, 1, List.of()));
        assertThat(establishmentRows()).isEqualTo(4);
        assertThat(catalogue.establishmentByRbd(13103))
                .contains(new EstablishmentView(id, 13103, "Escuela Básica La Pampa", "Iquique"));
        assertThat(catalogue.searchEstablishments("basica pampa", 5)).extracting(EstablishmentView::rbd)
                .containsExactly(13103);
    }

    @Test
    void anInactiveEstablishmentInTheFileIsActiveAgain() {
        importEstablishments(REGISTRY);
        deactivate(12601);
        assertThat(catalogue.searchEstablishments("bolivar", 5)).isEmpty();

        ImportReport report = importEstablishments(REGISTRY);

        assertThat(report).isEqualTo(new ImportReport(0, 1, 2, List.of()));
        assertThat(catalogue.searchEstablishments("bolivar", 5)).extracting(EstablishmentView::rbd)
                .containsExactly(12601);
    }

    @Test
    void badRowsAreReportedByLineAndTheRestIsImported() {
        ImportReport report = importEstablishments("""
                # lista del SLEP
                RBD;Nombre;Comuna
                12601;Colegio Simón Bolívar;Iquique
                12a;Escuela Chipana;Iquique
                12604;Liceo Politécnico;Pica
                13103;Escuela La Pampa;Alto Hospicio
                """);

        assertThat(report).isEqualTo(new ImportReport(2, 0, 0, List.of(
                "línea 4: el RBD \"12a\" no es un número",
                "línea 5: la comuna \"Pica\" no es Iquique ni Alto Hospicio")));
        assertThat(jdbc.queryForList("SELECT rbd FROM establishment ORDER BY rbd", Integer.class))
                .containsExactly(12601, 13103);
    }
}
