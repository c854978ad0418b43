package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueCsvTests {

    private static EstablishmentCsv.Parsed read(String text) {
        return EstablishmentCsv.read(new StringReader(text));
    }

    @Test
    void readsRowsWithAHeader() {
        EstablishmentCsv.Parsed parsed = read("RBD;Nombre;Comuna\n12603;Escuela Chipana;Iquique\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(new EstablishmentCsv.Row(2, 12603, "Escuela Chipana", Commune.IQUIQUE));
    }

    @Test
    void aNameLongerThanTheLimitIsAProblemOfItsLine() {
        EstablishmentCsv.Parsed parsed = read("12603;Escuela Chipana;Iquique\n13103;" + "x".repeat(201) + ";Iquique\n");

        assertThat(parsed.problems()).containsExactly("línea 2: el nombre tiene más de 200 caracteres");
        assertThat(parsed.rows()).extracting(EstablishmentCsv.Row::rbd).containsExactly(12603);
    }

    @Test
    void readsRowsWithoutAHeader() {
        EstablishmentCsv.Parsed parsed = read("12603;Escuela Chipana;Iquique\n13103;Escuela La Pampa;Alto Hospicio");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(EstablishmentCsv.Row::rbd).containsExactly(12603, 13103);
    }

    @Test
    void acceptsWhatExcelWritesByteOrderMarkWindowsLineEndingsQuotesAndEmptyTrailingColumns() {
        String excel = "\uFEFFrbd;\"Nombre establecimiento\";comuna;;\r\n"
                + "12602;\"Liceo Libertador General Bernardo O'Higgins\";\"IQUIQUE\";;\r\n"
                + "\r\n"
                + " 12690 ; \"Escuela \"\"La Ballena\"\"; sede Norte\" ; alto hospicio \r\n";

        EstablishmentCsv.Parsed parsed = read(excel);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new EstablishmentCsv.Row(2, 12602, "Liceo Libertador General Bernardo O'Higgins", Commune.IQUIQUE),
                new EstablishmentCsv.Row(4, 12690, "Escuela \"La Ballena\"; sede Norte", Commune.ALTO_HOSPICIO));
    }

    @Test
    void skipsCommentsAndBlankLinesButCountsThemInLineNumbers() {
        EstablishmentCsv.Parsed parsed = read("# lista de ejemplo\n\n   \n# otra nota\n12a;Escuela Chipana;Iquique\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).containsExactly("línea 5: el RBD \"12a\" no es un número");
    }

    @Test
    void reportsEachBadRowByItsLineAndKeepsTheRest() {
        String text = """
                RBD;Nombre;Comuna
                12601;Colegio Simón Bolívar;Iquique
                12a;Escuela Chipana;Iquique
                12604;Liceo Politécnico;Pozo Almonte
                ;Escuela sin RBD;Iquique
                12605;;Iquique
                12606;Escuela Lynch
                12607,Liceo Luis Cruz Martínez,Iquique
                12608;"Escuela República de Croacia;Iquique
                12609;Escuela Centenario;
                12601;Colegio Simón Bolívar (repetido);Iquique
                13103;Escuela   La   Pampa;ALTO HOSPICIO
                """;

        EstablishmentCsv.Parsed parsed = read(text);

        assertThat(parsed.rows()).containsExactly(
                new EstablishmentCsv.Row(2, 12601, "Colegio Simón Bolívar", Commune.IQUIQUE),
                new EstablishmentCsv.Row(12, 13103, "Escuela La Pampa", Commune.ALTO_HOSPICIO));
        assertThat(parsed.problems()).containsExactly(
                "línea 3: el RBD \"12a\" no es un número",
                "línea 4: la comuna \"Pozo Almonte\" no es Iquique ni Alto Hospicio",
                "línea 5: falta el RBD",
                "línea 6: falta el nombre del establecimiento",
                "línea 7: se esperaban 3 columnas (RBD;nombre;comuna) y hay 2",
                "línea 8: se esperaban 3 columnas (RBD;nombre;comuna) y hay 1 "
                        + "(¿el archivo está separado por comas? usa punto y coma)",
                "línea 9: hay comillas sin cerrar",
                "línea 10: falta la comuna (Iquique o Alto Hospicio)",
                "línea 11: el RBD 12601 ya aparece en la línea 2; se usa solo esa");
    }

    @Test
    void onlyTheFirstLineMayBeAHeader() {
        EstablishmentCsv.Parsed parsed = read("12601;Colegio Simón Bolívar;Iquique\nRBD;Nombre;Comuna\n");

        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.problems()).containsExactly("línea 2: el RBD \"RBD\" no es un número");
    }

    @Test
    void aFileWithoutRowsSaysSo() {
        assertThat(read("\uFEFF# nada\nRBD;Nombre;Comuna\r\n").problems())
                .containsExactly("el archivo no tiene filas de establecimientos (RBD;nombre;comuna)");
    }

    @Test
    void aQuotedFieldMaySpanLinesAndLineNumbersStillPointAtEachRow() {
        String text = "RBD;Nombre;Comuna\r\n12601;\"Colegio\r\nSimón Bolívar\";Iquique\r\n\r\n12a;Escuela Chipana;Iquique\r\n";

        EstablishmentCsv.Parsed parsed = read(text);

        assertThat(parsed.rows()).containsExactly(new EstablishmentCsv.Row(2, 12601, "Colegio Simón Bolívar", Commune.IQUIQUE));
        assertThat(parsed.problems()).containsExactly("línea 5: el RBD \"12a\" no es un número");
    }

    @Test
    void splitsFieldsOnSemicolonsOutsideQuotes() {
        assertThat(SemicolonCsv.read(new StringReader(" a ; \"b;c\" ;\"\"\"d\"\"\";")))
                .containsExactly(new SemicolonCsv.Record(1, List.of("a", "b;c", "\"d\"", ""), false));
        assertThat(SemicolonCsv.read(new StringReader("1;\"abierta\n2;cerrada\n")))
                .containsExactly(new SemicolonCsv.Record(1, List.of(), true), new SemicolonCsv.Record(2, List.of("2", "cerrada"), false));
    }
}
