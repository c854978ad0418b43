package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

@ExtendWith(OutputCaptureExtension.class)
class CatalogueLoaderTests extends CatalogueDatabaseTest {

    @Autowired
    private NetworkRepository networks;

    @Autowired
    private EstablishmentRepository establishments;

    @Autowired
    private TransactionTemplate transactions;

    @TempDir
    private Path folder;

    private CatalogueLoader loaderWith(String establishmentsCsv) {
        return new CatalogueLoader(catalogue, networks, establishments, new CatalogueProperties(establishmentsCsv),
                transactions);
    }

    @Test
    void atStartUpTheNetworksAndTheSampleEstablishmentsAreThere() {
        assertThat(catalogue.networks()).extracting(NetworkView::code).containsExactly(
                "DIRECTORES", "UTP", "PIE", "CONVIVENCIA", "CRA", "ENLACES", "PARVULARIA", "EPJA", "TP", "ESPECIAL");
        assertThat(establishmentRows()).isEqualTo(40);
    }

    @Test
    void anEmptyDatabaseGetsTheTenNetworksAndTheSample() {
        jdbc.update("DELETE FROM establishment");
        jdbc.update("DELETE FROM network");

        loaderWith("").load();

        List<NetworkView> all = catalogue.networks();
        assertThat(all).extracting(NetworkView::name).containsExactly("Red de Directores", "Red UTP", "Red PIE",
                "Red de Convivencia Escolar", "Red CRA", "Red Enlaces", "Red de Educación Parvularia", "Red EPJA",
                "Red Técnico Profesional", "Red de Educación Especial");
        assertThat(all).allSatisfy(network -> assertThat(network.description()).isNotBlank().endsWith("."));
        assertThat(catalogue.networkByCode("pie")).contains(all.get(2));
        assertThat(catalogue.network(all.get(0).id())).contains(all.get(0));
        assertThat(catalogue.networkByCode("NINGUNA")).isEmpty();

        assertThat(establishmentRows()).isEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM establishment WHERE LOWER(name) LIKE '%jard%'",
                Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForList("SELECT DISTINCT commune FROM establishment ORDER BY commune", String.class))
                .containsExactly("Alto Hospicio", "Iquique");
        assertThat(catalogue.searchEstablishments("simon bolivar", 5)).extracting(EstablishmentView::name)
                .containsExactly("Colegio Simón Bolívar");
        assertThat(catalogue.searchEstablishments("o higgins", 5)).extracting(EstablishmentView::name)
                .containsExactly("Liceo Libertador General Bernardo O'Higgins");
        assertThat(catalogue.searchEstablishments("escuela chipana", 5)).hasSize(1);
        assertThat(catalogue.searchEstablishments("ñandúes", 5)).extracting(EstablishmentView::name)
                .containsExactly("Jardín Infantil Los Ñandúes");
    }

    @Test
    void whatIsAlreadyThereIsNotLoadedAgain() {
        loaderWith("").load();
        loaderWith(null).load();

        assertThat(catalogue.networks()).hasSize(10);
        assertThat(establishmentRows()).isEqualTo(40);
    }

    @Test
    void aDatabaseFromBeforeGetsTheNewNetworksAndTheFilesNamesAndOrderAndLosesNone() {
        entityManager.flush();
        jdbc.update("DELETE FROM network WHERE code = 'PARVULARIA'");
        jdbc.update("UPDATE network SET name = 'Red Directiva', sort_order = 5 WHERE code = 'ESPECIAL'");
        jdbc.update("UPDATE network SET sort_order = 1000 WHERE code = 'DIRECTORES'");
        jdbc.update("INSERT INTO network (code, name, description, sort_order) VALUES ('RURAL', 'Red Rural', 'x', 1)");
        entityManager.clear();

        loaderWith("").load();
        entityManager.flush();
        entityManager.clear();

        assertThat(catalogue.networks()).extracting(NetworkView::name).containsExactly("Red de Directores", "Red UTP",
                "Red PIE", "Red de Convivencia Escolar", "Red CRA", "Red Enlaces", "Red de Educación Parvularia",
                "Red EPJA", "Red Técnico Profesional", "Red de Educación Especial", "Red Rural");
        assertThat(catalogue.networkByCode("PARVULARIA")).get().extracting(NetworkView::description).asString()
                .contains("12 jardines infantiles");
    }

    @Test
    void theSampleSaysItIsNotTheOfficialRegistryAndHowToImportTheRealOne() throws IOException {
        String sample;
        try (InputStream in = new ClassPathResource(CatalogueLoader.SAMPLE_ESTABLISHMENTS).getInputStream()) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> comments = sample.lines().takeWhile(line -> line.startsWith("#")).toList();

        assertThat(comments.get(0)).contains("LISTA DE EJEMPLO").contains("NO ES EL REGISTRO OFICIAL");
        assertThat(String.join("\n", comments))
                .contains("RBD son ficticios")
                .contains("ENCUENTROS_ESTABLISHMENTS_CSV")
                .contains("RBD;nombre;comuna");
    }

    @Test
    void theConfiguredListIsImportedInsteadOfTheSampleAndLogged(CapturedOutput output) throws IOException {
        jdbc.update("DELETE FROM establishment");
        Path registry = folder.resolve("establecimientos.csv");
        Files.writeString(registry, "RBD;Nombre;Comuna\n10901;Escuela Oficial Uno;Iquique\n10x;Mala;Iquique\n",
                StandardCharsets.UTF_8);

        loaderWith(registry.toString()).load();
        loaderWith(registry.toString()).load();

        assertThat(jdbc.queryForList("SELECT rbd FROM establishment", Integer.class)).containsExactly(10901);
        assertThat(output).contains("1 created, 0 updated, 0 unchanged, 1 rows with problems")
                .contains("0 created, 0 updated, 1 unchanged, 1 rows with problems")
                .contains("línea 3: el RBD \"10x\" no es un número");
    }

    @Test
    void aListSavedByExcelInWindowsLatinIsStillRead(CapturedOutput output) throws IOException {
        Path registry = folder.resolve("establecimientos-ansi.csv");
        Files.write(registry, "10902;Escuela Ñuñoa del Desierto;Iquique\r\n".getBytes(Charset.forName("windows-1252")));

        loaderWith(registry.toString()).load();

        assertThat(catalogue.establishmentByRbd(10902)).get().extracting(EstablishmentView::name)
                .isEqualTo("Escuela Ñuñoa del Desierto");
        assertThat(output).contains("is not UTF-8; reading it as Windows-1252");
    }

    @Test
    void aMissingListIsLoggedAndTheApplicationGoesOn(CapturedOutput output) {
        Path missing = folder.resolve("no-existe.csv");

        loaderWith(missing.toString()).load();

        assertThat(output).contains("Could not read the establishments file").contains("no-existe.csv");
        assertThat(establishmentRows()).isEqualTo(40);
        assertThat(catalogue.networks()).hasSize(10);
    }
}
