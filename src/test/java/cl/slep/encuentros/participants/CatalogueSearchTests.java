package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogueSearchTests extends CatalogueDatabaseTest {

    @BeforeEach
    void givenSomeEstablishments() {
        withoutEstablishments();
        importEstablishments("""
                12601;Colegio Simón Bolívar;Iquique
                12602;Liceo Libertador General Bernardo O'Higgins;Iquique
                12603;Escuela Chipana;Iquique
                12604;Jardín Infantil Chipanita;Iquique
                12605;Escuela Almirante Patricio Lynch;Iquique
                12610;Escuela Bolivariana;Alto Hospicio
                12701;Jardín Infantil Los Ñandúes;Iquique
                13103;Escuela La Pampa;Alto Hospicio
                13104;Sala Cuna Pampanito;Alto Hospicio
                13105;Jardín Infantil Lapampa;Alto Hospicio
                126;Escuela Rural Huayca;Iquique
                """);
    }

    private List<String> names(String query) {
        return catalogue.searchEstablishments(query, 10).stream().map(EstablishmentView::name).toList();
    }

    @Test
    void ignoresAccentsCaseAndPunctuation() {
        assertThat(names("simon bolivar")).containsExactly("Colegio Simón Bolívar");
        assertThat(names("ESCUELA  chipana")).containsExactly("Escuela Chipana");
        assertThat(names("ñandues")).containsExactly("Jardín Infantil Los Ñandúes");
        assertThat(names("nandúes")).containsExactly("Jardín Infantil Los Ñandúes");
        assertThat(names("o'higgins")).containsExactly("Liceo Libertador General Bernardo O'Higgins");
        assertThat(names("OHiggins")).containsExactly("Liceo Libertador General Bernardo O'Higgins");
    }

    @Test
    void everyWordMustAppearInAnyOrder() {
        assertThat(names("bolivar colegio")).containsExactly("Colegio Simón Bolívar");
        assertThat(names("lynch patri")).containsExactly("Escuela Almirante Patricio Lynch");
        assertThat(names("bolivar liceo")).isEmpty();
    }

    @Test
    void wholeWordsComeFirstThenAlphabeticalOrder() {
        assertThat(names("pampa")).containsExactly("Escuela La Pampa", "Sala Cuna Pampanito", "Jardín Infantil Lapampa");
        assertThat(names("chipan")).containsExactly("Escuela Chipana", "Jardín Infantil Chipanita");
        assertThat(names("boliv")).containsExactly("Colegio Simón Bolívar", "Escuela Bolivariana");
        assertThat(names("escuela")).containsExactly("Escuela Almirante Patricio Lynch", "Escuela Bolivariana",
                "Escuela Chipana", "Escuela La Pampa", "Escuela Rural Huayca");
    }

    @Test
    void aNumberFindsItsRbdFirstThenTheRbdsStartingWithIt() {
        assertThat(catalogue.searchEstablishments("12603", 10))
                .containsExactly(new EstablishmentView(idOf(12603), 12603, "Escuela Chipana", "Iquique"));
        assertThat(catalogue.searchEstablishments("126", 10)).extracting(EstablishmentView::rbd)
                .containsExactly(126, 12601, 12602, 12603, 12604, 12605, 12610);
        assertThat(catalogue.searchEstablishments("1261", 10)).extracting(EstablishmentView::rbd)
                .containsExactly(12610);
        assertThat(catalogue.searchEstablishments("12.603-4", 10)).extracting(EstablishmentView::rbd)
                .containsExactly(12603);
        assertThat(catalogue.searchEstablishments("99999", 10)).isEmpty();
    }

    @Test
    void returnsAtMostTheLimit() {
        assertThat(catalogue.searchEstablishments("126", 3)).extracting(EstablishmentView::rbd)
                .containsExactly(126, 12601, 12602);
        assertThat(names("escuela")).hasSize(5);
        assertThat(catalogue.searchEstablishments("escuela", 2)).hasSize(2);
        assertThat(catalogue.searchEstablishments("escuela", 0)).isEmpty();
    }

    @Test
    void inactiveEstablishmentsAreNotFound() {
        deactivate(12603);

        assertThat(names("chipan")).containsExactly("Jardín Infantil Chipanita");
        assertThat(catalogue.searchEstablishments("12603", 10)).isEmpty();
        assertThat(catalogue.establishmentByRbd(12603)).isPresent();
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(catalogue.searchEstablishments("  ", 10)).isEmpty();
        assertThat(catalogue.searchEstablishments("¿?", 10)).isEmpty();
    }

    @Test
    void findsOneByIdOrRbd() {
        EstablishmentView chipana = catalogue.establishmentByRbd(12603).orElseThrow();

        assertThat(chipana).isEqualTo(new EstablishmentView(chipana.id(), 12603, "Escuela Chipana", "Iquique"));
        assertThat(catalogue.establishment(chipana.id())).contains(chipana);
        assertThat(catalogue.establishmentByRbd(1)).isEmpty();
        assertThat(catalogue.establishment(-1)).isEmpty();
    }

    private long idOf(int rbd) {
        return jdbc.queryForObject("SELECT id FROM establishment WHERE rbd = ?", Long.class, rbd);
    }
}
