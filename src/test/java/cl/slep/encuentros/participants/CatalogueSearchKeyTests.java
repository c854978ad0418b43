package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueSearchKeyTests {

    @Test
    void aNameIsComparedWithoutAccentsCasePunctuationOrExtraSpaces() {
        assertThat(SearchKey.of("Colegio Simón Bolívar")).isEqualTo("colegio simon bolivar");
        assertThat(SearchKey.of("  ESCUELA   Chipana ")).isEqualTo("escuela chipana");
        assertThat(SearchKey.of("Liceo Libertador General Bernardo O'Higgins"))
                .isEqualTo("liceo libertador general bernardo o higgins");
        assertThat(SearchKey.of("Jardín Infantil Los Ñandúes")).isEqualTo("jardin infantil los nandues");
        assertThat(SearchKey.of("Escuela D-96 «Pingüino»")).isEqualTo("escuela d 96 pinguino");
        assertThat(SearchKey.of("...")).isEmpty();
        assertThat(SearchKey.of(null)).isEmpty();
    }

    @Test
    void aQueryIsSplitIntoNormalisedWords() {
        assertThat(SearchKey.words("  simón, BOLÍVAR ")).containsExactly("simon", "bolivar");
        assertThat(SearchKey.words(" - ")).isEmpty();
    }

    @Test
    void aCommuneIsReadAsPeopleWriteItAndStoredInItsOwnSpelling() {
        assertThat(Commune.parse("IQUIQUE")).contains(Commune.IQUIQUE);
        assertThat(Commune.parse(" iquíque ")).contains(Commune.IQUIQUE);
        assertThat(Commune.parse("alto hospicio")).contains(Commune.ALTO_HOSPICIO);
        assertThat(Commune.parse("Alto-Hospicio")).contains(Commune.ALTO_HOSPICIO);
        assertThat(Commune.parse("AltoHospicio")).contains(Commune.ALTO_HOSPICIO);
        assertThat(Commune.ALTO_HOSPICIO.displayName()).isEqualTo("Alto Hospicio");
        assertThat(Commune.parse("Pozo Almonte")).isEmpty();
        assertThat(Commune.parse("")).isEmpty();
    }

    @Test
    void aNumberTypedIsAnRbdEvenWrittenWithDotsOrItsCheckDigit() {
        assertThat(Catalogue.rbdIn("12603")).contains("12603");
        assertThat(Catalogue.rbdIn(" 12.603 ")).contains("12603");
        assertThat(Catalogue.rbdIn("12603-5")).contains("12603");
        assertThat(Catalogue.rbdIn("12603-K")).contains("12603");
        assertThat(Catalogue.rbdIn("RBD 12603")).contains("12603");
        assertThat(Catalogue.rbdIn("126")).contains("126");
        assertThat(Catalogue.rbdIn("chipana")).isEmpty();
        assertThat(Catalogue.rbdIn("escuela 21 de mayo")).isEmpty();
        assertThat(Catalogue.rbdIn("12345678901")).isEmpty();
    }

    @Test
    void wholeWordsRankBeforeWordStartsAndThoseBeforeFragments() {
        assertThat(Catalogue.nameRank("escuela chipana", List.of("chipana"))).isZero();
        assertThat(Catalogue.nameRank("jardin infantil chipanita", List.of("chipana"))).isEqualTo(2);
        assertThat(Catalogue.nameRank("jardin infantil chipanita", List.of("chipan"))).isEqualTo(1);
        assertThat(Catalogue.nameRank("escuela chipana", List.of("chipana", "esc"))).isEqualTo(1);
    }
}
